"""Development replies in plain text under '>'-quoted history: attributions, footers, inline answers."""

from __future__ import annotations

from tests.eval.replies.dev.dev_helpers import (
    DEBRIEF,
    ME,
    case,
    eml,
    inline,
    money,
)
from tests.fixtures.replies.make_fixtures import gt, part


def add_attributions() -> None:
    """Top-posted numbered answers above '>'-quoted history under attributions the clients write."""
    numbered = "1. 8/10\n2. Good system design round.\n11. Yes\n12. next week"
    plain_answers: dict[str, tuple[str, object]] = {
        "rating": ("8/10", 8),
        "went_well": ("Good system design round.", None),
        "want_job": ("Yes", "yes"),
        "hear_back": ("next week", "2026-12-04"),
    }
    for name, client, language, attribution, footer in (
        (
            "gmail_android_numbered_de_date_after_verb",
            "Gmail Android",
            "de",
            "Maya Example <maya@example.org> schrieb am Do., 26. Nov. 2026, 15:10:",
            "",
        ),
        (
            "gmail_web_numbered_de_wrapped",
            "Gmail web",
            "de",
            "Am Do., 26. Nov. 2026 um 15:10 Uhr schrieb Maya Example <\nmaya@example.org>:",
            "",
        ),
        (
            "gmail_web_numbered_sv_no_space",
            "Gmail web",
            "sv",
            "Den tors 26 nov. 2026 15:10Maya Example <maya@example.org> skrev:",
            "",
        ),
        (
            "gmail_android_numbered_uk",
            "Gmail Android",
            "uk",
            "чт, 26 лист. 2026 р. о 15:10 Maya Example <maya@example.org> пише:",
            "",
        ),
        (
            "iphone_numbered_de_footer",
            "Apple Mail iOS",
            "de",
            "Am 26.11.2026 um 15:10 schrieb Maya Example <maya@example.org>:",
            "Von meinem iPhone gesendet",
        ),
        (
            "android_numbered_de_mobilgeraet",
            "Outlook Android",
            "de",
            "Am 26.11.2026 15:10 schrieb Maya Example <maya@example.org>:",
            "Von meinem Mobilgerät gesendet",
        ),
        (
            "k9_numbered_en",
            "K-9 Mail",
            "en",
            "On November 26, 2026 3:10:00 PM GMT+01:00, Maya Example <maya@example.org> wrote:",
            "Sent from my Android device with K-9 Mail. Please excuse my brevity.",
        ),
        (
            "iphone_numbered_fr_footer",
            "Apple Mail iOS",
            "fr",
            "Le 26 nov. 2026 à 15:10, Maya Example <maya@example.org> a écrit :",
            "Envoyé de mon iPhone",
        ),
    ):
        body = numbered + ("\n\n" + footer if footer else "") + "\n\n" + attribution + "\n\n" + gt(DEBRIEF)
        forbidden = tuple(x for x in (footer, attribution.split("\n")[0][-12:]) if x)
        case(
            name,
            client,
            language,
            eml(name, part(body)),
            shape="numbered",
            answers=plain_answers,
            forbidden=forbidden,
        )

    own = (
        "1. 7/10\n3. Nervous start.\n\n11. After today's chat?\n\nYes\n\nSent with Proton Mail secure email."
    )
    attribution = "On Thursday, November 26th, 2026 at 15:10, Maya Example <maya@example.org> wrote:"
    case(
        "proton_numbered_short_last_paragraph_en",
        "Proton Mail",
        "en",
        eml("b1", part(own + "\n\n" + attribution + "\n\n" + gt(DEBRIEF))),
        shape="numbered",
        answers={
            "rating": ("7/10", 7),
            "went_badly": ("Nervous start.", None),
            "want_job": ("After today's chat?\n\nYes", "yes"),
        },
        forbidden=("Proton",),
    )

    own = (
        "Quick ones first.\n\n12. Thursday the 10th\n\n1. 6/10\n\n8. 70k EUR\n\n"
        "3. The live coding part: I froze for a minute\nand lost the thread.\n\nMaya"
    )
    case(
        "gmail_web_numbered_out_of_order_en",
        "Gmail web",
        "en",
        eml("b2", part(own + "\n\nOn Thu, Nov 26, 2026 at 3:10 PM " + ME + " wrote:\n\n" + gt(DEBRIEF))),
        shape="numbered",
        answers={
            "rating": ("6/10", 6),
            "went_badly": ("The live coding part: I froze for a minute\nand lost the thread.", None),
            "money": ("70k EUR", money("70k EUR", ("70000", "EUR", None))),
            "hear_back": ("Thursday the 10th", "2026-12-10"),
        },
        free_notes="Quick ones first.",
    )

    answers = {
        1: "8/10",
        4: "Jane ran the session.\n\nHiring Manager Friendly",
        11: "Leaning towards it.\n\nYes",
    }
    case(
        "roundcube_inline_short_last_paragraph_en",
        "Roundcube",
        "en",
        eml("b3", part("On 2026-11-26 15:10, Maya Example wrote:\n" + inline(answers, quoted=True))),
        shape="inline",
        answers={
            "rating": ("8/10", 8),
            "rapport": ("Jane ran the session.\n\nHiring Manager Friendly", None),
            "want_job": ("Leaning towards it.\n\nYes", "yes"),
        },
    )

    answers = {1: "6.5", 7: "Pager duty every other week.", 12: "Thursday the 10th"}
    case(
        "mutt_inline_en",
        "mutt",
        "en",
        eml(
            "b4",
            part(
                "* Maya Example <maya@example.org> [2026-11-26 15:10 +0100]:\n"
                + inline(answers, quoted=True)
                + "\n\n-- \nMaya",
                cte="8bit",
            ),
        ),
        shape="inline",
        answers={
            "rating": ("6.5", 6.5),
            "reservations": ("Pager duty every other week.", None),
            "hear_back": ("Thursday the 10th", "2026-12-10"),
        },
    )

    answers = {1: "8 su 10", 6: "Mi piace la cultura del team.", 11: "Sì", 12: "entro due settimane"}
    attribution = "Il giorno gio 26 nov 2026 alle ore 15:10 Maya Example <maya@example.org> ha scritto:"
    case(
        "gmail_web_inline_it",
        "Gmail web",
        "it",
        eml("b5", part(attribution + "\n\n" + inline(answers, quoted=True))),
        shape="inline",
        answers={
            "rating": ("8 su 10", 8),
            "company": ("Mi piace la cultura del team.", None),
            "want_job": ("Sì", "yes"),
            "hear_back": ("entro due settimane", "2026-12-10"),
        },
    )

    own = "1. nota 8\n8. R$ 18.000 por mês\n11. Sim\n12. na próxima semana\n\nAtenciosamente,\nMaya"
    attribution = "Em qui., 26 de nov. de 2026 às 15:10, Maya Example <maya@example.org> escreveu:"
    case(
        "gmail_web_numbered_pt",
        "Gmail web",
        "pt",
        eml("b6", part(own + "\n\n" + attribution + "\n\n" + gt(DEBRIEF), cte="base64")),
        shape="numbered",
        answers={
            "rating": ("nota 8", 8),
            "money": ("R$ 18.000 por mês", money("R$ 18.000 por mês", ("18000", "BRL", "month"))),
            "want_job": ("Sim", "yes"),
            "hear_back": ("na próxima semana", "2026-12-04"),
        },
        forbidden=("Atenciosamente",),
    )

    answers = {1: "7/10", 2: "コーディング試験はうまくいった。", 11: "はい", 12: "12月4日"}
    attribution = "2026年11月26日(木) 15:10 Maya Example <maya@example.org>:"
    case(
        "gmail_web_inline_ja",
        "Gmail web",
        "ja",
        eml("b7", part(attribution + "\n\n" + inline(answers, quoted=True), cte="base64")),
        shape="inline",
        answers={
            "rating": ("7/10", 7),
            "went_well": ("コーディング試験はうまくいった。", None),
            "want_job": ("はい", "yes"),
            "hear_back": ("12月4日", "2026-12-04"),
        },
    )


def add_more() -> None:
    """Attributions in shapes the first cases do not show: Notes-style 'wrote on', Gmail in Chinese, Zoho."""
    for name, client, language, attribution in (
        (
            "notes_numbered_en_wrote_on",
            "HCL Notes",
            "en",
            "Maya Example <maya@example.org> wrote on 26.11.2026 15:10:",
        ),
        (
            "gmail_web_numbered_zh_attribution",
            "Gmail web",
            "zh",
            "Maya Example <maya@example.org> 于2026年11月26日周四 15:10写道：",
        ),
        (
            "zoho_numbered_en",
            "Zoho Mail",
            "en",
            "---- On Thu, 26 Nov 2026 15:10:00 +0100 Maya Example <maya@example.org> wrote ----",
        ),
    ):
        own = "1. 7 out of 10\n5. Mostly backend, some on-call.\n11. probably\n12. within 3 weeks\n\nCheers,\nMaya"
        case(
            name,
            client,
            language,
            eml(name, part(own + "\n\n" + attribution + "\n\n" + gt(DEBRIEF))),
            shape="numbered",
            answers={
                "rating": ("7 out of 10", 7),
                "role": ("Mostly backend, some on-call.", None),
                "want_job": ("probably", "yes"),
                "hear_back": ("within 3 weeks", "2026-12-17"),
            },
            forbidden=("Cheers", attribution[-12:]),
        )


def add_inline() -> None:
    """Inline answers under '>'-quoted questions with a footer above and a sign-off below the quote."""
    answers = {1: "acht von zehn", 4: "Jane war sehr nett.\n\nRaj eher still.", 11: "auf jeden Fall"}
    body = (
        "Von meinem iPhone gesendet\n\nAm 26.11.2026 um 15:10 schrieb Maya Example <maya@example.org>:\n\n"
        + inline(answers, quoted=True)
    )
    case(
        "iphone_inline_de",
        "Apple Mail iOS",
        "de",
        eml("c1", part(body)),
        shape="inline",
        answers={
            "rating": ("acht von zehn", 8),
            "rapport": ("Jane war sehr nett.\n\nRaj eher still.", None),
            "want_job": ("auf jeden Fall", "yes"),
        },
        forbidden=("iPhone",),
    )

    answers = {
        2: "The take-home review.\n\nThey liked the tests.",
        10: "Better than Initech, worse than Globex.",
        12: "early December",
    }
    body = (
        "On Thu, 26 Nov 2026 at 15:10, Maya Example <maya@example.org> wrote:\n\n"
        + inline(answers, quoted=True)
        + "\n\nThanks,\nMaya\n"
    )
    case(
        "gmail_web_inline_signoff_below_en",
        "Gmail web",
        "en",
        eml("c2", part(body)),
        shape="inline",
        answers={
            "went_well": ("The take-home review.\n\nThey liked the tests.", None),
            "vs_others": ("Better than Initech, worse than Globex.", None),
            "hear_back": ("early December", "2026-12-07"),
        },
        forbidden=("Thanks,",),
    )
