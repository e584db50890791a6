"""Development replies for the classes of round 9, in other clients, languages and words than the misses they
stand for: a mobile footer with its verb last in a polite register, and "not clear (to me)" as an unsure; and
footers and disclaimers of clients and languages no set covered (Yandex, Seznam's app, Turkish and Danish
disclaimers)."""

from __future__ import annotations

from tests.eval.replies.dev.dev_helpers import DEBRIEF, ME, case, eml, header_block, money
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


def add_new_footers_and_disclaimers() -> None:
    """App footers of Yandex and Seznam; Turkish and Danish disclaimers right under the last answer."""
    own = "1. 8 из 10\n11. Да, хочу\n12. до пятницы\n\nОтправлено из приложения Яндекс Почта\n\n"
    case(
        "yandex_numbered_ru_app_footer",
        "Yandex Mail",
        "ru",
        eml("r9y1", part(own + quoted(f"26.11.2026, 15:10, {ME} пишет:"))),
        shape="numbered",
        answers={
            "rating": ("8 из 10", 8),
            "want_job": ("Да, хочу", "yes"),
            "hear_back": ("до пятницы", "2026-11-27"),
        },
        forbidden=("Яндекс", "пишет"),
    )

    own = "1. 7\n4. Raj byl velmi přátelský\n12. do pátku\n\nOdesláno z aplikace Seznam Email\n\n"
    case(
        "seznam_numbered_cs_app_footer",
        "Seznam Email app",
        "cs",
        eml("r9y2", part(own + quoted(f"Dne 26. 11. 2026 15:10, {ME} napsal(a):"))),
        shape="numbered",
        answers={
            "rating": ("7", 7),
            "rapport": ("Raj byl velmi přátelský", None),
            "hear_back": ("do pátku", "2026-11-27"),
        },
        forbidden=("Odesláno", "napsal"),
    )

    own = (
        "1. 10 üzerinden 8\n11. Evet\n\n"
        "Bu e-posta ve ekleri gizli bilgiler içerebilir ve yalnızca alıcısına yöneliktir. "
        "Yanlışlıkla aldıysanız lütfen göndericiye bildirip siliniz."
    )
    labels = ("Kimden:", "Gönderildi:", "Kime:", "Konu:")
    body = own + "\n\n" + header_block(labels, "26 Kasım 2026 Perşembe 15:10") + "\n\n" + DEBRIEF
    case(
        "outlook_desktop_numbered_tr_disclaimer",
        "Outlook desktop",
        "tr",
        eml("r9y3", part(body)),
        shape="numbered",
        answers={"rating": ("10 üzerinden 8", 8), "want_job": ("Evet", "yes")},
        forbidden=("gizli bilgiler", "Kimden"),
    )

    own = (
        "1. 6 ud af 10\n12. om to uger\n\n"
        "Denne e-mail er fortrolig og kun beregnet til modtageren. Har du modtaget den ved en fejl, "
        "så slet den venligst.\n\n"
    )
    case(
        "outlook_web_numbered_da_disclaimer",
        "Outlook web",
        "da",
        eml("r9y4", part(own + quoted(f"Den tors. 26. nov. 2026 kl. 15:10 skrev {ME}:"))),
        shape="numbered",
        answers={"rating": ("6 ud af 10", 6), "hear_back": ("om to uger", "2026-12-10")},
        forbidden=("fortrolig", "skrev"),
    )


def add_header_labels() -> None:
    """English answers over Outlook header blocks in Slovak and Vietnamese labels and a '>'-quoted original."""
    own = "1. 9\n4. Jane was very kind\n\n"
    labels = ("Od:", "Odoslané:", "Komu:", "Predmet:")
    body = own + header_block(labels, "štvrtok 26. novembra 2026 15:10") + "\n\n" + quoted("")
    case(
        "outlook_desktop_numbered_en_sk_header_over_quote",
        "Outlook desktop",
        "en",
        eml("r9h1", part(body)),
        shape="numbered",
        answers={"rating": ("9", 9), "rapport": ("Jane was very kind", None)},
        forbidden=("Odoslané", "Predmet"),
    )

    own = "1. 8/10\n8. $95k a year\n\n"
    labels = ("Từ:", "Đã gửi:", "Đến:", "Chủ đề:")
    body = own + header_block(labels, "Thứ Năm, 26 tháng 11, 2026 15:10") + "\n\n" + quoted("")
    case(
        "outlook_desktop_numbered_en_vi_header_over_quote",
        "Outlook desktop",
        "en",
        eml("r9h2", part(body)),
        shape="numbered",
        answers={
            "rating": ("8/10", 8),
            "money": ("$95k a year", money("$95k a year", ("95000", "USD", "year"))),
        },
        forbidden=("Đã gửi", "Chủ đề"),
    )
