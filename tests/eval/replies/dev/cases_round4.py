"""Development replies for the classes of round 4, in other clients, languages and words than the misses they
stand for: numbered answers out of order on consecutive lines, her name with accents or in Chinese characters,
a sign-off on the last answer's line, a postscript under the sign-off, a last line pointing at a forwarded
message below, and a hear-back answer that says no date was given."""

from __future__ import annotations

from tests.eval.replies.dev.dev_helpers import DEBRIEF, case, eml, header_block, inline, money
from tests.fixtures.replies.make_fixtures import part

RULE = "________________________________"


def quoted(attribution: str) -> str:
    return attribution + "\n" + "\n".join(f"> {line}" if line else ">" for line in DEBRIEF.split("\n"))


def add_order_and_names() -> None:
    """Answers out of order with no blank lines between them, and her name spelled another way under them."""
    own = "12) lunedì\n1) 6/10\n8) 45.000 € lordi annui\n11) sì\n3) la domanda su Kubernetes\n"
    m8 = "45.000 € lordi annui"
    case(
        "outlook_android_numbered_out_of_order_it",
        "Outlook Android",
        "it",
        eml(
            "r4o1",
            part(
                own
                + "\n"
                + quoted(
                    "Il giorno gio 26 nov 2026 alle ore 15:10 Maya Example <maya@example.org> ha scritto:"
                )
            ),
        ),
        shape="numbered",
        answers={
            "rating": ("6/10", 6),
            "went_badly": ("la domanda su Kubernetes", None),
            "money": (m8, money(m8, ("45000", "EUR", "year"))),
            "want_job": ("sì", "yes"),
            "hear_back": ("lunedì", "2026-11-30"),
        },
        forbidden=("ha scritto",),
    )

    own = "Q11: Not sure yet\nQ4: Raj was lovely, Jane hard to read\nQ1: 7.5\n\nSent with Spark\n"
    case(
        "spark_q_numbered_out_of_order_en",
        "Spark",
        "en",
        eml(
            "r4o2",
            part(own + "\n" + quoted("On 26 Nov 2026 at 15:10, Maya Example <maya@example.org> wrote:")),
        ),
        shape="numbered",
        answers={
            "rating": ("7.5", 7.5),
            "rapport": ("Raj was lovely, Jane hard to read", None),
            "want_job": ("Not sure yet", "unsure"),
        },
        forbidden=("Sent with Spark", "wrote:"),
    )

    own = "1. 7分\n6. 公司氛围很好，技术栈也新\n11. 是的\n12. 下周五\n\n玛雅\n"
    block = "------------------ 原始邮件 ------------------\n" + header_block(
        ("发件人:", "发送时间:", "收件人:", "主题:"), "2026年11月26日(星期四) 下午3:10"
    )
    case(
        "qq_mail_numbered_name_hanzi_zh",
        "QQ Mail",
        "zh",
        eml("r4n1", part(own + "\n" + block + "\n\n" + DEBRIEF, charset="gb18030", cte="base64")),
        shape="numbered",
        answers={
            "rating": ("7分", 7),
            "company": ("公司氛围很好，技术栈也新", None),
            "want_job": ("是的", "yes"),
            "hear_back": ("下周五", "2026-12-04"),
        },
        forbidden=("玛雅", "原始邮件"),
    )

    own = "1. 8/10\n2. L'exercice de code en binôme\n12. vendredi\n\nMaïa\n\nEnvoyé de mon Galaxy\n"
    case(
        "samsung_email_numbered_name_accent_fr",
        "Samsung Email",
        "fr",
        eml(
            "r4n2",
            part(
                own
                + "\n\n-------- Message d'origine --------\n"
                + header_block(("De :", "Date :", "À :", "Objet :"), "26/11/2026 15:10 (GMT+01:00)")
                + "\n\n"
                + DEBRIEF,
                charset="iso-8859-1",
            ),
        ),
        shape="numbered",
        answers={
            "rating": ("8/10", 8),
            "went_well": ("L'exercice de code en binôme", None),
            "hear_back": ("vendredi", "2026-11-27"),
        },
        forbidden=("Maïa", "Galaxy", "Message d'origine"),
    )


def add_closings() -> None:
    """Sign-offs on the last answer's line, postscripts, pointers below and hear-backs with no date."""
    own = "1. 7/10\n6. Calm, kind people and a product I use myself. Thanks, Maya\n\nGet Outlook for iOS\n"
    block = header_block(("From:", "Sent:", "To:", "Subject:"), "Thursday, November 26, 2026 3:10:12 PM")
    case(
        "outlook_ios_numbered_glued_signoff_en",
        "Outlook iOS",
        "en",
        eml("r4c1", part(own + RULE + "\n" + block + "\n\n" + DEBRIEF)),
        shape="numbered",
        answers={
            "rating": ("7/10", 7),
            "company": ("Calm, kind people and a product I use myself.", None),
        },
        forbidden=("Thanks, Maya", "Get Outlook"),
    )

    own = "1. eine 8\n8. 72.000 € brutto im Jahr\n11. Ja! Viele Grüße, Maya\n"
    m8 = "72.000 € brutto im Jahr"
    case(
        "webde_numbered_glued_signoff_de",
        "WEB.DE Mail",
        "de",
        eml(
            "r4c2",
            part(
                own + "\n" + quoted("Am 26.11.2026 um 15:10 schrieb Maya Example <maya@example.org>:"),
                cte="8bit",
            ),
        ),
        shape="numbered",
        answers={
            "rating": ("eine 8", 8),
            "money": (m8, money(m8, ("72000", "EUR", "year"))),
            "want_job": ("Ja!", "yes"),
        },
        forbidden=("Viele Grüße", "schrieb"),
    )

    ps = "PS: Raj said the team moves to a four-day week in the spring."
    own = f"1. 8/10\n2. The system design round\n11. Yes\n\nBest,\nMaya\n\n{ps}\n"
    case(
        "apple_mail_numbered_postscript_en",
        "Apple Mail macOS",
        "en",
        eml(
            "r4c3",
            part(own + "\n" + quoted("On 26 Nov 2026, at 15:10, Maya Example <maya@example.org> wrote:")),
        ),
        shape="numbered",
        answers={
            "rating": ("8/10", 8),
            "went_well": ("The system design round", None),
            "want_job": ("Yes", "yes"),
        },
        free_notes=ps,
        forbidden=("Best,",),
    )

    ps = "P.D.: Jane me pidió referencias de mi jefe anterior."
    own = f"1. 6\n3. La parte de SQL\n12. el viernes\n\nSaludos\nMaya\n{ps}\n"
    case(
        "gmail_android_numbered_postscript_es",
        "Gmail Android",
        "es",
        eml(
            "r4c4",
            part(
                own
                + "\n"
                + quoted("El jue, 26 nov 2026 a las 15:10, Maya Example (<maya@example.org>) escribió:")
            ),
        ),
        shape="numbered",
        answers={
            "rating": ("6", 6),
            "went_badly": ("La parte de SQL", None),
            "hear_back": ("el viernes", "2026-11-27"),
        },
        free_notes=ps,
        forbidden=("Saludos", "escribió"),
    )

    own = (
        "1. 8/10\n3. Die Frage zu Kafka-Partitionen\n12. bis Mittwoch\n\nSiehe auch Rajs Mail unten.\n\n"
        "---------- Weitergeleitete Nachricht ---------\nVon: Raj Patel <raj.patel@example.test>\n"
        "Date: Do., 26. Nov. 2026 um 14:02 Uhr\nSubject: Danke!\nTo: <maya@example.org>\n\n"
        "Hallo Maya, danke für das Gespräch. Du hörst in zwei Wochen von uns.\n\nRaj\n\n"
    )
    case(
        "gmail_web_numbered_pointer_then_forward_de",
        "Gmail web",
        "de",
        eml(
            "r4c5",
            part(own + quoted("Am Do., 26. Nov. 2026 um 15:10 Uhr schrieb Maya Example <maya@example.org>:")),
        ),
        shape="numbered",
        answers={
            "rating": ("8/10", 8),
            "went_badly": ("Die Frage zu Kafka-Partitionen", None),
            "hear_back": ("bis Mittwoch", "2026-12-02"),
        },
        forbidden=("Siehe auch", "zwei Wochen", "Weitergeleitete"),
    )

    own = "1. 5\n7. Het team lijkt overbelast\n11. nee\n12. niets over gezegd\n"
    case(
        "k9_numbered_hear_back_not_said_nl",
        "K-9 Mail",
        "nl",
        eml(
            "r4c6",
            part(
                own
                + "\n"
                + quoted("Op 26 november 2026 15:10:00 CET schreef Maya Example <maya@example.org>:")
            ),
        ),
        shape="numbered",
        answers={
            "rating": ("5", 5),
            "reservations": ("Het team lijkt overbelast", None),
            "want_job": ("nee", "no"),
        },
        forbidden=("niets over gezegd", "schreef"),
    )


def add_inline_closing() -> None:
    """An inline reply that stops before the last question, signed on its last answer's line with a Latin
    spelling of her name."""
    answers = {
        1: "7 na 10",
        2: "Projektowanie systemu poszło gładko",
        5: "Zespół i produkt. Pozdrawiam, Maja",
    }
    text = "W dniu 26.11.2026 o 15:10, Maya Example pisze:\n" + inline(answers, quoted=True)
    case(
        "thunderbird_inline_stops_early_signed_pl",
        "Thunderbird",
        "pl",
        eml("r4c7", part(text, charset="iso-8859-2", cte="8bit")),
        shape="inline",
        answers={
            "rating": ("7 na 10", 7),
            "went_well": ("Projektowanie systemu poszło gładko", None),
            "role": ("Zespół i produkt.", None),
        },
        forbidden=("Pozdrawiam", "Maja"),
    )
