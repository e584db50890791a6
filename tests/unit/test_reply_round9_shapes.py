"""Reply shapes of round 9: footers with the verb last, "not clear (to me)", more footers, disclaimers, headers."""

from __future__ import annotations

from datetime import date

import pytest

from followupd.domain.questionnaire import DEFAULT_QUESTIONS
from followupd.domain.replies import WantJob, parse_text, read_want_job
from followupd.domain.replies.quotes import Line, is_disclaimer, is_signature


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


@pytest.mark.parametrize(
    "text",
    [
        "Отправлено из приложения Яндекс Почта",
        "Отправлено с мобильного устройства",
        "Odesláno z aplikace Seznam Email",
        "Wysłane z aplikacji Poczta Onet",
        "Odoslané z môjho iPhonu",
        "Изпратено от моя iPhone",
        "iPhone-ról küldve",
        "Išsiųsta iš mano iPhone",
        "iOS용 Outlook 받기",
        "由 iPhone 发送",
        "寄件者為我的 iPhone",
        "Sent with Shortwave",
        "Sent from Nine",
    ],
)
def test_app_and_device_footers_of_more_clients_and_languages_end_her_text(text: str) -> None:
    assert True is is_signature(Line(0, text))


def test_a_sentence_about_the_hours_is_no_footer() -> None:
    assert False is is_signature(Line(0, "Sent from nine to five, every day"))


@pytest.mark.parametrize(
    "text",
    [
        "Denne e-mail er fortrolig og kun beregnet til modtageren.",
        "Denne e-posten kan inneholde konfidensiell informasjon.",
        "Tento e-mail je důvěrný.",
        "Tämä sähköposti voi sisältää luottamuksellista tietoa.",
        "Ez az e-mail bizalmas információt tartalmaz.",
        "Bu e-posta ve ekleri gizli bilgiler içerebilir.",
        "Это сообщение и все вложения конфиденциальны.",
        "Цей лист містить конфіденційну інформацію.",
        "Acest e-mail este confidențial.",
        "Το παρόν μήνυμα είναι εμπιστευτικό.",
        "본 메일은 발신자의 허가 없이 배포할 수 없습니다.",
        "IMPORTANT: This email is confidential.",
        "Aviso de confidencialidad: este mensaje es privado.",
        "Vertraulichkeitshinweis: Diese Nachricht ist vertraulich.",
        "本邮件可能包含保密信息。",
    ],
)
def test_legal_disclaimers_in_more_languages_end_her_text(text: str) -> None:
    assert True is is_disclaimer(Line(0, text))


@pytest.mark.parametrize(
    "text", ["Это сообщение и так понятно", "Denne uge var travl", "Important: the team"]
)
def test_sentences_opening_like_a_disclaimer_stay_hers(text: str) -> None:
    assert False is is_disclaimer(Line(0, text))


QUOTED_DEBRIEF = "> Hi Maya,\n>\n> 1. How did it go overall? (1-10)\n>\n> 4. How was the rapport?"


@pytest.mark.parametrize(
    "labels",
    [
        ("Od:", "Odoslané:", "Komu:", "Predmet:"),
        ("Šalje:", "Poslano:", "Prima:", "Predmet:"),
        ("Từ:", "Đã gửi:", "Đến:", "Chủ đề:"),
        ("Dari:", "Terkirim:", "Kepada:", "Perihal:"),
        ("Frá:", "Sent:", "Til:", "Efni:"),
        ("Nuo:", "Išsiųsta:", "Kam:", "Tema:"),
        ("מאת:", "נשלח:", "אל:", "נושא:"),
        ("من:", "تم الإرسال:", "إلى:", "الموضوع:"),
    ],
)
def test_an_outlook_header_block_in_more_languages_starts_the_history(
    labels: tuple[str, str, str, str],
) -> None:
    values = (
        "Jane Doe <jane@example.test>",
        "26.11.2026 15:10",
        "Maya Example <maya@example.org>",
        "Debrief",
    )
    block = "\n".join(f"{label} {value}" for label, value in zip(labels, values, strict=True))
    reply = parse_text(
        f"1. 7\n4. Raj was friendly\n\n{block}\n\n{QUOTED_DEBRIEF}",
        questionnaire=DEFAULT_QUESTIONS,
        interview_date=date(2026, 11, 26),
        own_addresses=("maya@example.org",),
    )
    assert {"rating": "7", "rapport": "Raj was friendly"} == {a.question_id: a.text for a in reply.answers}
