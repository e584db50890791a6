"""Development replies for round 14: periods after an article, Proton's footer in Turkish, her forward note above
her closing, and pointer lines with a possessive ending."""

from __future__ import annotations

from tests.eval.replies.dev.dev_helpers import DEBRIEF, ME, case, eml, header_block, inline, money
from tests.fixtures.replies.make_fixtures import part


def quoted(attribution: str) -> str:
    return attribution + "\n" + "\n".join(f"> {line}" if line else ">" for line in DEBRIEF.split("\n"))


def add_periods_and_footers() -> None:
    """Pay with its period after an article (French, Catalan, European Portuguese); Proton's footer in Turkish."""
    cases = (
        (
            "apple_mail",
            "Apple Mail",
            "fr",
            "52 000 € brut l'an",
            ("52000", "EUR", "year"),
            "Le 26 nov. 2026 à 15:10, {me} a écrit :",
        ),
        (
            "gmail_web",
            "Gmail web",
            "ca",
            "38.000 € bruts a l'any",
            ("38000", "EUR", "year"),
            "El dj., 26 de nov. 2026 a les 15:10, {me} va escriure:",
        ),
        (
            "sapo",
            "SAPO Mail",
            "pt",
            "42 mil euros brutos ao ano",
            ("42000", "EUR", "year"),
            "Em 26/11/2026 15:10, {me} escreveu:",
        ),
    )
    for index, (slug, client, language, text, amount, attribution) in enumerate(cases, 1):
        own = f"1. 8/10\n8. {text}\n\n"
        case(
            f"{slug}_numbered_{language}_period_after_article",
            client,
            language,
            eml(f"r14m{index}", part(own + quoted(attribution.format(me=ME)))),
            shape="numbered",
            answers={"rating": ("8/10", 8), "money": (text, money(text, amount))},
        )

    own = "1. 9/10\n11. Evet, kesinlikle\n12. Gelecek hafta\n\nProton Mail güvenli e-postası ile gönderildi.\n\n"
    case(
        "proton_numbered_tr_footer",
        "Proton Mail",
        "tr",
        eml("r14f1", part(own + quoted(f"26 Kasım 2026 Perşembe 15:10 tarihinde, {ME} şunu yazdı:"))),
        shape="numbered",
        answers={
            "rating": ("9/10", 9),
            "want_job": ("Evet, kesinlikle", "yes"),
            "hear_back": ("Gelecek hafta", "2026-12-04"),
        },
        forbidden=("güvenli e-postası",),
    )


def add_forward_notes_and_pointers() -> None:
    """Her forward note above her closing (German Apple Mail, English Gmail); Finnish and Ukrainian pointers."""
    forwarded = (
        "From: Jane Doe <jane.doe@example.test>\nSubject: Thanks\n\nThanks for coming in today, Maya.\n\n"
    )
    own = (
        "1. 7/10\n12. Am Dienstag\n\nLeite dir die Nachricht von Jane unten weiter, fürs Protokoll.\n\nMaya\n\n"
        "Anfang der weitergeleiteten Nachricht:\n\n" + forwarded
    )
    case(
        "apple_mail_numbered_de_forward_note_over_closing",
        "Apple Mail",
        "de",
        eml("r14w1", part(own + quoted(f"Am 26.11.2026 um 15:10 schrieb {ME}:"))),
        shape="numbered",
        answers={"rating": ("7/10", 7), "hear_back": ("Am Dienstag", "2026-12-01")},
        forbidden=("Leite dir die Nachricht",),
    )

    own = (
        "1. 6/10\n11. Not sure yet\n\nJane's follow-up mail is below, for my records.\n\nThanks,\nMaya\n\n"
        "---------- Forwarded message ---------\n" + forwarded
    )
    case(
        "gmail_web_numbered_en_forward_note_over_closing",
        "Gmail web",
        "en",
        eml("r14w2", part(own + quoted(f"On Thu, Nov 26, 2026 at 3:10 PM {ME} wrote:"))),
        shape="numbered",
        answers={"rating": ("6/10", 6), "want_job": ("Not sure yet", "unsure")},
        forbidden=("follow-up mail is below",),
    )

    pointers = (
        (
            "fi",
            "Vastaukseni alla.",
            ("Lähettäjä:", "Lähetetty:", "Vastaanottaja:", "Aihe:"),
            "26. marraskuuta 2026 15.10",
        ),
        (
            "uk",
            "Мої відповіді нижче.",
            ("Від:", "Надіслано:", "Кому:", "Тема:"),
            "26 листопада 2026 р. 15:10",
        ),
    )
    for index, (language, pointer, labels, sent) in enumerate(pointers, 1):
        body = (
            f"{pointer}\n\nMaya\n\n" + header_block(labels, sent) + "\n\n" + inline({1: "8/10"}, quoted=False)
        )
        case(
            f"outlook_win_inline_{language}_pointer_possessive",
            "Outlook Windows",
            language,
            eml(f"r14p{index}", part(body)),
            shape="inline",
            answers={"rating": ("8/10", 8)},
            forbidden=(pointer.rstrip("."),),
        )
