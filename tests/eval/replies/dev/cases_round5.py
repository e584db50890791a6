"""Development replies for the classes of round 5, in other clients, languages and words than the misses they
stand for: the scale written before the score with a postposition, a currency named apart from the amount or in
Cyrillic, "not sure" in Norwegian, app footers with the verb last, mutt and Zoho attributions in other locales,
and a line announcing the forwarded mail below the answers."""

from __future__ import annotations

from tests.eval.replies.dev.dev_helpers import DEBRIEF, case, eml, money
from tests.fixtures.replies.make_fixtures import part


def quoted(attribution: str) -> str:
    return attribution + "\n" + "\n".join(f"> {line}" if line else ">" for line in DEBRIEF.split("\n"))


def add_values() -> None:
    """Ratings with the scale first, currencies named apart or in Cyrillic, Norwegian 'not sure', app footers."""
    own = "1. 10 중 8\n2. 시스템 설계 질문\n\niPhone에서 보냄\n"
    case(
        "gmail_ios_numbered_ko_scale_first",
        "Gmail iOS",
        "ko",
        eml(
            "r5v1",
            part(
                own
                + "\n"
                + quoted("2026년 11월 26일 (목) 오후 3:10, Maya Example <maya@example.org>님이 작성:")
            ),
        ),
        shape="numbered",
        answers={"rating": ("10 중 8", 8), "went_well": ("시스템 설계 질문", None)},
        forbidden=("보냄", "님이 작성"),
    )

    own = (
        "1) 7\n8) 4500 долларов в месяц до вычета налогов\n11) не уверена\n12) в пятницу\n\n"
        "Отправлено с помощью Proton Mail\n"
    )
    m8 = "4500 долларов в месяц до вычета налогов"
    case(
        "proton_numbered_ru_dollars_in_words",
        "Proton Mail",
        "ru",
        eml("r5v2", part(own + "\n" + quoted("26.11.2026, 15:10, Maya Example <maya@example.org>:"))),
        shape="numbered",
        answers={
            "rating": ("7", 7),
            "money": (m8, money(m8, ("4500", "USD", "month"))),
            "want_job": ("не уверена", "unsure"),
            "hear_back": ("в пятницу", "2026-11-27"),
        },
        forbidden=("Отправлено", "Proton Mail"),
    )

    own = "1. 6\n8. 95k a year base, they quoted it in CHF\n11. Vet ikke ennå\n\nSendt med Proton Mail\n"
    m8 = "95k a year base, they quoted it in CHF"
    case(
        "proton_numbered_en_nb_client_currency_apart",
        "Proton Mail (Norwegian)",
        "en",
        eml(
            "r5v3",
            part(
                own + "\n" + quoted("Den tor. 26. nov. 2026 kl. 15:10 skrev Maya Example <maya@example.org>:")
            ),
        ),
        shape="numbered",
        answers={
            "rating": ("6", 6),
            "money": (m8, money(m8, ("95000", "CHF", "year"))),
            "want_job": ("Vet ikke ennå", "unsure"),
        },
        forbidden=("Sendt med", "skrev"),
    )


def add_history() -> None:
    """Attributions in other locales (mutt, Zoho) and a line announcing a forward under the answers."""
    own = "1) eight\n4) got on well with Raj\n12) next Tuesday\n\n-- \nMaya\n"
    case(
        "neomutt_bottom_local_date_en",
        "NeoMutt",
        "en",
        eml(
            "r5h1",
            part(quoted("* Maya Example <maya@example.org> [Nov 26, 2026 at 15:10]:") + "\n\n" + own),
            mailer="NeoMutt/20231103",
        ),
        shape="numbered",
        answers={
            "rating": ("eight", 8),
            "rapport": ("got on well with Raj", None),
            "hear_back": ("next Tuesday", "2026-12-01"),
        },
        forbidden=("Nov 26, 2026 at 15:10",),
    )

    own = "1. 8/10\n2. la prueba técnica\n12. el lunes\n\n"
    attribution = "---- El jue, 26 nov 2026 15:10:11 +0100 Maya Example <maya@example.org> escribió ---"
    case(
        "zoho_numbered_es_dashed_attribution",
        "Zoho Mail",
        "es",
        eml("r5h2", part(own + attribution + "\n" + "\n".join(f"> {line}" for line in DEBRIEF.split("\n")))),
        shape="numbered",
        answers={
            "rating": ("8/10", 8),
            "went_well": ("la prueba técnica", None),
            "hear_back": ("el lunes", "2026-11-30"),
        },
        forbidden=("escribió ---",),
    )

    own = "1. 7\n12. d'ici mercredi\n\nJe te transfère ci-dessous le mail de Raj, pour mémoire.\n\n"
    forwarded = (
        "Début du message réexpédié :\n\nDe: Raj Patel <raj@example.test>\nObjet: Suite de l'entretien\n"
        "Date: 26 novembre 2026 à 16:40:00 UTC+1\nÀ: Maya Example <maya@example.org>\n\n"
        "Bonjour Maya, merci pour cet échange, nous revenons vers vous rapidement.\n\n"
        + quoted("Le 26 nov. 2026 à 15:10, Maya Example <maya@example.org> a écrit :")
    )
    case(
        "apple_mail_numbered_fr_forward_note",
        "Apple Mail macOS",
        "fr",
        eml("r5h3", part(own + forwarded)),
        shape="numbered",
        answers={"rating": ("7", 7), "hear_back": ("d'ici mercredi", "2026-12-02")},
        forbidden=("Je te transfère", "nous revenons vers vous"),
    )
