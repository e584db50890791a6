"""Development replies for round 11: sign-offs, footers, header labels and attributions in languages no set had
(Thai, Hindi, Persian, Serbian, Basque, Swahili, European Portuguese), German month-weeks, and the guards: a
closing word inside a real answer stays there."""

from __future__ import annotations

from tests.eval.replies.dev.dev_helpers import DEBRIEF, ME, case, eml, header_block
from tests.fixtures.replies.make_fixtures import part


def quoted(attribution: str) -> str:
    return attribution + "\n" + "\n".join(f"> {line}" if line else ">" for line in DEBRIEF.split("\n"))


def add_closings() -> None:
    """Sign-offs told by their shape (a few words and a comma) or by the new word lists, over a name or block."""
    own = (
        "1. 8/10\n4. A Jane foi muito simpática\n\nMelhores cumprimentos,\nMaya Example\n"
        "Engenheira de Software\n+351 21 000 0000\n\n"
    )
    labels = ("De:", "Enviado:", "Para:", "Assunto:")
    body = own + header_block(labels, "quinta-feira, 26 de novembro de 2026 15:10") + "\n\n" + quoted("")
    case(
        "outlook_desktop_numbered_pt_pt_closing_block",
        "Outlook desktop",
        "pt",
        eml("r11c1", part(body)),
        shape="numbered",
        answers={"rating": ("8/10", 8), "rapport": ("A Jane foi muito simpática", None)},
        forbidden=("Melhores cumprimentos", "Engenheira", "Enviado"),
    )

    own = "1. 9\n12. next Friday\n\nขอบคุณค่ะ\nMaya\n\n"
    labels = ("จาก:", "ส่ง:", "ถึง:", "เรื่อง:")
    body = own + header_block(labels, "วันพฤหัสบดีที่ 26 พฤศจิกายน 2026 15:10") + "\n\n" + quoted("")
    case(
        "outlook_desktop_numbered_en_th_header_closing",
        "Outlook desktop",
        "en",
        eml("r11c2", part(body)),
        shape="numbered",
        answers={"rating": ("9", 9), "hear_back": ("next Friday", "2026-12-04")},
        forbidden=("ขอบคุณ", "เรื่อง"),
    )

    own = "1. 6/10\n3. The system design part\n\nСрдачан поздрав,\nМаја\n\n"
    labels = ("Од:", "Послато:", "За:", "Тема:")
    body = own + header_block(labels, "четвртак, 26. новембар 2026. 15:10") + "\n\n" + quoted("")
    case(
        "outlook_web_numbered_en_sr_cyrillic_header",
        "Outlook web",
        "en",
        eml("r11c3", part(body)),
        shape="numbered",
        answers={"rating": ("6/10", 6), "went_badly": ("The system design part", None)},
        forbidden=("Срдачан", "Послато"),
    )

    own = "1. 9/10\n11. Yes\n\nKila la heri, Maya\n\n"
    case(
        "gmail_ios_numbered_en_sw_closing_with_name",
        "Gmail iOS",
        "en",
        eml("r11c4", part(own + quoted(f"Mnamo Alhamisi, 26 Nov 2026 saa 15:10, {ME} aliandika:"))),
        shape="numbered",
        answers={"rating": ("9/10", 9), "want_job": ("Yes", "yes")},
        forbidden=("Kila la heri", "aliandika"),
    )


def add_footers_and_dates() -> None:
    """Footers with the verb last (Hindi, Basque), a Persian footer and closing, a German month-week."""
    own = "1. 7/10\n11. Yes\n\nमेरे Samsung फ़ोन से भेजा गया\n\n"
    case(
        "gmail_android_numbered_en_hi_footer_verb_last",
        "Gmail Android",
        "en",
        eml("r11f1", part(own + quoted(f"गुरु, 26 नव॰ 2026 को 15:10 बजे {ME} ने लिखा:"))),
        shape="numbered",
        answers={"rating": ("7/10", 7), "want_job": ("Yes", "yes")},
        forbidden=("भेजा गया", "ने लिखा"),
    )

    own = "1. 7\n4. Jane oso atsegina izan zen\n\nMila esker,\nMaya\n\nNire iPhonetik bidalia\n\n"
    case(
        "apple_mail_ios_numbered_eu_closing_footer",
        "Apple Mail iOS",
        "eu",
        eml("r11f2", part(own + quoted(f"{ME} erabiltzaileak hau idatzi du (2026 az. 26, og., 15:10):"))),
        shape="numbered",
        answers={"rating": ("7", 7), "rapport": ("Jane oso atsegina izan zen", None)},
        forbidden=("Mila esker", "bidalia", "idatzi du"),
    )

    own = "1. 6/10\n12. next Friday\n\nبا سپاس،\nMaya\n\nارسال شده از گوشی من\n\n"
    case(
        "gmail_android_numbered_en_fa_closing_footer",
        "Gmail Android",
        "en",
        eml("r11f3", part(own + quoted(f"در تاریخ پنجشنبه ۲۶ نوامبر ۲۰۲۶، ۱۵:۱۰ {ME} نوشت:"))),
        shape="numbered",
        answers={"rating": ("6/10", 6), "hear_back": ("next Friday", "2026-12-04")},
        forbidden=("سپاس", "ارسال شده", "نوشت"),
    )

    own = "1. 8\n12. in der zweiten Dezemberwoche\n\nHerzlichst,\nMaya\n\n"
    case(
        "apple_mail_numbered_de_month_week",
        "Apple Mail",
        "de",
        eml("r11f4", part(own + quoted(f"Am 26.11.2026 um 15:10 schrieb {ME}:"))),
        shape="numbered",
        answers={"rating": ("8", 8), "hear_back": ("in der zweiten Dezemberwoche", "2026-12-11")},
        forbidden=("Herzlichst", "schrieb"),
    )


def add_guards() -> None:
    """A closing word opening a real answer, and a comma-ended line over a sentence, stay her answer."""
    own = "1. 8/10\n2. Best part was the team\n\nCheers,\nMaya\n\n"
    case(
        "gmail_web_numbered_en_best_part_answer",
        "Gmail web",
        "en",
        eml("r11g1", part(own + quoted(f"On Thu, 26 Nov 2026 at 15:10, {ME} wrote:"))),
        shape="numbered",
        answers={"rating": ("8/10", 8), "went_well": ("Best part was the team", None)},
        forbidden=("Cheers",),
    )

    own = "1. 7\n6. Saludos a todos fue el lema de la reunión\n\n"
    case(
        "gmail_web_numbered_es_saludos_answer",
        "Gmail web",
        "es",
        eml("r11g2", part(own + quoted(f"El jue, 26 nov 2026 a las 15:10, {ME} escribió:"))),
        shape="numbered",
        answers={"rating": ("7", 7), "company": ("Saludos a todos fue el lema de la reunión", None)},
        forbidden=("escribió",),
    )

    own = "1. 7/10\n\n4.\nHonestly,\nthe interviewers were kind\n\nAbraços,\nMaya\n\n"
    case(
        "thunderbird_numbered_en_comma_line_over_sentence",
        "Thunderbird",
        "en",
        eml("r11g3", part(own + quoted(f"On 26/11/2026 15:10, {ME} wrote:"))),
        shape="numbered",
        answers={"rating": ("7/10", 7), "rapport": ("Honestly,\nthe interviewers were kind", None)},
        forbidden=("Abraços",),
    )
