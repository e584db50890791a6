"""Development replies for the classes of round 10, in other clients, languages and words than the misses they
stand for: thanks-closings of languages the sign-offs lacked, "beginning of" written after the week, a negated
"sure" as unsure, and mobile footers naming the phone in words no set covered (Romanian Yahoo, Catalan)."""

from __future__ import annotations

from tests.eval.replies.dev.dev_helpers import DEBRIEF, ME, case, eml
from tests.fixtures.replies.make_fixtures import part


def quoted(attribution: str) -> str:
    return attribution + "\n" + "\n".join(f"> {line}" if line else ">" for line in DEBRIEF.split("\n"))


def add_closings() -> None:
    """A Croatian 'Hvala,' and an Italian 'Grazie mille!' over her name, right under the last answer."""
    own = "1. 8/10\n4. Raj je bio vrlo srdačan\n11. Da\n\nHvala,\nMaya\n\n"
    case(
        "gmail_android_numbered_hr_thanks_closing",
        "Gmail Android",
        "hr",
        eml("r10c1", part(own + quoted(f"Dana čet, 26. stu 2026. u 15:10 {ME} je napisao/la:"))),
        shape="numbered",
        answers={
            "rating": ("8/10", 8),
            "rapport": ("Raj je bio vrlo srdačan", None),
            "want_job": ("Da", "yes"),
        },
        forbidden=("Hvala", "napisao"),
    )

    own = "1. 7\n12. entro venerdì\n\nGrazie mille!\nMaya\n\n"
    case(
        "thunderbird_numbered_it_grazie_mille",
        "Thunderbird",
        "it",
        eml("r10c2", part(own + quoted(f"Il 26/11/26 15:10, {ME} ha scritto:"))),
        shape="numbered",
        answers={"rating": ("7", 7), "hear_back": ("entro venerdì", "2026-11-27")},
        forbidden=("Grazie mille", "ha scritto"),
    )


def add_dates_and_unsure() -> None:
    """'Beginning of next week' with the beginning last (Finnish, Turkish); a negated 'sure' (Finnish, Slovak)."""
    own = "1. 6/10\n11. En ole vielä ihan varma\n12. ensi viikon alussa\n\n"
    case(
        "outlook_ios_numbered_fi_week_start_not_sure",
        "Outlook iOS",
        "fi",
        eml("r10d1", part(own + quoted(f"to 26.11.2026 klo 15.10 {ME} kirjoitti:"))),
        shape="numbered",
        answers={
            "rating": ("6/10", 6),
            "want_job": ("En ole vielä ihan varma", "unsure"),
            "hear_back": ("ensi viikon alussa", "2026-12-01"),
        },
        forbidden=("kirjoitti",),
    )

    own = "1. 9\n12. gelecek haftanın başında\n\n"
    case(
        "gmail_web_numbered_tr_week_start",
        "Gmail web",
        "tr",
        eml("r10d2", part(own + quoted(f"26 Kas 2026 Per 15:10 tarihinde {ME} şunu yazdı:"))),
        shape="numbered",
        answers={"rating": ("9", 9), "hear_back": ("gelecek haftanın başında", "2026-12-01")},
        forbidden=("şunu yazdı",),
    )

    own = "1. 7/10\n11. Nie som si istá\n\n"
    case(
        "gmail_web_numbered_sk_not_sure",
        "Gmail web",
        "sk",
        eml("r10d3", part(own + quoted(f"Dňa št 26. 11. 2026 o 15:10 {ME} napísal(a):"))),
        shape="numbered",
        answers={"rating": ("7/10", 7), "want_job": ("Nie som si istá", "unsure")},
        forbidden=("napísal",),
    )


def add_footers() -> None:
    """Yahoo's Romanian Android footer and a Catalan phone footer under the answers."""
    own = "1. 8/10\n11. Da\n\nTrimis din Yahoo Mail pe Android\n\n"
    case(
        "yahoo_android_numbered_ro_footer",
        "Yahoo Mail Android",
        "ro",
        eml("r10f1", part(own + quoted(f"Pe joi, 26 nov. 2026 la 15:10, {ME} a scris:"))),
        shape="numbered",
        answers={"rating": ("8/10", 8), "want_job": ("Da", "yes")},
        forbidden=("Yahoo Mail", "a scris"),
    )

    own = "1. 7/10\n4. En Raj molt amable\n\nEnviat des del meu mòbil\n\n"
    case(
        "android_numbered_ca_phone_footer",
        "Android Mail",
        "ca",
        eml("r10f2", part(own + quoted(f"El dj., 26 de nov. 2026 a les 15:10, {ME} va escriure:"))),
        shape="numbered",
        answers={"rating": ("7/10", 7), "rapport": ("En Raj molt amable", None)},
        forbidden=("mòbil", "va escriure"),
    )


def add_disclaimers() -> None:
    """Legal disclaimers in Bulgarian and Indonesian right under the last answer, over the quoted debrief."""
    own = (
        "1. 8/10\n4. Raj беше много приятен\n\n"
        "Това съобщение и прикачените към него файлове са поверителни. Ако сте го получили по грешка, "
        "моля, уведомете подателя и го изтрийте.\n\n"
    )
    case(
        "outlook_web_numbered_bg_disclaimer",
        "Outlook web",
        "bg",
        eml("r10y1", part(own + quoted(f"На чт, 26.11.2026 г. в 15:10 {ME} написа:"))),
        shape="numbered",
        answers={"rating": ("8/10", 8), "rapport": ("Raj беше много приятен", None)},
        forbidden=("поверителни", "написа"),
    )

    own = (
        "1. 7\n12. next Friday\n\n"
        "Email ini beserta lampirannya bersifat rahasia dan hanya ditujukan untuk penerima. "
        "Jika Anda bukan penerima yang dimaksud, mohon segera hapus email ini.\n\n"
    )
    case(
        "gmail_web_numbered_en_id_disclaimer",
        "Gmail web",
        "en",
        eml("r10y2", part(own + quoted(f"Pada tanggal Kam, 26 Nov 2026 15.10, {ME} menulis:"))),
        shape="numbered",
        answers={"rating": ("7", 7), "hear_back": ("next Friday", "2026-12-04")},
        forbidden=("rahasia", "menulis"),
    )
