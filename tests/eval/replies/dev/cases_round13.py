"""Development replies for round 13: Outlook's footer with the platform first, values in Indonesian, Malay,
Vietnamese and Catalan, and rates that name their period."""

from __future__ import annotations

from tests.eval.replies.dev.dev_helpers import DEBRIEF, ME, case, eml, header_block, money
from tests.fixtures.replies.make_fixtures import part


def quoted(attribution: str) -> str:
    return attribution + "\n" + "\n".join(f"> {line}" if line else ">" for line in DEBRIEF.split("\n"))


def add_footers_and_values() -> None:
    """A Turkish Outlook footer with the platform first; Malay, Indonesian, Vietnamese and Catalan answers."""
    own = "1. 8/10\n11. Evet\n\niOS için Outlook'u edinin\n\n"
    labels = ("Kimden:", "Gönderildi:", "Kime:", "Konu:")
    body = own + header_block(labels, "26 Kasım 2026 Perşembe 15:10") + "\n\n" + quoted("")
    case(
        "outlook_ios_numbered_tr_platform_first_footer",
        "Outlook iOS",
        "tr",
        eml("r13f1", part(body)),
        shape="numbered",
        answers={"rating": ("8/10", 8), "want_job": ("Evet", "yes")},
        forbidden=("Outlook'u edinin",),
    )

    own = "1. 7 daripada 10\n11. Ya, mahu\n12. Khamis minggu hadapan\n\n"
    case(
        "gmail_android_numbered_ms_values",
        "Gmail Android",
        "ms",
        eml("r13v1", part(own + quoted(f"Pada Kha, 26 Nov 2026 pada 15:10, {ME} menulis:"))),
        shape="numbered",
        answers={
            "rating": ("7 daripada 10", 7),
            "want_job": ("Ya, mahu", "yes"),
            "hear_back": ("Khamis minggu hadapan", "2026-12-03"),
        },
    )

    own = "1. delapan dari sepuluh\n11. Belum tahu, masih ragu\n12. akhir pekan depan\n\n"
    case(
        "yahoo_numbered_id_words",
        "Yahoo Mail",
        "id",
        eml("r13v2", part(own + quoted(f"Pada Kamis, 26 November 2026 15.10.00 WIB, {ME} menulis:"))),
        shape="numbered",
        answers={
            "rating": ("delapan dari sepuluh", 8),
            "want_job": ("Belum tahu, masih ragu", "unsure"),
            "hear_back": ("akhir pekan depan", "2026-12-04"),
        },
    )

    own = "1. 8 trên 10\n11. Có, chắc chắn\n12. tuần sau\n\n"
    case(
        "gmail_web_numbered_vi_values",
        "Gmail web",
        "vi",
        eml("r13v3", part(own + quoted(f"Vào Th 5, 26 thg 11, 2026 vào lúc 15:10 {ME} đã viết:"))),
        shape="numbered",
        answers={
            "rating": ("8 trên 10", 8),
            "want_job": ("Có, chắc chắn", "yes"),
            "hear_back": ("tuần sau", "2026-12-04"),
        },
    )

    own = "1. 6/10\n11. Potser\n12. divendres de la setmana que ve\n\n"
    case(
        "apple_mail_numbered_ca_values",
        "Apple Mail",
        "ca",
        eml("r13v4", part(own + quoted(f"El 26 de nov. 2026, a les 15:10, {ME} va escriure:"))),
        shape="numbered",
        answers={
            "rating": ("6/10", 6),
            "want_job": ("Potser", "unsure"),
            "hear_back": ("divendres de la setmana que ve", "2026-12-04"),
        },
    )


def add_rates() -> None:
    """Day and hour rates in German, French, Dutch and English."""
    cases = (
        (
            "gmx",
            "GMX",
            "de",
            "Tagessatz 780 €, remote",
            ("780", "EUR", "day"),
            f"Am 26.11.2026 um 15:10 schrieb {ME}:",
        ),
        (
            "thunderbird",
            "Thunderbird",
            "fr",
            "Taux journalier : 620 € HT",
            ("620", "EUR", "day"),
            f"Le 26/11/2026 à 15:10, {ME} a écrit :",
        ),
        (
            "ziggo",
            "Ziggo Mail",
            "nl",
            "Uurtarief € 92, ex btw",
            ("92", "EUR", "hour"),
            f"Op 26 nov 2026, om 15:10 heeft {ME} het volgende geschreven:",
        ),
        (
            "fastmail",
            "Fastmail",
            "en",
            "Contract, hourly rate $115",
            ("115", "USD", "hour"),
            f"On Thu, Nov 26, 2026, at 15:10, {ME} wrote:",
        ),
    )
    for index, (slug, client, language, text, amount, attribution) in enumerate(cases, 1):
        own = f"1. 7/10\n8. {text}\n\n"
        case(
            f"{slug}_numbered_{language}_rate_period",
            client,
            language,
            eml(f"r13m{index}", part(own + quoted(attribution))),
            shape="numbered",
            answers={"rating": ("7/10", 7), "money": (text, money(text, amount))},
        )
