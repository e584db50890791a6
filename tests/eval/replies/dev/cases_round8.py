"""Development replies for the classes of round 8, in other clients, languages and words than the misses they
stand for: a footer with its link glued after its last word, a last line naming a mail below it, the kind of
pay between an amount and its period, and a weekday followed by the date that says which one."""

from __future__ import annotations

from tests.eval.replies.dev.dev_helpers import DEBRIEF, ME, case, eml, money
from tests.fixtures.replies.make_fixtures import part


def quoted(attribution: str) -> str:
    return attribution + "\n" + "\n".join(f"> {line}" if line else ">" for line in DEBRIEF.split("\n"))


def add_footers_and_notes() -> None:
    """A German Outlook for Android footer with a glued link; a German note over a forwarded mail."""
    own = "1. 7\n4. Jane war sehr offen\n12. Freitag\n\nOutlook für Android herunterladen<https://aka.example/k2r8>\n\n"
    case(
        "outlook_android_numbered_de_glued_footer_link",
        "Outlook Android",
        "de",
        eml("r8f1", part(own + quoted(f"Am 26.11.2026 um 15:10 schrieb {ME}:"))),
        shape="numbered",
        answers={
            "rating": ("7", 7),
            "rapport": ("Jane war sehr offen", None),
            "hear_back": ("Freitag", "2026-11-27"),
        },
        forbidden=("herunterladen", "aka.example"),
    )

    own = (
        "1. 8 von 10\n8. 92.000 € brutto im Jahr\n12. bis Mittwoch\n\nDie Mail von Raj steht unten, nur zur Info.\n\n"
        "Anfang der weitergeleiteten Nachricht:\n\nVon: Raj Patel <raj@example.test>\nBetreff: Nächste Schritte\n"
        "Datum: 26. November 2026 um 17:40:12 MEZ\nAn: Maya Example <maya@example.org>\n\n"
        "Hallo Maya,\n\ndanke für heute. Wir melden uns bis Mittwoch.\n\nViele Grüße\nRaj\n\n"
    )
    case(
        "apple_mail_numbered_de_note_over_forward",
        "Apple Mail",
        "de",
        eml("r8f2", part(own + quoted(f"Am 26.11.2026 um 15:10 schrieb {ME}:"))),
        shape="numbered",
        answers={
            "rating": ("8 von 10", 8),
            "money": ("92.000 € brutto im Jahr", money("92.000 € brutto im Jahr", ("92000", "EUR", "year"))),
            "hear_back": ("bis Mittwoch", "2026-12-02"),
        },
        forbidden=("steht unten", "danke für heute"),
    )


def add_money_and_dates() -> None:
    """French pay kind before "par an"; an English weekday before its date; a Chinese weekday before its date."""
    own = "1. 6/10\n8. 58 000 € salaire fixe par an\n11. Oui\n\n"
    case(
        "thunderbird_numbered_fr_pay_kind_period",
        "Thunderbird",
        "fr",
        eml("r8m1", part(own + quoted(f"Le 26/11/2026 à 15:10, {ME} a écrit :"))),
        shape="numbered",
        answers={
            "rating": ("6/10", 6),
            "money": (
                "58 000 € salaire fixe par an",
                money("58 000 € salaire fixe par an", ("58000", "EUR", "year")),
            ),
            "want_job": ("Oui", "yes"),
        },
        forbidden=("a écrit",),
    )

    own = "1. 9\n8. $140k salary a year, plus equity\n12. by Tue, December 8\n\n"
    case(
        "fastmail_numbered_en_weekday_then_date",
        "Fastmail",
        "en",
        eml("r8d1", part(own + quoted(f"On Thu, Nov 26, 2026, at 15:10, {ME} wrote:"))),
        shape="numbered",
        answers={
            "rating": ("9", 9),
            "money": (
                "$140k salary a year, plus equity",
                money("$140k salary a year, plus equity", ("140000", "USD", "year")),
            ),
            "hear_back": ("by Tue, December 8", "2026-12-08"),
        },
        forbidden=("wrote:",),
    )

    own = "1. 7分\n11. 想\n12. 星期二，12月8日\n\n"
    case(
        "qq_mail_numbered_zh_weekday_then_date",
        "QQ Mail",
        "zh",
        eml("r8d2", part(own + quoted(f"在 2026年11月26日 15:10，{ME} 写道："))),
        shape="numbered",
        answers={
            "rating": ("7分", 7),
            "want_job": ("想", "yes"),
            "hear_back": ("星期二，12月8日", "2026-12-08"),
        },
        forbidden=("写道",),
    )


def add_left_classes() -> None:
    """Round 7's left classes: British "Tuesday week", the first week of a month (Spanish), an em dash glued to
    the answer (Apple Mail turning "--" into "—"), and Czech "Ad. 1" with no mark after the number."""
    own = "1. 7 out of 10\n4. Got on well with Jane\n12. Tuesday week, Raj reckoned\n\nCheers,\nMaya\n\n"
    case(
        "outlook_desktop_numbered_en_gb_tuesday_week",
        "Outlook desktop",
        "en",
        eml("r8l1", part(own + quoted(f"On Thu, 26 Nov 2026 at 15:10, {ME} wrote:"))),
        shape="numbered",
        answers={
            "rating": ("7 out of 10", 7),
            "rapport": ("Got on well with Jane", None),
            "hear_back": ("Tuesday week, Raj reckoned", "2026-12-08"),
        },
        forbidden=("Cheers", "wrote:"),
    )

    own = "1. 8\n11. Sí\n12. la primera semana de diciembre\n\n"
    case(
        "gmail_android_numbered_es_first_week_of_month",
        "Gmail Android",
        "es",
        eml("r8l2", part(own + quoted(f"El jue, 26 nov 2026 a las 15:10, {ME} escribió:"))),
        shape="numbered",
        answers={
            "rating": ("8", 8),
            "want_job": ("Sí", "yes"),
            "hear_back": ("la primera semana de diciembre", "2026-12-04"),
        },
        forbidden=("escribió",),
    )

    own = "1 —8\n3 —the whiteboard part, I froze\n11 —yes\n\n"
    case(
        "apple_mail_em_dash_glued_en",
        "Apple Mail",
        "en",
        eml("r8l3", part(own + quoted(f"On 26 Nov 2026, at 15:10, {ME} wrote:"))),
        shape="numbered",
        answers={
            "rating": ("8", 8),
            "went_badly": ("the whiteboard part, I froze", None),
            "want_job": ("yes", "yes"),
        },
        forbidden=("wrote:",),
    )

    own = "Ad. 1 8 z 10\nAd. 4 Raj byl milý\nAd. 12 do pátku\n\n"
    case(
        "seznam_ad_no_mark_cs",
        "Seznam",
        "cs",
        eml("r8l4", part(own + quoted(f"Dne 26. 11. 2026 15:10 {ME} napsal(a):"))),
        shape="numbered",
        answers={
            "rating": ("8 z 10", 8),
            "rapport": ("Raj byl milý", None),
            "hear_back": ("do pátku", "2026-11-27"),
        },
        forbidden=("napsal",),
    )
