"""Development replies for the classes of round 3, in other clients, languages and words than the misses they
stand for: marks before each answer, lines that only point at the answers, sign-offs and names glued to the last
answer, history in more languages, and values (ratings in words, money periods, want and dates) in more languages."""

from __future__ import annotations

from tests.eval.replies.dev.dev_helpers import DEBRIEF, ME, case, eml, header_block, inline, money
from tests.fixtures.replies.make_fixtures import part

RULE = "________________________________"


def add_marks() -> None:
    """Marks set before inline answers and lines pointing at them, in Thunderbird, Outlook and Fastmail."""
    answers = {
        1: "=> eine Sieben",
        4: "=> Raj sehr sympathisch, Jane eher distanziert",
        8: "=> 6.500 € brutto im Monat, evtl. 7.000 €",
        11: "=> Ja, gerne",
        12: "=> bis Freitag, den 4.",
    }
    text = (
        "Meine Antworten stehen unten im Text.\n\nAm 26.11.26 um 15:10 schrieb Maya Example:\n"
        + inline(answers, quoted=True)
        + "\n\nLG aus Hamburg\nMaya"
    )
    m8 = "6.500 € brutto im Monat, evtl. 7.000 €"
    case(
        "thunderbird_inline_arrows_de",
        "Thunderbird",
        "de",
        eml("r3m1", part(text)),
        shape="inline",
        answers={
            "rating": ("eine Sieben", 7),
            "rapport": ("Raj sehr sympathisch, Jane eher distanziert", None),
            "money": (m8, money(m8, ("6500", "EUR", "month"), ("7000", "EUR", "month"))),
            "want_job": ("Ja, gerne", "yes"),
            "hear_back": ("bis Freitag, den 4.", "2026-12-04"),
        },
        forbidden=("Meine Antworten", "=>", "LG aus Hamburg"),
    )

    answers = {
        1: "[Майя] семь из десяти",
        3: "[Майя] Вопрос про Kafka, надо повторить",
        8: "[Майя] 200 тыс. руб. в месяц на руки",
        11: "[Майя] скорее да",
        12: "[Майя] в следующий вторник",
    }
    labels = ("От:", "Отправлено:", "Кому:", "Тема:")
    body = (
        "Ответы ниже.\n\nС уважением,\nМайя\n\n"
        + RULE
        + "\n"
        + header_block(labels, "26 ноября 2026 г. 15:10")
        + "\n\n"
        + inline(answers, quoted=False)
    )
    m8 = "200 тыс. руб. в месяц на руки"
    case(
        "outlook_desktop_inline_tagged_ru",
        "Outlook desktop",
        "ru",
        eml("r3m2", part(body, charset="koi8-r"), mailer="Microsoft Outlook 16.0"),
        shape="inline",
        answers={
            "rating": ("семь из десяти", 7),
            "went_badly": ("Вопрос про Kafka, надо повторить", None),
            "money": (m8, money(m8, ("200000", "RUB", "month"))),
            "want_job": ("скорее да", "yes"),
            "hear_back": ("в следующий вторник", "2026-12-01"),
        },
        forbidden=("Ответы ниже", "[Майя]", "Отправлено:"),
    )

    answers = {
        1: "A: 7, maybe 7.5",
        2: "A: the incident review walkthrough",
        8: "A: $70/hr on a 1099, maybe $75/hr after three months",
        11: "A: yes",
        12: "A: Thursday the 3rd",
    }
    text = (
        "My answers are between the lines.\n\nOn Thu, Nov 26, 2026, at 15:10, Maya Example wrote:\n"
        + inline(answers, quoted=True)
        + "\n\nxoxo\nM"
    )
    m8 = "$70/hr on a 1099, maybe $75/hr after three months"
    case(
        "fastmail_inline_answer_labels_en",
        "Fastmail",
        "en",
        eml("r3m3", part(text, charset="us-ascii", cte="7bit")),
        shape="inline",
        answers={
            "rating": ("7, maybe 7.5", 7),
            "went_well": ("the incident review walkthrough", None),
            "money": (m8, money(m8, ("70", "USD", "hour"), ("75", "USD", "hour"))),
            "want_job": ("yes", "yes"),
            "hear_back": ("Thursday the 3rd", "2026-12-03"),
        },
        forbidden=("between the lines", "xoxo"),
    )

    own = (
        "1.– oito de dez\n2.– A conversa sobre arquitetura\n8.– R$ 14.000 por mês, talvez R$ 15.000\n"
        "11.– talvez\n12.– na próxima sexta\n\nAbraço,\nMaya"
    )
    block = (
        f"-------- Mensagem original --------\nDe: {ME}\nData: 26/11/2026 15:10 (GMT-03:00)\nPara: {ME}\n"
        "Assunto: Debrief: Acme, Senior Backend Engineer [fu-k3x9q2ab]"
    )
    m8 = "R$ 14.000 por mês, talvez R$ 15.000"
    case(
        "samsung_numbered_dash_marker_pt",
        "Samsung Email",
        "pt",
        eml("r3m4", part(own + "\n\n\n" + block + "\n\n" + DEBRIEF)),
        shape="numbered",
        answers={
            "rating": ("oito de dez", 8),
            "went_well": ("A conversa sobre arquitetura", None),
            "money": (m8, money(m8, ("14000", "BRL", "month"), ("15000", "BRL", "month"))),
            "want_job": ("talvez", "unsure"),
            "hear_back": ("na próxima sexta", "2026-12-04"),
        },
        forbidden=("Abraço", "Mensagem original"),
    )


def add_languages() -> None:
    """Numbered replies in Danish, Czech, Japanese, Chinese, Finnish and Turkish clients."""
    own = (
        "1) otte ud af ti\n5) Meget ansvar for platformen\n8) 52.000 DKK om måneden før skat\n11) måske\n"
        "12) på torsdag\n\nHilsen\nMaya"
    )
    text = (
        own
        + "\n\nDen tors. 26. nov. 2026 kl. 15.10 skrev Maya Example <maya@example.org>:\n\n"
        + "\n".join(f"> {line}" if line else ">" for line in DEBRIEF.split("\n"))
    )
    m8 = "52.000 DKK om måneden før skat"
    case(
        "gmail_android_numbered_da",
        "Gmail Android",
        "da",
        eml("r3l1", part(text)),
        shape="numbered",
        answers={
            "rating": ("otte ud af ti", 8),
            "role": ("Meget ansvar for platformen", None),
            "money": (m8, money(m8, ("52000", "DKK", "month"))),
            "want_job": ("måske", "unsure"),
            "hear_back": ("på torsdag", "2026-12-03"),
        },
        forbidden=("Hilsen", "skrev Maya"),
    )

    own = (
        "1) sedm z deseti\n3) Otázka na Terraform mi nešla\n8) 70 000 Kč hrubého měsíčně\n11) možná\n"
        "12) do pátku\n\nS pozdravem\nMaya Example\n+420 212 345 678"
    )
    block = "-----Původní zpráva-----\n" + header_block(
        ("Od:", "Odesláno:", "Komu:", "Předmět:"), "26. 11. 2026 15:10"
    )
    m8 = "70 000 Kč hrubého měsíčně"
    case(
        "seznam_numbered_separator_cs",
        "Seznam Email",
        "cs",
        eml("r3l2", part(own + "\n\n" + block + "\n\n" + DEBRIEF, charset="iso-8859-2")),
        shape="numbered",
        answers={
            "rating": ("sedm z deseti", 7),
            "went_badly": ("Otázka na Terraform mi nešla", None),
            "money": (m8, money(m8, ("70000", "CZK", "month"))),
            "want_job": ("možná", "unsure"),
            "hear_back": ("do pátku", "2026-11-27"),
        },
        forbidden=("Původní zpráva", "S pozdravem", "212 345 678"),
    )

    own = "1. 七点\n2. 設計の質問はうまく答えられた\n11. 分かりかねます\n12. 来週の水曜日\n\nマヤ"
    block = header_block(("差出人:", "送信日時:", "宛先:", "件名:"), "2026年11月26日 15:10")
    case(
        "outlook_windows_numbered_signed_ja",
        "Outlook desktop",
        "ja",
        eml("r3l3", part(own + "\n\n" + block + "\n\n" + DEBRIEF, charset="iso-2022-jp", cte="7bit")),
        shape="numbered",
        answers={
            "rating": ("七点", 7),
            "went_well": ("設計の質問はうまく答えられた", None),
            "want_job": ("分かりかねます", "unsure"),
            "hear_back": ("来週の水曜日", "2026-12-02"),
        },
        forbidden=("マヤ", "送信日時"),
    )

    own = "1、六分吧\n8、月薪3万元，十三薪\n11、还没决定\n12、下周三\n\n谢谢！"
    block = "------------------ 原始邮件 ------------------\n" + header_block(
        ("发件人:", "发送时间:", "收件人:", "主题:"), "2026年11月26日(星期四) 下午3:10"
    )
    m8 = "月薪3万元，十三薪"
    case(
        "foxmail_numbered_separator_zh",
        "Foxmail",
        "zh",
        eml("r3l4", part(own + "\n\n" + block + "\n\n" + DEBRIEF, charset="gb18030", cte="base64")),
        shape="numbered",
        answers={
            "rating": ("六分吧", 6),
            "money": (m8, money(m8, ("30000", "CNY", "month"))),
            "want_job": ("还没决定", "unsure"),
            "hear_back": ("下周三", "2026-12-02"),
        },
        forbidden=("原始邮件", "谢谢"),
    )

    own = "1. 8/10\n8. 4 500 € kuukaudessa\n11. en tiedä vielä\n12. ensi viikolla\n\nHanki Outlook iOS:lle"
    text = (
        own
        + "\n\nMaya Example <maya@example.org> kirjoitti 26.11.2026 klo 15.10:\n\n"
        + "\n".join(f"> {line}" if line else ">" for line in DEBRIEF.split("\n"))
    )
    m8 = "4 500 € kuukaudessa"
    case(
        "outlook_ios_numbered_fi",
        "Outlook iOS",
        "fi",
        eml("r3l5", part(text, cte="base64")),
        shape="numbered",
        answers={
            "rating": ("8/10", 8),
            "money": (m8, money(m8, ("4500", "EUR", "month"))),
            "want_job": ("en tiedä vielä", "unsure"),
            "hear_back": ("ensi viikolla", "2026-12-04"),
        },
        forbidden=("Hanki Outlook", "kirjoitti"),
    )

    own = "1. sekiz\n8. aylık net 85.000 TL\n11. Evet\n12. gelecek hafta\n\niPhone'umdan gönderildi"
    block = header_block(("Kimden:", "Gönderildi:", "Kime:", "Konu:"), "26 Kasım 2026 Perşembe 15:10")
    m8 = "aylık net 85.000 TL"
    case(
        "outlook_ios_numbered_tr",
        "Outlook iOS",
        "tr",
        eml("r3l6", part(own + "\n\n" + RULE + "\n" + block + "\n\n" + DEBRIEF)),
        shape="numbered",
        answers={
            "rating": ("sekiz", 8),
            "money": (m8, money(m8, ("85000", "TRY", "month"))),
            "want_job": ("Evet", "yes"),
            "hear_back": ("gelecek hafta", "2026-12-04"),
        },
        forbidden=("gönderildi", "Kimden"),
    )


def add_closings() -> None:
    """A short last answer above a sign-off block and a disclaimer; a money answer with no amount."""
    own = (
        "1. 6/10\n8. Haven't talked numbers yet\n11. Yes\n12. Wednesday the 2nd\n\nKind regards\n"
        "Maya Example\nStaff Engineer, Example Org\nT: +44 20 7946 0000 | www.example.org\n\n"
        "This message is confidential and intended for the named recipient only."
    )
    body = (
        own
        + "\n\n"
        + RULE
        + "\n"
        + header_block(("From:", "Sent:", "To:", "Subject:"), "Thursday, November 26, 2026 3:10 PM")
        + "\n\n"
        + DEBRIEF
    )
    case(
        "outlook_desktop_short_last_answer_signature_en",
        "Outlook desktop",
        "en",
        eml("r3c1", part(body, charset="windows-1252")),
        shape="numbered",
        answers={
            "rating": ("6/10", 6),
            "money": ("Haven't talked numbers yet", money("Haven't talked numbers yet")),
            "want_job": ("Yes", "yes"),
            "hear_back": ("Wednesday the 2nd", "2026-12-02"),
        },
        forbidden=("Kind regards", "Staff Engineer", "7946", "confidential"),
    )
