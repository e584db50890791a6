"""Reply shapes of round 6: numbers alone on a line over their answers, weekdays with Turkish and Hungarian case
endings, amounts in East Asian numerals and units, the krona told by its language, and a greeting before a line
that points at the answers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from followupd.domain.questionnaire import DEFAULT_QUESTIONS
from followupd.domain.replies import (
    Amount,
    ParsedReply,
    WantJob,
    parse_text,
    read_date,
    read_money,
    read_rating,
    read_want_job,
)

D0 = date(2026, 11, 26)  # a Thursday
QUESTIONS = [q.text for q in DEFAULT_QUESTIONS.questions]
QUOTED = "\n".join(
    ["> Hi Maya,", ">"]
    + [f"> {n}. {q}\n>" for n, q in enumerate(QUESTIONS, 1)]
    + ["> Skip anything you like; a later reply fills in or replaces single answers.", "> -- ", "> followupd"]
)
ATTRIBUTION = "On Thu, 26 Nov 2026 at 15:10, followupd <followupd@example.org> wrote:"


def parse(text: str) -> ParsedReply:
    return parse_text(
        text,
        questionnaire=DEFAULT_QUESTIONS,
        interview_date=D0,
        own_addresses=("maya@example.org",),
        own_names=("Maya Example",),
    )


def answers(reply: ParsedReply) -> dict[str, str]:
    return {a.question_id: a.text for a in reply.answers}


def test_numbers_alone_on_their_lines_mark_the_answers_under_them() -> None:
    reply = parse(f"1\n8\n\n3\nthe whiteboard part\n\n11\nyes\n\n{ATTRIBUTION}\n{QUOTED}")
    assert {"rating": "8", "went_badly": "the whiteboard part", "want_job": "yes"} == answers(reply)
    assert "numbered" == reply.shape


def test_numbers_alone_may_run_over_several_lines_of_answer() -> None:
    reply = parse(f"2\nthe system design part\nand lunch with Raj\n\n12\nFriday\n\n{ATTRIBUTION}\n{QUOTED}")
    assert {"went_well": "the system design part\nand lunch with Raj", "hear_back": "Friday"} == answers(
        reply
    )


@pytest.mark.parametrize(
    "own",
    [
        "7\nIt went fine overall.\n\nWill write more later.",  # a lone number over a sentence, once
        "3\nrounds in total\n\n2\nof them technical",  # numbers that fall: counts, not questions
    ],
)
def test_a_number_alone_once_or_falling_is_not_a_marker(own: str) -> None:
    reply = parse(f"{own}\n\n{ATTRIBUTION}\n{QUOTED}")
    assert {} == answers(reply)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cumaya kadar", date(2026, 11, 27)),
        ("çarşambaya kadar dönecekler", date(2026, 12, 2)),
        ("haftaya", date(2026, 12, 4)),
        ("önümüzdeki hafta", date(2026, 12, 4)),
        ("péntekig", date(2026, 11, 27)),
        ("kedden hívnak", date(2026, 12, 1)),
        ("jövő héten", date(2026, 12, 4)),
        ("jövő szerdán", date(2026, 12, 2)),
    ],
)
def test_weekdays_with_turkish_and_hungarian_case_endings(text: str, expected: date) -> None:
    assert expected == read_date(text, D0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("月薪两万二", Amount(Decimal("22000"), "CNY", "month")),
        ("年薪三十万左右", Amount(Decimal("300000"), "CNY", "year")),
        ("一万五千元一个月", Amount(Decimal("15000"), "CNY", None)),
        ("年収六百万円", Amount(Decimal("6000000"), "JPY", "year")),
        ("月給三十五万", Amount(Decimal("350000"), "JPY", "month")),
        ("연봉 5천만 원", Amount(Decimal("50000000"), "KRW", "year")),
        ("월급 350만원", Amount(Decimal("3500000"), "KRW", "month")),
        ("연봉 1억 2천만", Amount(Decimal("120000000"), "KRW", "year")),
    ],
)
def test_amounts_in_east_asian_numerals_and_units(text: str, expected: Amount) -> None:
    money = read_money(text)
    assert money is not None
    assert (expected,) == money.amounts
    assert text == money.text


@pytest.mark.parametrize("text", ["千万别提钱", "万一他们不给呢"])
def test_words_made_of_number_characters_are_not_amounts(text: str) -> None:
    assert read_money(text) is None


@pytest.mark.parametrize(
    ("text", "context", "currency"),
    [
        ("52.000 kr. om måneden", "", "DKK"),
        ("600 000 kr i året, årslønn", "", "NOK"),
        ("45 000 kr i månaden", "", "SEK"),
        ("38 000 kr", "", "SEK"),
        ("38 000 kr", "Det gik fint, især samtalen med Jane. Jeg vil gerne have jobbet.", "DKK"),
        ("38 000 kr", "Det gick bra, jag vill ha jobbet.", "SEK"),
    ],
)
def test_kr_is_the_krona_or_krone_its_words_speak(text: str, context: str, currency: str) -> None:
    money = read_money(text, context=context)
    assert money is not None
    assert (currency,) == tuple(a.currency for a in money.amounts)


def test_the_rest_of_the_reply_tells_a_bare_kr_amount_danish() -> None:
    reply = parse(f"1. 7\n8. 41.000 kr\n11. Jeg ved det ikke endnu\n\n{ATTRIBUTION}\n{QUOTED}")
    money = next(a.value for a in reply.answers if a.question_id == "money")
    assert ("DKK",) == tuple(a.currency for a in money.amounts)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "pointer",
    [
        "Hola, respuestas abajo.",
        "Hej! Svar nedan.",
        "Ciao, risposte qui sotto",
        "Merhaba, cevaplar aşağıda",
        "Salut, les réponses sont dessous.",
    ],
)
def test_a_greeting_before_a_pointer_to_the_answers_is_no_note(pointer: str) -> None:
    inline = QUOTED.replace("> 1. " + QUESTIONS[0], "> 1. " + QUESTIONS[0] + "\n\n8\n")
    reply = parse(f"{pointer}\n\n{ATTRIBUTION}\n{inline}")
    assert {"rating": "8"} == answers(reply)
    assert "" == reply.free_notes


@pytest.mark.parametrize(
    ("first", "fourth"),
    [("1 — ", "4 — "), ("① ", "④ "), ("1️⃣ ", "4️⃣ "), ("[1] ", "[4] ")],
)
def test_em_dash_bracketed_circled_and_keycap_numbers_are_markers(first: str, fourth: str) -> None:
    reply = parse(f"{first}8\n{fourth}easy to talk to\n\n{ATTRIBUTION}\n{QUOTED}")
    assert {"rating": "8", "rapport": "easy to talk to"} == answers(reply)


def test_a_keycap_ten_marks_question_ten() -> None:
    reply = parse(f"1️⃣ 6\n🔟 better than the other two\n\n{ATTRIBUTION}\n{QUOTED}")
    assert {"rating": "6", "vs_others": "better than the other two"} == answers(reply)


@pytest.mark.parametrize(
    "closing",
    [
        "Met groet,\nMaya",
        "Με εκτίμηση,\nΜάγια",
        "Saygılar\nMaya",
        "Hezký den\nMaya",
        "Tervehdys, Maya",
        "Baci\nMaya",
        "Üdv,\nMaya",
        "Kind regards | Maya",
        "Groeten · Maya",
    ],
)
def test_more_sign_offs_end_the_last_answer(closing: str) -> None:
    reply = parse(f"1. 7\n6. the product\n\n{closing}\n\n{ATTRIBUTION}\n{QUOTED}")
    assert {"rating": "7", "company": "the product"} == answers(reply)


@pytest.mark.parametrize(
    "footer",
    [
        "Get BlueMail for Android",
        "Enviat des del meu iPhone",
        "Poslano s mog iPhonea",
        "Küldve iPhone-ról",
        "Στάλθηκε από το iPhone μου",
    ],
)
def test_more_mobile_footers_end_the_last_answer(footer: str) -> None:
    reply = parse(f"1. 7\n6. the product\n\n{footer}\n\n{ATTRIBUTION}\n{QUOTED}")
    assert {"rating": "7", "company": "the product"} == answers(reply)


def test_a_last_line_that_asks_for_something_on_android_stays_an_answer() -> None:
    reply = parse(f"1. 7\n6. the product\n\nGet back to me on the Android port\n\n{ATTRIBUTION}\n{QUOTED}")
    assert "the product\n\nGet back to me on the Android port" == answers(reply)["company"]


@pytest.mark.parametrize(
    "attribution",
    [
        "Pada tanggal Kam, 26 Nov 2026 pukul 15.10 followupd <followupd@example.org> menulis:",
        "Vào Th 5, 26 thg 11, 2026 vào lúc 15:10 followupd <followupd@example.org> đã viết:",
        "čet, 26. stu 2026. u 15:10 followupd <followupd@example.org> je napisao:",
    ],
)
def test_attributions_in_indonesian_vietnamese_and_croatian_start_history(attribution: str) -> None:
    reply = parse(f"1. 7\n6. the product\n\n{attribution}\n{QUOTED}")
    assert {"rating": "7", "company": "the product"} == answers(reply)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Igen, szívesen", WantJob.yes),
        ("Nem.", WantJob.no),
        ("még nem tudom", WantJob.unsure),
        ("Ναι, σίγουρα", WantJob.yes),
        ("Μάλλον όχι", WantJob.no),
        ("Δεν είμαι σίγουρη", WantJob.unsure),
        ("Da, dar salariul e mic", WantJob.yes),
        ("Nu.", WantJob.no),
        ("Nu sunt încă sigură", WantJob.unsure),
    ],
)
def test_want_job_in_hungarian_greek_and_romanian(text: str, expected: WantJob) -> None:
    assert expected == read_want_job(text)


@pytest.mark.parametrize("text", ["Da valutare con calma", "Nu even niet druk"])
def test_da_and_nu_inside_other_languages_sentences_say_nothing(text: str) -> None:
    assert read_want_job(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("până joi", date(2026, 12, 3)),
        ("săptămâna viitoare", date(2026, 12, 4)),
        ("vinerea viitoare", date(2026, 12, 4)),
        ("în 2 luni", date(2027, 1, 26)),
        ("μέχρι την Τετάρτη", date(2026, 12, 2)),
        ("την επόμενη εβδομάδα", date(2026, 12, 4)),
        ("την επόμενη Δευτέρα", date(2026, 11, 30)),
    ],
)
def test_hear_back_in_romanian_and_greek(text: str, expected: date) -> None:
    assert expected == read_date(text, D0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("șapte din zece", 7.0),
        ("nyolc", 8.0),
        ("hét a tízből", 7.0),
        ("επτά στα δέκα", 7.0),
        ("έξι από δέκα", 6.0),
    ],
)
def test_ratings_in_romanian_hungarian_and_greek_words(text: str, expected: float) -> None:
    assert expected == read_rating(text)[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("havi bruttó 850 ezer forint", Amount(Decimal("850000"), "HUF", "month")),
        ("évi 11 millió Ft", Amount(Decimal("11000000"), "HUF", "year")),
        ("7 mii lei net pe lună", Amount(Decimal("7000"), "RON", "month")),
        ("2800 ευρώ μικτά το μήνα", Amount(Decimal("2800"), "EUR", "month")),
        ("ετήσιος μισθός 35 χιλ. ευρώ", Amount(Decimal("35000"), "EUR", "year")),
    ],
)
def test_money_in_hungarian_romanian_and_greek(text: str, expected: Amount) -> None:
    money = read_money(text)
    assert money is not None
    assert (expected,) == money.amounts


@pytest.mark.parametrize(
    ("first", "fourth"),
    [
        ("Zu 1: ", "Zu 4: "),
        ("Ad 1) ", "Ad 4) "),
        ("Re: 1. ", "Re: 4. "),
        ("Otázka 1: ", "Otázka 4: "),
        ("Soru 1: ", "Soru 4: "),
        ("Вопрос 1: ", "Вопрос 4: "),
        ("質問1：", "質問4："),
        ("第1题：", "第4题："),
        ("1번: ", "4번: "),
        ("1ª pregunta: ", "4ª pregunta: "),
    ],
)
def test_answer_numbers_with_a_word_before_or_after_them(first: str, fourth: str) -> None:
    reply = parse(f"{first}8\n{fourth}easy to talk to\n\n{ATTRIBUTION}\n{QUOTED}")
    assert {"rating": "8", "rapport": "easy to talk to"} == answers(reply)


def test_zu_in_a_sentence_is_not_a_marker() -> None:
    reply = parse(f"1. 7\n4. gut\nZu 2 Leuten sehr gut\n\n{ATTRIBUTION}\n{QUOTED}")
    assert {"rating": "7", "rapport": "gut\nZu 2 Leuten sehr gut"} == answers(reply)
