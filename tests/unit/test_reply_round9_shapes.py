"""Reply shapes of round 9: mobile footers with the verb last in any register, and "not clear (to me)"."""

from __future__ import annotations

import pytest

from followupd.domain.replies import WantJob, read_want_job
from followupd.domain.replies.quotes import Line, is_signature


@pytest.mark.parametrize(
    "text",
    [
        "Samsung Galaxy 스마트폰에서 보냈습니다.",
        "갤럭시 휴대폰에서 전송되었습니다.",
        "아이폰에서 보낸 메일",
        "iPhoneより送信",
        "Được gửi từ iPhone của tôi",
        "Dikirim dari iPhone saya",
        "נשלח מה-iPhone שלי",
    ],
)
def test_a_mobile_footer_in_these_languages_and_registers_ends_her_text(text: str) -> None:
    assert True is is_signature(Line(0, text))


@pytest.mark.parametrize(
    "text", ["회사에서 보냈습니다", "다음 주에 보냈습니다", "Tôi gửi từ văn phòng", "Saya kirim dari rumah"]
)
def test_a_sentence_saying_where_she_sent_from_without_a_device_is_no_footer(text: str) -> None:
    assert False is is_signature(Line(0, text))


@pytest.mark.parametrize(
    "text",
    [
        "No lo tengo claro",
        "Aún no lo tengo nada claro",
        "Not clear to me yet",
        "Still unclear",
        "Ce n'est pas encore clair",
        "Ist mir noch nicht klar, eher ja",
        "Het is me nog niet duidelijk",
        "Non ho ancora le idee chiare",
        "Non mi è chiaro",
        "Ainda não está claro",
        "Det är inte helt klart",
        "Nie jest dla mnie jasne",
        "Пока не ясно",
        "Ještě není jasné",
        "Henüz belli değil",
    ],
)
def test_not_clear_to_me_is_unsure(text: str) -> None:
    assert WantJob.unsure == read_want_job(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [("Sí, claro", WantJob.yes), ("Klar, ja!", WantJob.yes), ("Yes, though the pay is unclear", WantJob.yes)],
)
def test_clear_as_yes_and_a_yes_before_not_clear_keep_their_reading(text: str, want: WantJob) -> None:
    assert want == read_want_job(text)
