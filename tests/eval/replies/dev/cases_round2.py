"""Development replies for the classes of round 2: HTML list debriefs, verb-first attributions, app footers,
values in other forms (periods apart from the amount, the scale first, bent want phrases, refined dates)."""

from __future__ import annotations

from tests.eval.replies.dev.dev_helpers import (
    DEBRIEF,
    LINK,
    ME,
    SUBJECT,
    case,
    eml,
    header_block,
    html_doc,
    inline,
    money,
    paragraphs,
)
from tests.fixtures.replies.make_fixtures import QUESTIONS, flowed, gt, html_lines, part

ME_HTML = "Maya Example &lt;maya@example.org&gt;"


def _list_debrief() -> str:
    """The debrief's HTML as sent: questions in <ol><li><p>, as Outlook web keeps it under its divider."""
    items = "".join(f"<li><p>{html_lines(q)}</p></li>\n" for q in QUESTIONS)
    return (
        "<p>Hi Maya,</p><p>Your interview with Acme for Senior Backend Engineer (with Jane Doe and Raj Patel)"
        f' ended at 15:00.\nAnswer what you can, or <a href="{LINK}">use the form</a>.</p>\n<ol>\n{items}</ol>\n'
        "<p>Skip anything you like; a later reply fills in or replaces single answers.</p>"
        '<p style="color:#666">&mdash; followupd</p>'
    )


def _flowed_quoting(text: str) -> str:
    """format=flowed as Thunderbird writes it: long lines wrapped, quoted pieces each keeping their '> '."""
    return "\n".join(
        flowed(line[2:], "> ") if line.startswith("> ") else flowed(line) for line in text.split("\n")
    )


def add_html() -> None:
    """Outlook web and Yahoo, HTML only, numbered above an HTML debrief whose list numbers must stay history."""
    own = "#1 7 su 10\n#5 Molta autonomia sul prodotto.\n#8 RAL sui 52.000 €\n#12 entro fine mese"
    body = (
        f'<div style="font-family:Aptos,sans-serif">{paragraphs(own)}</div><div id="appendonsend"></div>'
        '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
        f"<b>Da:</b> {ME_HTML}<br><b>Inviato:</b> giovedì 26 novembre 2026 15:10<br><b>A:</b> {ME_HTML}<br>"
        f"<b>Oggetto:</b> {SUBJECT}<div>&nbsp;</div></div><div>{_list_debrief()}</div>"
    )
    case(
        "outlook_web_html_list_debrief_it",
        "Outlook web",
        "it",
        eml("r2h1", part(html_doc(body), subtype="html")),
        shape="numbered",
        answers={
            "rating": ("7 su 10", 7),
            "role": ("Molta autonomia sul prodotto.", None),
            "money": ("RAL sui 52.000 €", money("RAL sui 52.000 €", ("52000", "EUR", "year"))),
            "hear_back": ("entro fine mese", "2026-11-30"),
        },
        forbidden=("Inviato:",),
    )

    own = (
        "1- 6 von 10\n3- Die Fragen zu Kafka\n11- Weiß ich noch nicht\n12- nächste Woche, vermutlich Dienstag"
    )
    body = (
        f'<div class="ydp1a2b3c4dyahoo-style-wrap">{paragraphs(own)}<div><br></div>'
        "<div>Von Yahoo Mail auf Android gesendet</div></div>"
        '<div id="ydp9f8e7d6cyahoo_quoted_2233445566" class="ydp9f8e7d6cyahoo_quoted">'
        "<div>Am Donnerstag, 26. November 2026, 15:10:12 MEZ hat followupd &lt;debrief@followupd.example.org&gt;"
        " Folgendes geschrieben:</div><div><br></div>"
        f"<div>{_list_debrief()}</div></div>"
    )
    case(
        "yahoo_android_html_dash_markers_de",
        "Yahoo Mail Android",
        "de",
        eml("r2h2", part(html_doc(body), subtype="html")),
        shape="numbered",
        answers={
            "rating": ("6 von 10", 6),
            "went_badly": ("Die Fragen zu Kafka", None),
            "want_job": ("Weiß ich noch nicht", "unsure"),
            "hear_back": ("nächste Woche, vermutlich Dienstag", "2026-12-01"),
        },
        forbidden=("Yahoo", "Folgendes geschrieben"),
    )


def add_plain() -> None:
    """Verb-first attributions above inline replies, app footers in verb-final languages, values in other forms."""
    answers = {1: "zeven", 8: "€ 5.900 netto per maand", 11: "weet ik nog niet", 12: "binnen twee weken"}
    text = "Op 26-11-2026 om 15:10 schreef Maya Example:\n" + inline(answers, quoted=True)
    case(
        "thunderbird_inline_verb_first_nl",
        "Thunderbird",
        "nl",
        eml("r2p1", part(_flowed_quoting(text), extra="; format=flowed")),
        shape="inline",
        answers={
            "rating": ("zeven", 7),
            "money": (answers[8], money(answers[8], ("5900", "EUR", "month"))),
            "want_job": ("weet ik nog niet", "unsure"),
            "hear_back": ("binnen twee weken", "2026-12-10"),
        },
        forbidden=("schreef Maya",),
    )

    answers = {1: "8/10", 3: "Systemdesignfrågan, jag tappade tråden.", 12: "inom en vecka"}
    text = "Den 2026-11-26 kl. 15:10, skrev Maya Example:\n" + inline(answers, quoted=True)
    case(
        "thunderbird_inline_verb_first_sv",
        "Thunderbird",
        "sv",
        eml("r2p2", part(text, charset="iso-8859-1")),
        shape="inline",
        answers={
            "rating": ("8/10", 8),
            "went_badly": (answers[3], None),
            "hear_back": ("inom en vecka", "2026-12-03"),
        },
        forbidden=("skrev Maya",),
    )

    own = "1. auf einer Skala von 1 bis 10: 7\n8. Jahresgehalt: 91.000 €\n11. Eher nicht"
    text = (
        own
        + "\n\nOutlook für Android<https://aka.ms/ghei36> herunterladen\n"
        + "________________________________\n"
        + header_block(("Von:", "Gesendet:", "An:", "Betreff:"), "Thursday, November 26, 2026 3:10:35 PM")
        + "\n\n"
        + DEBRIEF
    )
    case(
        "outlook_android_numbered_de_footer_verb_last",
        "Outlook Android",
        "de",
        eml("r2p3", part(text)),
        shape="numbered",
        answers={
            "rating": ("auf einer Skala von 1 bis 10: 7", 7),
            "money": ("Jahresgehalt: 91.000 €", money("Jahresgehalt: 91.000 €", ("91000", "EUR", "year"))),
            "want_job": ("Eher nicht", "no"),
        },
        forbidden=("Outlook für Android", "aka.ms"),
    )

    own = "1. 10点満点で6点\n8. 年収は750万円くらい\n11. まだ分からない\n12. 来週、たぶん水曜日"
    text = own + "\n\n2026年11月26日(木) 15:10 Maya Example <maya@example.org>:\n\n" + gt(DEBRIEF)
    case(
        "gmail_web_numbered_ja_scale_first",
        "Gmail web",
        "ja",
        eml("r2p4", part(text, cte="base64")),
        shape="numbered",
        answers={
            "rating": ("10点満点で6点", 6),
            "money": ("年収は750万円くらい", money("年収は750万円くらい", ("7500000", "JPY", "year"))),
            "want_job": ("まだ分からない", "unsure"),
            "hear_back": ("来週、たぶん水曜日", "2026-12-02"),
        },
    )

    own = (
        "1) 7/10\n"
        "8) od 16 do 19 tys. zł brutto miesięcznie\n"
        "11) Nie jestem jeszcze pewna\n"
        "12) w ciągu tygodnia"
    )
    attribution = f"Wiadomość napisana przez {ME} w dniu 26.11.2026, o godz. 15:10:"
    text = own + "\n\nWysłane z iPada\n\n" + attribution + "\n\n" + gt(DEBRIEF)
    case(
        "apple_mail_ipad_numbered_pl",
        "Apple Mail iPadOS",
        "pl",
        eml("r2p5", part(text, charset="iso-8859-2")),
        shape="numbered",
        answers={
            "rating": ("7/10", 7),
            "money": (
                "od 16 do 19 tys. zł brutto miesięcznie",
                money(
                    "od 16 do 19 tys. zł brutto miesięcznie",
                    ("16000", "PLN", "month"),
                    ("19000", "PLN", "month"),
                ),
            ),
            "want_job": ("Nie jestem jeszcze pewna", "unsure"),
            "hear_back": ("w ciągu tygodnia", "2026-12-03"),
        },
        forbidden=("Wiadomość napisana", "iPada"),
    )

    own = "1 - 6 sur 10\n8 - 3 900 euros nets par mois\n11 - Pas encore sûre\n12 - semaine prochaine, sans doute mardi"
    text = own + "\n\nEnvoyé depuis mon Galaxy\n\n-------- Message d'origine --------\n" + DEBRIEF
    case(
        "samsung_email_numbered_fr_bent_forms",
        "Samsung Email",
        "fr",
        eml("r2p6", part(text)),
        shape="numbered",
        answers={
            "rating": ("6 sur 10", 6),
            "money": (
                "3 900 euros nets par mois",
                money("3 900 euros nets par mois", ("3900", "EUR", "month")),
            ),
            "want_job": ("Pas encore sûre", "unsure"),
            "hear_back": ("semaine prochaine, sans doute mardi", "2026-12-01"),
        },
        forbidden=("Galaxy", "Message d'origine"),
    )


def add_signature() -> None:
    """Outlook desktop in Portuguese: a signature block that opens with the user's name, with no sign-off."""
    own = "1. 8 de 10\n5. Gostei muito da equipa de plataforma.\n12. daqui a duas semanas"
    signature = "Maya Example\nEngenheira de Software Sénior\n+351 21 000 0000"
    text = (
        f"{own}\n\n{signature}\n\n"
        + header_block(("De:", "Enviado:", "Para:", "Assunto:"), "quinta-feira, 26 de novembro de 2026 15:10")
        + "\n\n"
        + DEBRIEF
    )
    case(
        "outlook_desktop_numbered_pt_name_signature",
        "Outlook desktop",
        "pt",
        eml("r2p7", part(text, charset="windows-1252")),
        shape="numbered",
        answers={
            "rating": ("8 de 10", 8),
            "role": ("Gostei muito da equipa de plataforma.", None),
            "hear_back": ("daqui a duas semanas", "2026-12-10"),
        },
        forbidden=("Engenheira de Software", "+351"),
    )
