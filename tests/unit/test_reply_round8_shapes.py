"""Reply shapes of round 8: a footer with its link glued to any word, a last line naming a mail or note below,
the kind of pay between an amount and its period, and a weekday followed by the date that says which one."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from followupd.domain.questionnaire import DEFAULT_QUESTIONS
from followupd.domain.replies import Amount, ParsedReply, parse_text, read_date, read_money
from followupd.domain.replies.quotes import is_signature, split_lines

D0 = date(2026, 11, 26)  # a Thursday
QUESTIONS = [q.text for q in DEFAULT_QUESTIONS.questions]
QUOTED = "\n".join(
    ["> Hi Maya,", ">"]
    + [f"> {n}. {q}\n>" for n, q in enumerate(QUESTIONS, 1)]
    + ["> Skip anything you like; a later reply fills in or replaces single answers.", "> -- ", "> followupd"]
)
ATTRIBUTION = "On Thu, 26 Nov 2026 at 15:10, followupd <followupd@example.org> wrote:"
FORWARD = (
    "---------- Forwarded message ---------\nFrom: Raj Patel <raj@example.test>\nDate: Thu, 26 Nov 2026\n"
    "Subject: Next steps\nTo: Maya Example <maya@example.org>\n\nHi Maya, thanks for today.\n\nRaj"
)


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


@pytest.mark.parametrize(
    "footer",
    [
        "Outlook für Android herunterladen<https://aka.example/ab12>",
        "Télécharger Outlook pour iOS<https://aka.example/cd34>",
        "Get Outlook for Android<https://aka.example/ef56?utm_source=mail&utm_medium=footer&utm_campaign=mobile-app-2026>",
        "Skaffa Outlook för iOS <https://aka.example/gh78>",
        "Sent from my Galaxy [https://www.example.test/app]",
    ],
)
def test_a_mobile_footer_is_one_wherever_its_link_is_glued(footer: str) -> None:
    assert is_signature(split_lines(footer)[0])


def test_a_sentence_with_a_link_is_no_footer() -> None:
    assert not is_signature(split_lines("Raj sent the offer letter<https://example.test/offer> today")[0])


def test_a_glued_footer_link_stays_out_of_the_last_answer() -> None:
    reply = parse(
        f"1. 8\n12. vrijdag\n\nOutlook voor Android downloaden<https://aka.example/x1>\n\n{ATTRIBUTION}\n{QUOTED}"
    )
    assert {"rating": "8", "hear_back": "vrijdag"} == answers(reply)
    assert "downloaden" not in reply.free_notes + reply.own_text


@pytest.mark.parametrize(
    "note",
    [
        "Jane's email below for reference.",
        "Die Mail von Raj steht unten.",
        "Ci-dessous le message de Jane, pour mémoire.",
        "Hieronder de mail van de recruiter.",
        "Below is the thread with Raj.",
    ],
)
def test_a_last_line_naming_a_mail_below_is_no_part_of_the_last_answer(note: str) -> None:
    reply = parse(f"1. 6\n12. next Tuesday\n\n{note}\n\n{FORWARD}")
    assert {"rating": "6", "hear_back": "next Tuesday"} == answers(reply)


def test_a_last_answer_that_says_below_without_naming_a_mail_keeps_it() -> None:
    reply = parse(f"1. 6\n4. fine\n\nThe salary came in below what I hoped.\n\n{ATTRIBUTION}\n{QUOTED}")
    assert "below what I hoped" in reply.free_notes + " ".join(answers(reply).values())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$120,000 OTE per year", Amount(Decimal("120000"), "USD", "year")),
        ("£7,000 salary a month", Amount(Decimal("7000"), "GBP", "month")),
        ("95.000 € Fixum pro Jahr", Amount(Decimal("95000"), "EUR", "year")),
        ("60 000 € salaire par an", Amount(Decimal("60000"), "EUR", "year")),
        ("$150k total comp a year", Amount(Decimal("150000"), "USD", "year")),
    ],
)
def test_the_kind_of_pay_between_amount_and_period_keeps_the_period(text: str, expected: Amount) -> None:
    money = read_money(text)
    assert money is not None
    assert (expected,) == money.amounts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Friday December 4th", date(2026, 12, 4)),
        ("Monday, Dec. 7", date(2026, 12, 7)),
        ("Monday, December the 7th", date(2026, 12, 7)),
        ("Tuesday (Dec 8)", date(2026, 12, 8)),
        ("Wednesday - December 9", date(2026, 12, 9)),
        ("Friday 2026-12-04", date(2026, 12, 4)),
        ("金曜日、12月4日", date(2026, 12, 4)),
        ("星期一，12月7日", date(2026, 12, 7)),
    ],
)
def test_a_weekday_followed_by_its_date_is_that_date(text: str, expected: date) -> None:
    assert expected == read_date(text, D0)


@pytest.mark.parametrize("text", ["Friday", "Friday at 10", "Friday, at the latest", "金曜日"])
def test_a_weekday_without_a_date_is_still_the_next_such_day(text: str) -> None:
    assert date(2026, 11, 27) == read_date(text, D0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the first week of December", date(2026, 12, 4)),
        ("in the second week of December", date(2026, 12, 11)),
        ("the last week of December", date(2026, 12, 25)),
        ("in der ersten Woche im Dezember", date(2026, 12, 4)),
        ("la première semaine de décembre", date(2026, 12, 4)),
        ("la primera semana de diciembre", date(2026, 12, 4)),
        ("första veckan i december", date(2026, 12, 4)),
        ("first week of August", date(2027, 8, 6)),  # 1 August 2027 is a Sunday: its week's Friday is July's
        ("the first week of December, probably the 3rd", date(2026, 12, 3)),
    ],
)
def test_a_numbered_week_of_a_month_is_that_weeks_friday(text: str, expected: date) -> None:
    assert expected == read_date(text, D0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tuesday week", date(2026, 12, 8)),
        ("by Friday week", date(2026, 12, 4)),
        ("Monday week at the latest", date(2026, 12, 7)),
        ("Friday, week 50", date(2026, 12, 11)),
    ],
)
def test_british_weekday_week_is_a_week_after_the_coming_weekday(text: str, expected: date) -> None:
    assert expected == read_date(text, D0)


@pytest.mark.parametrize(
    "own",
    [
        "1 —7\n2 —the pairing session\n12 —Friday",
        "Ad. 1 7\nAd. 2 the pairing session\nAd. 12 Friday",
        "Ad 1 7\nAd 2 the pairing session\nAd 12 Friday",
    ],
)
def test_an_em_dash_glued_to_the_answer_or_ad_without_a_mark_is_a_marker(own: str) -> None:
    reply = parse(f"{own}\n\n{ATTRIBUTION}\n{QUOTED}")
    assert {"rating": "7", "went_well": "the pairing session", "hear_back": "Friday"} == answers(reply)


def test_a_hyphen_glued_to_a_number_is_still_no_marker() -> None:
    reply = parse(f"1. 7\n4. fine\n1 -2 people were late\n\n{ATTRIBUTION}\n{QUOTED}")
    assert {"rating": "7", "rapport": "fine\n1 -2 people were late"} == answers(reply)
