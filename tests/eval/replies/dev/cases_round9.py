"""Development replies for the classes of round 9, in other clients, languages and words than the misses they
stand for: a mobile footer with its verb last in a polite register, and "not clear (to me)" as an unsure."""

from __future__ import annotations

from tests.eval.replies.dev.dev_helpers import DEBRIEF, ME, case, eml
from tests.fixtures.replies.make_fixtures import part


def quoted(attribution: str) -> str:
    return attribution + "\n" + "\n".join(f"> {line}" if line else ">" for line in DEBRIEF.split("\n"))


def add_footers() -> None:
    """A Korean Naver reply whose footer ends in '전송되었습니다'; a Vietnamese iPhone footer under English answers."""
    own = "1. 8/10\n11. 네\n12. 다음 주 금요일\n\n갤럭시 휴대폰에서 전송되었습니다.\n\n"
    case(
        "naver_numbered_ko_polite_footer",
        "Naver Mail",
        "ko",
        eml("r9f1", part(own + quoted(f"2026년 11월 26일 (목) 오후 3:10, {ME}님이 작성:"))),
        shape="numbered",
        answers={
            "rating": ("8/10", 8),
            "want_job": ("네", "yes"),
            "hear_back": ("다음 주 금요일", "2026-12-04"),
        },
        forbidden=("전송되었습니다", "님이 작성"),
    )

    own = "1. 7\n4. Raj was warm, Jane more reserved\n12. by Wednesday\n\nĐược gửi từ iPhone của tôi\n\n"
    case(
        "iphone_numbered_en_vi_footer",
        "iPhone Mail",
        "en",
        eml("r9f2", part(own + quoted(f"On 26 Nov 2026, at 15:10, {ME} wrote:"))),
        shape="numbered",
        answers={
            "rating": ("7", 7),
            "rapport": ("Raj was warm, Jane more reserved", None),
            "hear_back": ("by Wednesday", "2026-12-02"),
        },
        forbidden=("gửi từ",),
    )


def add_not_clear() -> None:
    """'Not clear to me' said in Italian and German: unsure, not no."""
    own = "1) 6\n11) Non ho ancora le idee chiare\n12) entro venerdì\n\n"
    case(
        "outlook_ios_numbered_it_not_clear",
        "Outlook iOS",
        "it",
        eml("r9n1", part(own + quoted(f"Il giorno gio 26 nov 2026 alle 15:10 {ME} ha scritto:"))),
        shape="numbered",
        answers={
            "rating": ("6", 6),
            "want_job": ("Non ho ancora le idee chiare", "unsure"),
            "hear_back": ("entro venerdì", "2026-11-27"),
        },
        forbidden=("ha scritto",),
    )

    own = "1. 7 von 10\n11. Ist mir noch nicht klar, eher ja\n\n"
    case(
        "gmx_numbered_de_not_clear",
        "GMX",
        "de",
        eml("r9n2", part(own + quoted(f"Am 26.11.2026 um 15:10 schrieb {ME}:"))),
        shape="numbered",
        answers={
            "rating": ("7 von 10", 7),
            "want_job": ("Ist mir noch nicht klar, eher ja", "unsure"),
        },
        forbidden=("schrieb",),
    )
