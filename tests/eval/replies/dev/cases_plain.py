"""Development replies in plain text: Outlook header blocks, separators, attributions, footers, sign-offs."""

from __future__ import annotations

from tests.eval.replies.dev.dev_helpers import (
    DEBRIEF,
    DEBRIEF_FROM_HTML,
    ME,
    case,
    eml,
    header_block,
    inline,
    money,
)
from tests.fixtures.replies.make_fixtures import gt, part

EN = ("From:", "Sent:", "To:", "Subject:")
RULE = "________________________________"


def add() -> None:
    own = (
        "1. 7/10 - solid, one wobble\n2. System design: the queue-based ingestion and back-pressure story.\n"
        "3. The SQL window function question. Write it on paper first next time.\n"
        "4. Jane was warm, Raj asked sharp follow-ups.\n5. Platform work, close to what I want.\n"
        "6. They publish postmortems.\n7. On-call load is unclear; ask for the rota.\n"
        "8. $140,000 base plus 10% bonus\n9. Better scope than my current job.\n10. Ahead of Initech.\n"
        "11. Yes\n12. Thursday the 10th\n\nBest regards,\nMaya Example\nSenior Backend Engineer | Initech\n"
        "M: +1 555 0100 | www.example.org\n\nThis email and any attachments are confidential and intended "
        "solely for the addressee."
    )
    body = (
        own
        + "\n\n"
        + RULE
        + "\n"
        + header_block(EN, "Thursday, November 26, 2026 3:10 PM")
        + "\n\n"
        + DEBRIEF
    )
    case(
        "outlook_desktop_numbered_en",
        "Outlook desktop",
        "en",
        eml("a1", part(body, charset="windows-1252"), mailer="Microsoft Outlook 16.0"),
        shape="numbered",
        answers={
            "rating": ("7/10 - solid, one wobble", 7),
            "went_well": ("System design: the queue-based ingestion and back-pressure story.", None),
            "went_badly": ("The SQL window function question. Write it on paper first next time.", None),
            "rapport": ("Jane was warm, Raj asked sharp follow-ups.", None),
            "role": ("Platform work, close to what I want.", None),
            "company": ("They publish postmortems.", None),
            "reservations": ("On-call load is unclear; ask for the rota.", None),
            "money": (
                "$140,000 base plus 10% bonus",
                money("$140,000 base plus 10% bonus", ("140000", "USD", None)),
            ),
            "vs_current": ("Better scope than my current job.", None),
            "vs_others": ("Ahead of Initech.", None),
            "want_job": ("Yes", "yes"),
            "hear_back": ("Thursday the 10th", "2026-12-10"),
        },
        forbidden=("Best regards", "555 0100", "confidential", "Sent:", "Rate your overall"),
    )

    own = (
        "1. 8 von 10\n2. Die Systemdesign-Runde lief gut.\n8. 85.000 € brutto im Jahr\n11. Ja, auf jeden Fall\n"
        "12. in zwei Wochen\n\nViele Grüße\nMaya\n\nMaya Example | Softwareentwicklerin\nTel. +49 30 1234567"
    )
    labels = ("Von:", "Gesendet:", "An:", "Betreff:")
    body = (
        own
        + "\n\n"
        + RULE
        + "\n"
        + header_block(labels, "Donnerstag, 26. November 2026 15:10")
        + "\n\n"
        + DEBRIEF
    )
    case(
        "outlook_desktop_numbered_de",
        "Outlook desktop",
        "de",
        eml("a2", part(body, charset="windows-1252"), mailer="Microsoft Outlook 16.0"),
        shape="numbered",
        answers={
            "rating": ("8 von 10", 8),
            "went_well": ("Die Systemdesign-Runde lief gut.", None),
            "money": ("85.000 € brutto im Jahr", money("85.000 € brutto im Jahr", ("85000", "EUR", "year"))),
            "want_job": ("Ja, auf jeden Fall", "yes"),
            "hear_back": ("in zwei Wochen", "2026-12-10"),
        },
        forbidden=("Viele Grüße", "1234567", "Gesendet:"),
    )

    own = "1) sept sur dix\n7) Le télétravail n'est pas clair.\n8) 65 000 € par an\n11) Oui\n12) la semaine prochaine"
    labels = ("De :", "Envoyé :", "À :", "Objet :")
    body = (
        own
        + "\n\nObtenir Outlook pour iOS<https://aka.ms/o0ukef>\n"
        + RULE
        + "\n"
        + header_block(labels, "jeudi 26 novembre 2026 15:10")
        + "\n\n"
        + DEBRIEF
    )
    case(
        "outlook_ios_numbered_fr",
        "Outlook iOS",
        "fr",
        eml("a3", part(body, cte="base64")),
        shape="numbered",
        answers={
            "rating": ("sept sur dix", 7),
            "reservations": ("Le télétravail n'est pas clair.", None),
            "money": ("65 000 € par an", money("65 000 € par an", ("65000", "EUR", "year"))),
            "want_job": ("Oui", "yes"),
            "hear_back": ("la semaine prochaine", "2026-12-04"),
        },
        forbidden=("Outlook pour iOS", "Envoyé :"),
    )

    own = (
        "1. 8 de 10\n7. No sé cuántas guardias hay.\n8. 90.000 € al año\n11. Sí\n12. la próxima semana\n\n"
        "Saludos,\nMaya\n\nObtener Outlook para Android<https://aka.ms/AAb9ysg>"
    )
    labels = ("De:", "Enviado el:", "Para:", "Asunto:")
    body = (
        own
        + "\n"
        + RULE
        + "\n"
        + header_block(labels, "jueves, 26 de noviembre de 2026 15:10")
        + "\n\n"
        + DEBRIEF
    )
    case(
        "outlook_android_numbered_es",
        "Outlook Android",
        "es",
        eml("a4", part(body)),
        shape="numbered",
        answers={
            "rating": ("8 de 10", 8),
            "reservations": ("No sé cuántas guardias hay.", None),
            "money": ("90.000 € al año", money("90.000 € al año", ("90000", "EUR", "year"))),
            "want_job": ("Sí", "yes"),
            "hear_back": ("la próxima semana", "2026-12-04"),
        },
        forbidden=("Saludos", "Outlook para Android", "Enviado el"),
    )

    own = (
        "1. 7,5\n4. Prettig gesprek met Jane.\n8. € 80.000 per jaar\n11. Ja\n12. volgende week\n\n"
        "Met vriendelijke groet,\n\nMaya Example\nwww.example.org"
    )
    labels = ("Van:", "Verzonden:", "Aan:", "Onderwerp:")
    body = (
        own
        + "\n\n"
        + RULE
        + "\n"
        + header_block(labels, "donderdag 26 november 2026 15:10", bold=True)
        + "\n\n"
        + DEBRIEF
    )
    case(
        "outlook_web_numbered_nl_bold",
        "Outlook web",
        "nl",
        eml("a5", part(body)),
        shape="numbered",
        answers={
            "rating": ("7,5", 7.5),
            "rapport": ("Prettig gesprek met Jane.", None),
            "money": ("€ 80.000 per jaar", money("€ 80.000 per jaar", ("80000", "EUR", "year"))),
            "want_job": ("Ja", "yes"),
            "hear_back": ("volgende week", "2026-12-04"),
        },
        forbidden=("vriendelijke groet", "www.example.org", "Verzonden"),
    )

    own = (
        "1. 8 su 10\n5. Il ruolo è molto vicino a quello che cerco.\n8. 70.000 € all'anno\n11. Sì, molto\n"
        "12. entro due settimane\n\nCordiali saluti\nMaya Example"
    )
    labels = ("Da:", "Inviato:", "A:", "Oggetto:")
    body = own + "\n\n" + header_block(labels, "giovedì 26 novembre 2026 15:10") + "\n\n" + DEBRIEF
    case(
        "outlook_desktop_numbered_it",
        "Outlook desktop",
        "it",
        eml("a6", part(body)),
        shape="numbered",
        answers={
            "rating": ("8 su 10", 8),
            "role": ("Il ruolo è molto vicino a quello che cerco.", None),
            "money": ("70.000 € all'anno", money("70.000 € all'anno", ("70000", "EUR", "year"))),
            "want_job": ("Sì, molto", "yes"),
            "hear_back": ("entro due settimane", "2026-12-10"),
        },
        forbidden=("Cordiali saluti", "Inviato:"),
    )

    own = "1. 7 na 10\n8. 20 000 zł miesięcznie\n11. Tak\n12. w przyszłym tygodniu\n\nPozdrawiam\nMaya"
    labels = ("Od:", "Wysłano:", "Do:", "Temat:")
    body = (
        own + "\n\n" + header_block(labels, "czwartek, 26 listopada 2026 15:10") + "\n\n" + DEBRIEF_FROM_HTML
    )
    case(
        "outlook_desktop_numbered_pl",
        "Outlook desktop",
        "pl",
        eml("a7", part(body)),
        shape="numbered",
        answers={
            "rating": ("7 na 10", 7),
            "money": ("20 000 zł miesięcznie", money("20 000 zł miesięcznie", ("20000", "PLN", "month"))),
            "want_job": ("Tak", "yes"),
            "hear_back": ("w przyszłym tygodniu", "2026-12-04"),
        },
        forbidden=("Pozdrawiam", "Wysłano"),
    )

    own = (
        "1. 6 av 10\n3. Jag pratade för länge.\n8. 55 000 kr i månaden\n11. Kanske\n12. nästa vecka\n\n"
        "Med vänliga hälsningar\nMaya"
    )
    labels = ("Från:", "Skickat:", "Till:", "Ämne:")
    body = own + "\n\n" + header_block(labels, "den 26 november 2026 15:10") + "\n\n" + DEBRIEF_FROM_HTML
    case(
        "outlook_desktop_numbered_sv",
        "Outlook desktop",
        "sv",
        eml("a8", part(body)),
        shape="numbered",
        answers={
            "rating": ("6 av 10", 6),
            "went_badly": ("Jag pratade för länge.", None),
            "money": ("55 000 kr i månaden", money("55 000 kr i månaden", ("55000", "SEK", "month"))),
            "want_job": ("Kanske", "unsure"),
            "hear_back": ("nästa vecka", "2026-12-04"),
        },
        forbidden=("vänliga hälsningar", "Skickat"),
    )

    own = "1. 8分\n2. 系统设计环节表现很好。\n11. 是的\n12. 12月4日"
    labels = ("发件人:", "发送时间:", "收件人:", "主题:")
    body = own + "\n\n" + header_block(labels, "2026年11月26日 15:10") + "\n\n" + DEBRIEF
    case(
        "outlook_desktop_numbered_zh",
        "Outlook desktop",
        "zh",
        eml("a9", part(body, cte="base64")),
        shape="numbered",
        answers={
            "rating": ("8分", 8),
            "went_well": ("系统设计环节表现很好。", None),
            "want_job": ("是的", "yes"),
            "hear_back": ("12月4日", "2026-12-04"),
        },
        forbidden=("发送时间",),
    )

    own = "1. 9/10\n6. 团队氛围很好。\n11. 是的\n\n发自我的 iPhone"
    body = own + "\n\n在 2026年11月26日，15:10，Maya Example <maya@example.org> 写道：\n\n" + gt(DEBRIEF)
    case(
        "iphone_numbered_zh",
        "Apple Mail iOS",
        "zh",
        eml("a10", part(body)),
        shape="numbered",
        answers={"rating": ("9/10", 9), "company": ("团队氛围很好。", None), "want_job": ("是的", "yes")},
        forbidden=("iPhone", "写道"),
    )

    own = (
        "1. 7点（10点満点）\n2. 設計の質問にはうまく答えられた。\n8. 900万円/年\n11. はい\n12. 来週\n\n"
        "よろしくお願いします。\nMaya"
    )
    labels = ("差出人:", "送信日時:", "宛先:", "件名:")
    body = own + "\n\n" + header_block(labels, "2026年11月26日 15:10") + "\n\n" + DEBRIEF
    case(
        "outlook_desktop_numbered_ja",
        "Outlook desktop",
        "ja",
        eml("a11", part(body, charset="iso-2022-jp", cte="7bit")),
        shape="numbered",
        answers={
            "rating": ("7点（10点満点）", 7),
            "went_well": ("設計の質問にはうまく答えられた。", None),
            "money": ("900万円/年", money("900万円/年", ("9000000", "JPY", "year"))),
            "want_job": ("はい", "yes"),
            "hear_back": ("来週", "2026-12-04"),
        },
        forbidden=("よろしく", "送信日時"),
    )

    own = "1. 5/10\n3. I blanked on the caching question.\n11. not sure\n\nKind regards,\nMaya"
    block = f"From: {ME}\nTo: {ME}\nSent: Thu, Nov 26, 2026 3:10 pm\nSubject: Debrief"
    body = own + "\n\n\n-----Original Message-----\n" + block + "\n\n" + DEBRIEF
    case(
        "aol_numbered_original_message_en",
        "AOL Mail",
        "en",
        eml("a12", part(body)),
        shape="numbered",
        answers={
            "rating": ("5/10", 5),
            "went_badly": ("I blanked on the caching question.", None),
            "want_job": ("not sure", "unsure"),
        },
        forbidden=("Kind regards", "Original Message"),
    )

    own = "1. 6/10\n9. Moins de réunions qu'aujourd'hui.\n11. Pas sûr\n\nEnvoyé depuis mon appareil Galaxy Samsung"
    block = (
        f"-------- Message d'origine --------\nDe : {ME}\nDate : 26/11/2026 15:10 (GMT+01:00)\nÀ : {ME}\n"
        "Objet : Debrief: Acme, Senior Backend Engineer [fu-k3x9q2ab]"
    )
    case(
        "samsung_numbered_fr",
        "Samsung Email",
        "fr",
        eml("a13", part(own + "\n\n\n" + block + "\n\n" + DEBRIEF, cte="base64")),
        shape="numbered",
        answers={
            "rating": ("6/10", 6),
            "vs_current": ("Moins de réunions qu'aujourd'hui.", None),
            "want_job": ("Pas sûr", "unsure"),
        },
        forbidden=("Galaxy", "Message d'origine"),
    )

    own = "1. 8/10\n10. Best of the three processes.\n11. Definitely\n12. end of next week\n\nSent from my Galaxy"
    block = (
        f"-------- Original message --------\nFrom: {ME}\nDate: 11/26/26 15:10 (GMT+01:00)\nTo: {ME}\n"
        "Subject: Debrief: Acme, Senior Backend Engineer [fu-k3x9q2ab]"
    )
    case(
        "samsung_numbered_en",
        "Samsung Email",
        "en",
        eml("a14", part(own + "\n\n\n" + block + "\n\n" + DEBRIEF)),
        shape="numbered",
        answers={
            "rating": ("8/10", 8),
            "vs_others": ("Best of the three processes.", None),
            "want_job": ("Definitely", "yes"),
            "hear_back": ("end of next week", "2026-12-04"),
        },
        forbidden=("Galaxy", "Original message"),
    )

    own = "1. 7 de 10\n4. Muy buena conexión con Raj.\n11. No lo sé todavía"
    block = (
        f"-------- Mensaje original --------\nDe: {ME}\nFecha: 26/11/26 15:10 (GMT+01:00)\nPara: {ME}\n"
        "Asunto: Debrief: Acme, Senior Backend Engineer [fu-k3x9q2ab]"
    )
    case(
        "samsung_numbered_es",
        "Samsung Email",
        "es",
        eml("a15", part(own + "\n\n\n" + block + "\n\n" + DEBRIEF)),
        shape="numbered",
        answers={
            "rating": ("7 de 10", 7),
            "rapport": ("Muy buena conexión con Raj.", None),
            "want_job": ("No lo sé todavía", "unsure"),
        },
        forbidden=("Mensaje original",),
    )

    answers = {1: "6/10", 2: "Whiteboard round went smoothly.", 8: "120k USD", 11: "yes", 12: "by Friday"}
    body = (
        "Answers below.\n\n"
        + RULE
        + "\n"
        + header_block(EN, "Thursday, November 26, 2026 3:10 PM")
        + "\n\n"
        + inline(answers, quoted=False)
    )
    case(
        "outlook_desktop_inline_unquoted_en",
        "Outlook desktop",
        "en",
        eml("a16", part(body)),
        shape="inline",
        answers={
            "rating": ("6/10", 6),
            "went_well": ("Whiteboard round went smoothly.", None),
            "money": ("120k USD", money("120k USD", ("120000", "USD", None))),
            "want_job": ("yes", "yes"),
            "hear_back": ("by Friday", "2026-11-27"),
        },
        free_notes="",  # "Answers below." only points at the answers
        forbidden=("Sent:",),
    )

    answers = {1: "7 von 10", 3: "Zu lange über Kafka geredet.", 11: "vielleicht", 12: "Mitte Dezember"}
    block = "-----Ursprüngliche Nachricht-----\n" + header_block(
        ("Von:", "Gesendet:", "An:", "Betreff:"), "Donnerstag, 26. November 2026 15:10"
    )
    case(
        "outlook_desktop_inline_unquoted_de",
        "Outlook desktop",
        "de",
        eml("a17", part(block + "\n\n" + inline(answers, quoted=False))),
        shape="inline",
        answers={
            "rating": ("7 von 10", 7),
            "went_badly": ("Zu lange über Kafka geredet.", None),
            "want_job": ("vielleicht", "unsure"),
            "hear_back": ("Mitte Dezember", "2026-12-15"),
        },
        forbidden=("Ursprüngliche", "Gesendet"),
    )
