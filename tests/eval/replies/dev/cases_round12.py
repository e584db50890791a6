"""Development replies for round 12: attributions in bidi marks, labelled disclaimers, app footers, slash
signatures, a note that the rest comes later, currency codes around amounts and Christmas in more languages."""

from __future__ import annotations

from tests.eval.replies.dev.dev_helpers import DEBRIEF, ME, case, eml, header_block, money
from tests.fixtures.replies.make_fixtures import part

RLE, LRE, PDF, RLM, LRI, PDI = "\u202b", "\u202a", "\u202c", "\u200f", "\u2066", "\u2069"


def quoted(attribution: str) -> str:
    return attribution + "\n" + "\n".join(f"> {line}" if line else ">" for line in DEBRIEF.split("\n"))


def add_history_and_footers() -> None:
    """An Arabic Gmail attribution wrapped in bidi marks, a labelled Catalan disclaimer under a block, a Mailbird
    footer in German, a Danish slash signature glued to the last answer."""
    attribution = (
        f"{RLE}في الخميس، 26 نوفمبر 2026 في 3:10 م، كتب {LRE}Maya Example{PDF}{RLM} "
        f"<{LRE}maya@example.org{PDF}{RLM}>:{PDF}"
    )
    own = "1. 8/10\n12. Next Wednesday\n\n"
    case(
        "gmail_web_numbered_en_ar_bidi_attribution",
        "Gmail web",
        "en",
        eml("r12h1", part(own + quoted(attribution))),
        shape="numbered",
        answers={"rating": ("8/10", 8), "hear_back": ("Next Wednesday", "2026-12-02")},
        forbidden=("كتب",),
    )

    own = (
        "1. 7\n3. La part de sistemes distribuïts\n\nSalutacions,\n\nMaya Example\nEnginyera de dades | Contoso\n"
        "Tel. +34 93 000 0000\n\nAVÍS DE CONFIDENCIALITAT: La informació d'aquest missatge és confidencial i "
        "s'adreça exclusivament al destinatari.\n\n"
    )
    labels = ("De:", "Enviat:", "Per a:", "Assumpte:")
    body = own + header_block(labels, "dijous, 26 de novembre de 2026 15:10") + "\n\n" + quoted("")
    case(
        "outlook_desktop_numbered_ca_labelled_disclaimer",
        "Outlook desktop",
        "ca",
        eml("r12h2", part(body)),
        shape="numbered",
        answers={"rating": ("7", 7), "went_badly": ("La part de sistemes distribuïts", None)},
        forbidden=("Salutacions", "AVÍS DE CONFIDENCIALITAT", "+34 93"),
    )

    own = "1. 6/10\n11. Eher ja\n\nGesendet mit Mailbird\n\n"
    case(
        "mailbird_numbered_de_app_footer",
        "Mailbird",
        "de",
        eml("r12h3", part(own + quoted(f"Am 26.11.2026 um 15:10 schrieb {ME}:"))),
        shape="numbered",
        answers={"rating": ("6/10", 6), "want_job": ("Eher ja", "yes")},
        forbidden=("Mailbird",),
    )

    own = "1. 9\n4. Jane var meget venlig //Maya\n\n"
    case(
        "apple_mail_numbered_da_slash_signature",
        "Apple Mail",
        "da",
        eml("r12h4", part(own + quoted(f"Den 26. nov. 2026 kl. 15.10 skrev {ME}:"))),
        shape="numbered",
        answers={"rating": ("9", 9), "rapport": ("Jane var meget venlig", None)},
        forbidden=("//Maya",),
    )


def add_notes_money_and_dates() -> None:
    """A note that the rest comes later in German, pesos after '$', rupiah in words, before Christmas in Danish
    and Hungarian."""
    own = "1. 7/10\n8. $1.800.000 COP mensuales\n\nEl resto lo contesto mañana\n\n"
    case(
        "gmail_android_numbered_es_rest_later_pesos",
        "Gmail Android",
        "es",
        eml("r12n1", part(own + quoted(f"El jue, 26 nov 2026 a las 15:10, {ME} escribió:"))),
        shape="numbered",
        answers={
            "rating": ("7/10", 7),
            "money": (
                "$1.800.000 COP mensuales",
                money("$1.800.000 COP mensuales", ("1800000", "COP", "month")),
            ),
        },
        free_notes="El resto lo contesto mañana",
    )

    own = "1. 8\n8. Rp 25 juta per bulan, belum termasuk bonus\n12. Sebelum Natal\n\n"
    case(
        "gmail_ios_numbered_id_rupiah_christmas",
        "Gmail iOS",
        "id",
        eml("r12n2", part(own + quoted(f"Pada Kam, 26 Nov 2026 pukul 15.10, {ME} menulis:"))),
        shape="numbered",
        answers={
            "rating": ("8", 8),
            "money": (
                "Rp 25 juta per bulan, belum termasuk bonus",
                money("Rp 25 juta per bulan, belum termasuk bonus", ("25000000", "IDR", "month")),
            ),
            "hear_back": ("Sebelum Natal", "2026-12-24"),
        },
    )

    own = "1. 7/10\n12. Karácsony előtt\n\nA többit holnap írom meg\n\n"
    case(
        "gmail_web_numbered_hu_christmas_rest_later",
        "Gmail web",
        "hu",
        eml("r12n3", part(own + quoted(f"{ME} ezt írta (2026. nov. 26., Cs 15:10):"))),
        shape="numbered",
        answers={"rating": ("7/10", 7), "hear_back": ("Karácsony előtt", "2026-12-24")},
        free_notes="A többit holnap írom meg",
    )

    own = "1. 8/10\n8. 42.000 kr. om måneden, AED-tillæg nej\n12. Før jul\n\n"
    case(
        "outlook_ios_numbered_da_christmas",
        "Outlook iOS",
        "da",
        eml("r12n4", part(own + quoted(f"Den 26. nov. 2026 kl. 15.10 skrev {ME}:"))),
        shape="numbered",
        answers={
            "rating": ("8/10", 8),
            "money": (
                "42.000 kr. om måneden, AED-tillæg nej",
                money("42.000 kr. om måneden, AED-tillæg nej", ("42000", "DKK", "month")),
            ),
            "hear_back": ("Før jul", "2026-12-24"),
        },
    )
