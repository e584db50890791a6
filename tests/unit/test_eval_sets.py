"""The evaluation sets are well-formed: every file has valid expectations that refer to text really in it.

These tests never run the reply parser or interview detection: the sets are measured by the benchmarks, not tuned to.
"""

from __future__ import annotations

import html
import json
import re
from datetime import date, datetime
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import icalendar
import pytest

from followupd.domain.questionnaire import DEFAULT_QUESTIONS, Kind

EVAL = Path(__file__).resolve().parents[1] / "eval"
REPLIES = sorted((EVAL / "replies").glob("*/*.eml"))
CALENDARS = sorted((EVAL / "calendars").glob("*/*.ics"))
REPLY_KEYS = {
    "client",
    "language",
    "interview_date",
    "own_addresses",
    "shape",
    "free_notes",
    "answers",
    "forbidden",
}
EVENT_KEYS = {
    "uid",
    "recurrence_id",
    "is_interview",
    "cancelled",
    "start_utc",
    "end_utc",
    "interviewers",
    "company",
    "role",
}
LANGUAGES = {
    "en",
    "de",
    "fr",
    "es",
    "nl",
    "it",
    "pt",
    "sv",
    "pl",
    "ja",
    "zh",
    "da",
    "no",
    "fi",
    "ru",
    "uk",
    "cs",
    "ko",
    "tr",
    "hu",
    "ro",
    "el",
    # round 10 dev replies in Slovak, Croatian, Catalan and Bulgarian
    "sk",
    "hr",
    "ca",
    "bg",
    # round 11 dev replies in Basque
    "eu",
    # round 12 dev replies in Indonesian
    "id",
    # round 13 dev replies in Malay and Vietnamese
    "ms",
    "vi",
}
PERIODS = {None, "year", "month", "week", "day", "hour"}
UTC_STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
RECURRENCE_ID = re.compile(r"^(|\d{8}|\d{8}T\d{6}Z)$")


def _expected(path: Path) -> dict[str, Any]:
    return json.loads(path.with_name(f"{path.stem}.expected.json").read_text(encoding="utf-8"))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _message_texts(path: Path) -> tuple[str, str]:
    """The decoded text parts (HTML with tags removed) and the decoded parts as written (tags kept, with the
    Subject: a forbidden phrase may guard against the subject's token creeping into an answer)."""
    message = message_from_bytes(path.read_bytes(), policy=policy.default)
    shown, raw = [], [str(message["Subject"] or "")]
    for part in message.walk():
        if part.get_content_maintype() != "text":
            continue
        content = part.get_content()
        raw.append(content)
        if part.get_content_subtype() == "html":
            content = html.unescape(re.sub(r"<[^>]+>", " ", content))
        shown.append(content)
    return _norm("\n".join(shown)), _norm("\n".join(raw))


def _ids(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def test_eval_reply_set_is_large_and_varied():
    """The held-out reply set has at least 45 replies from at least 15 clients in at least 8 languages."""
    held_out = [_expected(p) for p in REPLIES if p.parent.name == "eval"]
    assert len(held_out) >= 45
    assert len({e["client"].split(" (")[0] for e in held_out}) >= 15
    assert len({e["language"] for e in held_out}) >= 8


def test_second_eval_reply_set_is_large_and_varied():
    """The second held-out reply set has at least 60 replies from at least 18 clients in at least 10 languages."""
    held_out = [_expected(p) for p in REPLIES if p.parent.name == "eval2"]
    assert len(held_out) >= 60
    assert len({e["client"].split(" (")[0] for e in held_out}) >= 18
    assert len({e["language"] for e in held_out}) >= 10


def test_third_eval_reply_set_is_large_and_varied():
    """The third held-out reply set has at least 60 replies from at least 18 clients in at least 10 languages."""
    held_out = [_expected(p) for p in REPLIES if p.parent.name == "eval3"]
    assert len(held_out) >= 60
    assert len({e["client"].split(" (")[0] for e in held_out}) >= 18
    assert len({e["language"] for e in held_out}) >= 10


def test_fourth_eval_reply_set_is_large_and_varied():
    """The fourth held-out reply set has at least 50 replies from at least 18 clients in at least 10 languages."""
    held_out = [_expected(p) for p in REPLIES if p.parent.name == "eval4"]
    assert len(held_out) >= 50
    assert len({e["client"].split(" (")[0] for e in held_out}) >= 18
    assert len({e["language"] for e in held_out}) >= 10


def test_fifth_eval_reply_set_is_large_and_varied():
    """The fifth held-out reply set has at least 40 replies from at least 18 clients in at least 10 languages."""
    held_out = [_expected(p) for p in REPLIES if p.parent.name == "eval5"]
    assert len(held_out) >= 40
    assert len({e["client"].split(" (")[0] for e in held_out}) >= 18
    assert len({e["language"] for e in held_out}) >= 10


def test_sixth_eval_reply_set_is_large_and_varied():
    """The sixth held-out reply set has at least 40 replies from at least 18 clients in at least 10 languages."""
    held_out = [_expected(p) for p in REPLIES if p.parent.name == "eval6"]
    assert len(held_out) >= 40
    assert len({e["client"].split(" (")[0] for e in held_out}) >= 18
    assert len({e["language"] for e in held_out}) >= 10


def test_seventh_eval_reply_set_is_large_and_varied():
    """The seventh held-out reply set has at least 40 replies from at least 18 clients in at least 10 languages."""
    held_out = [_expected(p) for p in REPLIES if p.parent.name == "eval7"]
    assert len(held_out) >= 40
    assert len({e["client"].split(" (")[0] for e in held_out}) >= 18
    assert len({e["language"] for e in held_out}) >= 10


def test_eighth_eval_reply_set_is_large_and_varied():
    """The eighth held-out reply set has at least 40 replies from at least 18 clients in at least 10 languages."""
    held_out = [_expected(p) for p in REPLIES if p.parent.name == "eval8"]
    assert len(held_out) >= 40
    assert len({e["client"].split(" (")[0] for e in held_out}) >= 18
    assert len({e["language"] for e in held_out}) >= 10


def test_ninth_eval_reply_set_is_large_and_varied():
    """The ninth held-out reply set has at least 40 replies from at least 18 clients in at least 10 languages."""
    held_out = [_expected(p) for p in REPLIES if p.parent.name == "eval9"]
    assert len(held_out) >= 40
    assert len({e["client"].split(" (")[0] for e in held_out}) >= 18
    assert len({e["language"] for e in held_out}) >= 10


def test_tenth_eval_reply_set_is_large_and_varied():
    """The tenth held-out reply set has at least 40 replies from at least 18 clients in at least 10 languages."""
    held_out = [_expected(p) for p in REPLIES if p.parent.name == "eval10"]
    assert len(held_out) >= 40
    assert len({e["client"].split(" (")[0] for e in held_out}) >= 18
    assert len({e["language"] for e in held_out}) >= 10


def test_eleventh_eval_reply_set_is_large_and_varied():
    """The eleventh held-out reply set has at least 40 replies from at least 18 clients in at least 10 languages."""
    held_out = [_expected(p) for p in REPLIES if p.parent.name == "eval11"]
    assert len(held_out) >= 40
    assert len({e["client"].split(" (")[0] for e in held_out}) >= 18
    assert len({e["language"] for e in held_out}) >= 10


def test_twelfth_eval_reply_set_is_large_and_varied():
    """The twelfth held-out reply set has at least 40 replies from at least 18 clients in at least 10 languages."""
    held_out = [_expected(p) for p in REPLIES if p.parent.name == "eval12"]
    assert len(held_out) >= 40
    assert len({e["client"].split(" (")[0] for e in held_out}) >= 18
    assert len({e["language"] for e in held_out}) >= 10


def test_thirteenth_eval_reply_set_is_large_and_varied():
    """The thirteenth held-out reply set has at least 40 replies from at least 18 clients in at least 10 languages."""
    held_out = [_expected(p) for p in REPLIES if p.parent.name == "eval13"]
    assert len(held_out) >= 40
    assert len({e["client"].split(" (")[0] for e in held_out}) >= 18
    assert len({e["language"] for e in held_out}) >= 10


def test_fourteenth_eval_reply_set_is_large_and_varied():
    """The fourteenth held-out reply set has at least 40 replies from at least 18 clients in at least 10 languages."""
    held_out = [_expected(p) for p in REPLIES if p.parent.name == "eval14"]
    assert len(held_out) >= 40
    assert len({e["client"].split(" (")[0] for e in held_out}) >= 18
    assert len({e["language"] for e in held_out}) >= 10


def test_fifteenth_eval_reply_set_is_large_and_varied():
    """The fifteenth held-out reply set has at least 40 replies from at least 18 clients in at least 10 languages."""
    held_out = [_expected(p) for p in REPLIES if p.parent.name == "eval15"]
    assert len(held_out) >= 40
    assert len({e["client"].split(" (")[0] for e in held_out}) >= 18
    assert len({e["language"] for e in held_out}) >= 10


def test_sixteenth_eval_reply_set_is_large_and_varied():
    """The sixteenth held-out reply set has at least 40 replies from at least 18 clients in at least 10 languages."""
    held_out = [_expected(p) for p in REPLIES if p.parent.name == "eval16"]
    assert len(held_out) >= 40
    assert len({e["client"].split(" (")[0] for e in held_out}) >= 18
    assert len({e["language"] for e in held_out}) >= 10


def test_seventeenth_eval_reply_set_is_large_and_varied():
    """The seventeenth held-out reply set has at least 40 replies from at least 18 clients in at least 10 languages."""
    held_out = [_expected(p) for p in REPLIES if p.parent.name == "eval17"]
    assert len(held_out) >= 40
    assert len({e["client"].split(" (")[0] for e in held_out}) >= 18
    assert len({e["language"] for e in held_out}) >= 10


def test_eighteenth_eval_reply_set_is_large_and_varied():
    """The eighteenth held-out reply set has at least 40 replies from at least 18 clients in at least 10 languages."""
    held_out = [_expected(p) for p in REPLIES if p.parent.name == "eval18"]
    assert len(held_out) >= 40
    assert len({e["client"].split(" (")[0] for e in held_out}) >= 18
    assert len({e["language"] for e in held_out}) >= 10


def test_nineteenth_eval_reply_set_is_large_and_varied():
    """The nineteenth held-out reply set has at least 40 replies from at least 18 clients in at least 10 languages."""
    held_out = [_expected(p) for p in REPLIES if p.parent.name == "eval19"]
    assert len(held_out) >= 40
    assert len({e["client"].split(" (")[0] for e in held_out}) >= 18
    assert len({e["language"] for e in held_out}) >= 10


def test_twentieth_eval_reply_set_is_large_and_varied():
    """The twentieth held-out reply set has at least 40 replies from at least 18 clients in at least 10 languages."""
    held_out = [_expected(p) for p in REPLIES if p.parent.name == "eval20"]
    assert len(held_out) >= 40
    assert len({e["client"].split(" (")[0] for e in held_out}) >= 18
    assert len({e["language"] for e in held_out}) >= 10


@pytest.mark.parametrize("path", REPLIES, ids=_ids)
def test_reply_expectations_are_valid(path: Path):
    """Required keys, known question ids and values of the shape value_to_json gives for each question's kind."""
    expected = _expected(path)
    assert REPLY_KEYS <= set(expected), REPLY_KEYS - set(expected)
    assert expected["language"] in LANGUAGES
    date.fromisoformat(expected["interview_date"])
    assert expected["own_addresses"] and all("@" in a for a in expected["own_addresses"])
    assert isinstance(expected["free_notes"], str) and all(
        isinstance(f, str) and f for f in expected["forbidden"]
    )
    for question_id, answer in expected["answers"].items():
        question = DEFAULT_QUESTIONS.get(question_id)
        assert question is not None, f"unknown question id {question_id!r}"
        assert isinstance(answer["text"], str) and answer["text"].strip()
        _check_value(question.kind, answer["text"], answer["value"])


def _check_value(kind: Kind, text: str, value: Any) -> None:
    if kind is Kind.rating:
        assert isinstance(value, int | float) and 0 <= value <= 10
    elif kind is Kind.choice:
        assert value in ("yes", "no", "unsure")
    elif kind is Kind.date:
        date.fromisoformat(value)
    elif kind is Kind.money:
        # "no numbers discussed" keeps its text with no amounts
        assert value["text"] == text and isinstance(value["amounts"], list)
        for amount in value["amounts"]:
            assert re.fullmatch(r"\d+(\.\d+)?", amount["amount"]), amount
            assert amount["currency"] is None or re.fullmatch(r"[A-Z]{3}", amount["currency"]), amount
            assert amount["period"] in PERIODS, amount
    else:
        assert value is None


@pytest.mark.parametrize("path", REPLIES, ids=_ids)
def test_reply_expectations_refer_to_text_in_the_message(path: Path):
    """Every expected answer text and every forbidden phrase is really in the message (after decoding)."""
    expected = _expected(path)
    shown, raw = _message_texts(path)
    for question_id, answer in expected["answers"].items():
        assert _norm(answer["text"]) in shown, f"{question_id}: {answer['text']!r} is not in the message"
    for phrase in expected["forbidden"]:
        assert _norm(phrase) in shown or _norm(phrase) in raw, f"forbidden {phrase!r} is not in the message"
    if expected["free_notes"]:
        assert _norm(expected["free_notes"]) in shown


def test_eval_calendar_set_is_large_enough():
    """The held-out calendar set has at least 30 files."""
    assert len([p for p in CALENDARS if p.parent.name == "eval"]) >= 30


def test_second_eval_calendar_set_is_large_enough():
    """The second held-out calendar set has at least 40 files."""
    assert len([p for p in CALENDARS if p.parent.name == "eval2"]) >= 40


def test_third_eval_calendar_set_is_large_and_varied():
    """The third held-out calendar set has at least 40 files, with interviews and look-alikes among them."""
    held_out = [_expected(p) for p in CALENDARS if p.parent.name == "eval3"]
    assert len(held_out) >= 40
    assert {True, False} == {e["is_interview"] for expected in held_out for e in expected["events"]}


def test_fourth_eval_calendar_set_is_large_and_varied():
    """The fourth held-out calendar set has at least 40 files, with interviews and look-alikes among them."""
    held_out = [_expected(p) for p in CALENDARS if p.parent.name == "eval4"]
    assert len(held_out) >= 40
    assert {True, False} == {e["is_interview"] for expected in held_out for e in expected["events"]}


def test_fifth_eval_calendar_set_is_large_and_varied():
    """The fifth held-out calendar set has at least 35 files, with interviews and look-alikes among them."""
    held_out = [_expected(p) for p in CALENDARS if p.parent.name == "eval5"]
    assert len(held_out) >= 35
    assert {True, False} == {e["is_interview"] for expected in held_out for e in expected["events"]}


def test_sixth_eval_calendar_set_is_large_and_varied():
    """The sixth held-out calendar set has at least 35 files, with interviews and look-alikes among them."""
    held_out = [_expected(p) for p in CALENDARS if p.parent.name == "eval6"]
    assert len(held_out) >= 35
    assert {True, False} == {e["is_interview"] for expected in held_out for e in expected["events"]}


def test_seventh_eval_calendar_set_is_large_and_varied():
    """The seventh held-out calendar set has at least 35 files, with interviews and look-alikes among them."""
    held_out = [_expected(p) for p in CALENDARS if p.parent.name == "eval7"]
    assert len(held_out) >= 35
    assert {True, False} == {e["is_interview"] for expected in held_out for e in expected["events"]}


def test_eighth_eval_calendar_set_is_large_and_varied():
    """The eighth held-out calendar set has at least 35 files, with interviews and look-alikes among them."""
    held_out = [_expected(p) for p in CALENDARS if p.parent.name == "eval8"]
    assert len(held_out) >= 35
    assert {True, False} == {e["is_interview"] for expected in held_out for e in expected["events"]}


def test_ninth_eval_calendar_set_is_large_and_varied():
    """The ninth held-out calendar set has at least 35 files, with interviews and look-alikes among them."""
    held_out = [_expected(p) for p in CALENDARS if p.parent.name == "eval9"]
    assert len(held_out) >= 35
    assert {True, False} == {e["is_interview"] for expected in held_out for e in expected["events"]}


def test_tenth_eval_calendar_set_is_large_and_varied():
    """The tenth held-out calendar set has at least 35 files, with interviews and look-alikes among them."""
    held_out = [_expected(p) for p in CALENDARS if p.parent.name == "eval10"]
    assert len(held_out) >= 35
    assert {True, False} == {e["is_interview"] for expected in held_out for e in expected["events"]}


def test_eleventh_eval_calendar_set_is_large_and_varied():
    """The eleventh held-out calendar set has at least 35 files, with interviews and look-alikes among them."""
    held_out = [_expected(p) for p in CALENDARS if p.parent.name == "eval11"]
    assert len(held_out) >= 35
    assert {True, False} == {e["is_interview"] for expected in held_out for e in expected["events"]}


def test_twelfth_eval_calendar_set_is_large_and_varied():
    """The twelfth held-out calendar set has at least 35 files, with interviews and look-alikes among them."""
    held_out = [_expected(p) for p in CALENDARS if p.parent.name == "eval12"]
    assert len(held_out) >= 35
    assert {True, False} == {e["is_interview"] for expected in held_out for e in expected["events"]}


def test_thirteenth_eval_calendar_set_is_large_and_varied():
    """The thirteenth held-out calendar set has at least 35 files, with interviews and look-alikes among them."""
    held_out = [_expected(p) for p in CALENDARS if p.parent.name == "eval13"]
    assert len(held_out) >= 35
    assert {True, False} == {e["is_interview"] for expected in held_out for e in expected["events"]}


def test_fourteenth_eval_calendar_set_is_large_and_varied():
    """The fourteenth held-out calendar set has at least 35 files, with interviews and look-alikes among them."""
    held_out = [_expected(p) for p in CALENDARS if p.parent.name == "eval14"]
    assert len(held_out) >= 35
    assert {True, False} == {e["is_interview"] for expected in held_out for e in expected["events"]}


def test_fifteenth_eval_calendar_set_is_large_and_varied():
    """The fifteenth held-out calendar set has at least 35 files, with interviews and look-alikes among them."""
    held_out = [_expected(p) for p in CALENDARS if p.parent.name == "eval15"]
    assert len(held_out) >= 35
    assert {True, False} == {e["is_interview"] for expected in held_out for e in expected["events"]}


def test_sixteenth_eval_calendar_set_is_large_and_varied():
    """The sixteenth held-out calendar set has at least 35 files, with interviews and look-alikes among them."""
    held_out = [_expected(p) for p in CALENDARS if p.parent.name == "eval16"]
    assert len(held_out) >= 35
    assert {True, False} == {e["is_interview"] for expected in held_out for e in expected["events"]}


def test_seventeenth_eval_calendar_set_is_large_and_varied():
    """The seventeenth held-out calendar set has at least 35 files, with interviews and look-alikes among them."""
    held_out = [_expected(p) for p in CALENDARS if p.parent.name == "eval17"]
    assert len(held_out) >= 35
    assert {True, False} == {e["is_interview"] for expected in held_out for e in expected["events"]}


def test_eighteenth_eval_calendar_set_is_large_and_varied():
    """The eighteenth held-out calendar set has at least 35 files, with interviews and look-alikes among them."""
    held_out = [_expected(p) for p in CALENDARS if p.parent.name == "eval18"]
    assert len(held_out) >= 35
    assert {True, False} == {e["is_interview"] for expected in held_out for e in expected["events"]}


def test_nineteenth_eval_calendar_set_is_large_and_varied():
    """The nineteenth held-out calendar set has at least 35 files, with interviews and look-alikes among them."""
    held_out = [_expected(p) for p in CALENDARS if p.parent.name == "eval19"]
    assert len(held_out) >= 35
    assert {True, False} == {e["is_interview"] for expected in held_out for e in expected["events"]}


def test_twentieth_eval_calendar_set_is_large_and_varied():
    """The twentieth held-out calendar set has at least 35 files, with interviews and look-alikes among them."""
    held_out = [_expected(p) for p in CALENDARS if p.parent.name == "eval20"]
    assert len(held_out) >= 35
    assert {True, False} == {e["is_interview"] for expected in held_out for e in expected["events"]}


@pytest.mark.parametrize("path", CALENDARS, ids=_ids)
def test_calendar_parses_with_icalendar_and_expectations_are_valid(path: Path):
    """The file parses with the icalendar library; each expected occurrence is complete, inside the window,
    and names a UID that the file holds."""
    data = path.read_bytes()
    if data.rstrip().endswith(b"END:VCALENDAR"):
        calendars = icalendar.Calendar.from_ical(data, multiple=True)
        uids = {str(e.get("UID")) for c in calendars for e in c.walk("VEVENT")}
    else:  # a file cut off on purpose (an interrupted download): icalendar refuses it, our reader must not
        uids = set(re.findall(r"^UID:(.+?)\r?$", data.decode("utf-8", "replace"), re.MULTILINE))
    expected = _expected(path)
    assert {"source", "user_addresses", "user_timezone", "window", "events"} <= set(expected)
    start, end = (datetime.fromisoformat(w.replace("Z", "+00:00")) for w in expected["window"])
    keys = [(e["uid"], e["recurrence_id"]) for e in expected["events"]]
    assert len(keys) == len(set(keys)), "an occurrence is listed twice"
    for event in expected["events"]:
        assert EVENT_KEYS <= set(event), EVENT_KEYS - set(event)
        assert event["uid"] in uids
        assert RECURRENCE_ID.match(event["recurrence_id"]), event["recurrence_id"]
        assert UTC_STAMP.match(event["start_utc"]) and UTC_STAMP.match(event["end_utc"])
        begins, ends = (
            datetime.fromisoformat(event[k].replace("Z", "+00:00")) for k in ("start_utc", "end_utc")
        )
        assert begins <= ends and begins < end and ends > start, event
        assert event["interviewers"] == sorted(a.lower() for a in event["interviewers"])
        assert not set(event["interviewers"]) & set(expected["user_addresses"])
