"""Reply shapes of round 11: sign-offs, footers, header labels and attributions in thirty-odd languages."""

from __future__ import annotations

from datetime import date

import pytest

from followupd.domain.questionnaire import DEFAULT_QUESTIONS
from followupd.domain.replies import ParsedReply, parse_text
from followupd.domain.replies.dates import read_date
from followupd.domain.replies.quotes import Line, history_start, is_disclaimer, is_signature, split_lines

D0 = date(2026, 11, 26)
ME = "Maya Example <maya@example.org>"
QUESTIONS = [q.text for q in DEFAULT_QUESTIONS.questions]
QUOTED = "\n".join(["> Hi Maya,", ">"] + [f"> {n}. {q}\n>" for n, q in enumerate(QUESTIONS, 1)])
ATTRIBUTION = f"On Thu, 26 Nov 2026 at 15:10, {ME} wrote:"
ANSWERS = {"rating": "7/10", "hear_back": "next Friday"}


def parse(text: str) -> ParsedReply:
    return parse_text(
        text,
        questionnaire=DEFAULT_QUESTIONS,
        interview_date=D0,
        own_addresses=("maya@example.org",),
        own_names=("Maya Example",),
    )


def answers_and_notes(text: str) -> tuple[dict[str, str], str]:
    reply = parse(text)
    return {a.question_id: a.text for a in reply.answers}, reply.free_notes


# Sign-offs ending in a comma that no word list held: the shape tells them (a few words and a comma opening the
# last paragraph, over her name, a signature block or nothing)
COMMA_CLOSINGS = [
    "Com os melhores cumprimentos,",  # pt-PT
    "Melhores cumprimentos,",
    "Abs,",  # pt-BR
    "Saudações,",
    "Salutacions cordials,",  # ca
    "Una abraçada,",
    "Un saúdo,",  # gl
    "Moitas grazas,",
    "Mila esker,",  # eu
    "Ondo izan,",
    "S úctou,",  # sk
    "Pekný deň,",
    "Hvala lepa,",  # sl
    "S poštovanjem,",  # hr
    "Lijepi pozdrav,",
    "Срдачан поздрав,",  # sr
    "Хвала пуно,",
    "С уважение,",  # bg
    "Хубав ден,",
    "Всего наилучшего,",  # ru
    "Хорошего дня,",
    "З найкращими побажаннями,",  # uk
    "Гарного дня,",
    "Su pagarba,",  # lt
    "Geros dienos,",
    "Ar labiem vēlējumiem,",  # lv
    "Sveicieni,",
    "Parimate soovidega,",  # et
    "Kõike head,",
    "בברכה,",  # he
    "תודה רבה,",
    "مع خالص التحية،",  # ar
    "شكراً جزيلاً،",
    "با احترام،",  # fa
    "با سپاس،",
    "सादर,",  # hi
    "शुभकामनाओं सहित,",
    "Thân ái,",  # vi
    "Cảm ơn bạn,",
    "Hormat saya,",  # id
    "Salam hangat,",
    "Salam sejahtera,",  # ms
    "Lubos na gumagalang,",  # tl
    "Maraming salamat,",
    "Kila la heri,",  # sw
    "Asante sana,",
    "Yours faithfully,",  # en
    "Thanks & regards,",
    "Herzlichst,",  # de
    "Bonne fin de journée,",  # fr
    "Quedo atenta,",  # es
    "Un caro saluto,",  # it
    "Parhain terveisin,",  # fi
    "Serdecznie pozdrawiam,",  # pl
    "Köszönettel,",  # hu
    "Sevgiler,",  # tr
]
# Sign-offs people write without a comma, which only a word list tells
BARE_CLOSINGS = [
    "Com os melhores cumprimentos",
    "Att.",
    "ขอบคุณค่ะ",
    "ขอบคุณมากครับ",
    "ขอแสดงความนับถือ",
    "ด้วยความเคารพ",
    "धन्यवाद",
    "בברכה",
    "تحياتي",
    "با احترام",
    "Salam",
    "Asante",
    "以上、よろしくお願いいたします。",
    "수고하세요.",
    "此致敬礼",
    "A+",
]
UNDER_THE_CLOSING = ["Maya", "Maya Example\nSenior Engineer\n+49 30 1234567\nexample.org", ""]


@pytest.mark.parametrize("under", UNDER_THE_CLOSING, ids=["name", "signature-block", "nothing"])
@pytest.mark.parametrize("closing", COMMA_CLOSINGS + BARE_CLOSINGS)
def test_a_closing_in_any_language_is_not_part_of_the_last_answer(closing: str, under: str) -> None:
    """A sign-off under the answers, over her name, a signature block or nothing, leaves the last answer."""
    closing_block = f"{closing}\n{under}" if under else closing
    text = f"1. 7/10\n12. next Friday\n\n{closing_block}\n\n{ATTRIBUTION}\n{QUOTED}"
    assert (ANSWERS, "") == answers_and_notes(text)


@pytest.mark.parametrize(
    "closing", ["Com os melhores cumprimentos, Maya", "Su pagarba, Maya", "Salam hangat, Maya", "सादर, Maya"]
)
def test_a_closing_with_her_name_on_the_same_line_is_not_part_of_the_last_answer(closing: str) -> None:
    text = f"1. 7/10\n12. next Friday\n\n{closing}\n\n{ATTRIBUTION}\n{QUOTED}"
    assert (ANSWERS, "") == answers_and_notes(text)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Overall,\nthe team was great",
        "Honestly,\nI am not sure yet",
        "In short,\nyes",
        "Best part was the team",
        "Saludos a todos fue el lema",
        "Salam Raj sangat mesra",
        "Thân thiện và cởi mở",
        "Grata pela conversa com a Jane",
        "Asante kwa timu ilikuwa nzuri",
        "特に、\nチームの雰囲気が良かった",
        "另外，\n团队很好",
    ],
)
def test_a_closing_word_or_a_comma_inside_her_writing_stays(paragraph: str) -> None:
    """The comma shape needs a name (or nothing) under it; a sign-off word needs a name (or nothing) after it."""
    answers, notes = answers_and_notes(f"1. 7/10\n4. Good\n\n{paragraph}\n\n{ATTRIBUTION}\n{QUOTED}")
    assert paragraph == answers.get("rapport", "").removeprefix("Good\n\n") or paragraph == notes


@pytest.mark.parametrize(
    "footer",
    [
        "Nire iPhonetik bidalia",
        "تم الإرسال من iPhone الخاص بي",
        "ارسال شده از آیفون من",
        "मेरे iPhone से भेजा गया",
        "Samsung Galaxy स्मार्टफ़ोन से भेजा गया",
        "Ipinadala mula sa aking iPhone",
        "Imetumwa kutoka kwa iPhone yangu",
        "Holen Sie sich Outlook für Android",
        "Nabavite Outlook za Android",
        "Dapatkan Outlook untuk Android",
        "Tải Outlook dành cho Android",
        "รับ Outlook สำหรับ Android",
        "קבל את Outlook עבור Android",
        "Pata Outlook ya Android",
        "Outlook for Android را دریافت کنید",
        "Android के लिए Outlook प्राप्त करें",
        "Získajte Outlook pre iOS",
        "Λήψη του Outlook για iOS",
        "Gaukite „Outlook“, skirtą „iOS“",
        "Az Outlook beszerzése iOS rendszerre",
        "Hankige Outlook iOS-i jaoks",
        "Lortu Outlook iOS-erako",
        "Obteniu l'Outlook per a iOS",
        "Kunin ang Outlook para sa iOS",
        "获取 iOS 版 Outlook",
        "iOS版Outlookを入手",
        "Poslané z môjho Galaxy",
    ],
)
def test_a_mobile_footer_in_more_languages_is_a_signature(footer: str) -> None:
    assert is_signature(Line(0, footer))


@pytest.mark.parametrize(
    "sentence",
    [
        "We talked about Outlook and iOS",
        "The team builds Outlook features for iOS",
        "Outlook was discussed; they build apps for iOS and Android mostly",
    ],
)
def test_a_sentence_naming_outlook_and_a_platform_is_no_footer(sentence: str) -> None:
    assert not is_signature(Line(0, sentence))


@pytest.mark.parametrize(
    "disclaimer",
    [
        "Esta mensaxe é confidencial e vai dirixida só á persoa destinataria.",
        "Mezu hau konfidentziala da eta hartzaileak soilik irakur dezake.",
        "Ова порука је поверљива и намењена је само примаоцу.",
        "Този имейл е поверителен и е предназначен само за получателя.",
        "Ця електронна пошта є конфіденційною.",
        "این ایمیل محرمانه است و فقط برای گیرنده ارسال شده است.",
        "यह ईमेल गोपनीय है और केवल प्राप्तकर्ता के लिए है।",
        "อีเมลนี้เป็นความลับและมีไว้สำหรับผู้รับเท่านั้น",
        "Ang email na ito ay kumpidensyal at para lamang sa tatanggap.",
        "Barua pepe hii na viambatisho vyake ni siri.",
    ],
)
def test_a_disclaimer_in_more_languages_ends_her_text(disclaimer: str) -> None:
    assert is_disclaimer(Line(0, disclaimer))


@pytest.mark.parametrize(
    "sentence",
    ["Ова порука је кратка", "Mezu hau laburra da", "Esta mensaxe é curta", "Barua pepe hii ni fupi"],
)
def test_this_message_in_a_sentence_of_hers_is_no_disclaimer(sentence: str) -> None:
    assert not is_disclaimer(Line(0, sentence))


@pytest.mark.parametrize(
    "labels",
    [
        ("จาก:", "ส่ง:", "ถึง:", "เรื่อง:"),
        ("Nork:", "Noiz:", "Nori:", "Gaia:"),
        ("Од:", "Послато:", "За:", "Тема:"),
        ("No:", "Nosūtīts:", "Kam:", "Tēma:"),
        ("از:", "ارسال شده:", "به:", "موضوع:"),
        ("प्रेषक:", "भेजा गया:", "प्रति:", "विषय:"),
        ("Daripada:", "Dihantar:", "Kepada:", "Subjek:"),
        ("Mula kay:", "Ipinadala:", "Para kay:", "Paksa:"),
        ("Kutoka:", "Imetumwa:", "Kwa:", "Mada:"),
    ],
)
def test_outlook_header_labels_in_more_languages_start_the_history(labels: tuple[str, ...]) -> None:
    values = (ME, "26.11.2026 15:10", ME, "Debrief")
    block = "\n".join(f"{label} {value}" for label, value in zip(labels, values, strict=True))
    assert history_start(split_lines(f"1. 7/10\n\n{block}\n\nHi Maya,"), 2)


@pytest.mark.parametrize(
    "attribution",
    [
        "O xov., 26 de nov. de 2026 ás 15:10, Maya Example escribiu:",
        f"{ME} erabiltzaileak hau idatzi du (2026 az. 26, og., 15:10):",
        f"Dňa št 26. 11. 2026 o 15:10 {ME} napísal(a):",
        f"čet, 26. stu 2026. u 15:10 {ME} je napisao/la:",
        "чет, 26. нов 2026. у 15:10 Maya Example је написао/ла:",
        "На чт, 26.11.2026 г. в 15:10 Maya Example написа:",
        "ceturtd., 2026. g. 26. nov., plkst. 15:10 Maya Example rakstīja:",
        "در تاریخ پنجشنبه ۲۶ نوامبر ۲۰۲۶، ۱۵:۱۰ Maya Example نوشت:",
        "गुरु, 26 नव॰ 2026 को 15:10 बजे Maya Example ने लिखा:",
        "เมื่อ พฤ. 26 พ.ย. 2026 เวลา 15:10 Maya Example เขียนว่า:",
        "Noong Huwebes, Nob 26, 2026 nang 15:10, sumulat si Maya Example:",
        "Mnamo Alhamisi, 26 Nov 2026 saa 15:10, Maya Example aliandika:",
    ],
)
def test_an_attribution_in_more_languages_starts_the_history(attribution: str) -> None:
    text = f"1. 7/10\n12. next Friday\n\n{attribution}\n{QUOTED}"
    assert history_start(split_lines(text), 3)
    assert (ANSWERS, "") == answers_and_notes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in der ersten Dezemberwoche", date(2026, 12, 4)),
        ("in der zweiten Januarwoche", date(2027, 1, 8)),
        ("die letzte Dezember-Woche", date(2026, 12, 25)),
    ],
)
def test_german_month_weeks_written_as_one_word_are_read(text: str, expected: date) -> None:
    assert expected == read_date(text, D0)
