"""The references track as tables: the words that mean "reference stage" per language (and their negations),
when heads-ups are drafted on their own, and who is asked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from followupd.domain.models import Interview, Lifecycle, ReferencesState, Tracks
from followupd.domain.policy import HeadsUpWhen, ReferenceSettings
from followupd.domain.workflows.plan import DraftHeadsUps
from followupd.domain.workflows.references import Asked, choose, company_key, matches, on_debriefed

NOW = datetime(2026, 11, 26, 16, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "They asked for references at the end.",
        "I need to send two referees by Friday",
        "Next: a reference check with HR",
        "This was the final round",
        "Last round next week with the CTO",
        "Sie möchten Referenzen von mir",
        "Das war die Finalrunde.",
        "Nächste Woche ist die letzte Runde",
        "Ils m'ont demandé des références",
        "C'était le tour final",
        "Me pidieron referencias",
        "Fue la ronda final",
        "Mi hanno chiesto delle referenze",
        "Ze vroegen om referenties",
        "Volgende week de laatste ronde",
        "Pediram referências",
        "Foi a rodada final",
        "De bad om referenser",
        "Poprosili o referencje",
        "推薦者の連絡先を求められました",
        "次はリファレンスチェックです",
        "Final Round: Acme",
    ],
)
def test_reference_stage_words_in_each_language(text: str) -> None:
    assert matches(text)


@pytest.mark.parametrize(
    "text",
    [
        "They did not ask for references.",
        "They didn't ask for any references",
        "No references needed",
        "Without references for now",
        "Sie wollten keine Referenzen",
        "Sie haben nicht nach Referenzen gefragt",
        "Ils n'ont pas demandé de références",
        "No pidieron referencias",
        "Non hanno chiesto referenze",
        "Ze vroegen geen referenties",
        "Não pediram referências",
        "De bad inte om referenser",
        "Nie prosili o referencje",
        "推薦者は不要です",
        "The role is referenced in the job ad",  # not the word
        "Preferences: remote work",  # inside another word
        "It is not the final round yet",
        "",
    ],
)
def test_negated_or_partial_mentions_do_not_count(text: str) -> None:
    assert not matches(text)


def test_a_new_clause_after_but_is_read_on_its_own() -> None:
    assert matches("They did not talk money, but they asked for references")


def _interview(**changes: object) -> Interview:
    fields: dict[str, object] = {
        "id": 7,
        "source": "work",
        "uid": "u1",
        "recurrence_id": "",
        "company": "Acme",
        "role": "Engineer",
        "start": NOW - timedelta(hours=2),
        "end": NOW - timedelta(hours=1),
        "tzid": "Europe/Berlin",
        "summary": "Interview Acme",
    }
    return Interview(**(fields | changes))  # type: ignore[arg-type]


YES = "They asked for references"


@pytest.mark.parametrize(
    ("when", "want_job", "texts", "changes", "drafts"),
    [
        (HeadsUpWhen.yes, "yes", [YES], {}, True),
        (HeadsUpWhen.yes, "unsure", [YES], {}, False),
        (HeadsUpWhen.yes_or_unsure, "unsure", [YES], {}, True),
        (HeadsUpWhen.yes_or_unsure, "no", [YES], {}, False),
        (HeadsUpWhen.yes, None, [YES], {}, False),
        (HeadsUpWhen.never, "yes", [YES], {}, False),
        (HeadsUpWhen.yes, "yes", ["went fine"], {}, False),
        (HeadsUpWhen.yes, "yes", ["went fine", "Final round - Acme"], {}, True),  # the event title
        (HeadsUpWhen.yes, "yes", [YES], {"lifecycle": Lifecycle.cancelled}, False),
        (HeadsUpWhen.yes, "yes", [YES], {"tracks": Tracks(references=ReferencesState.drafted)}, False),
        (HeadsUpWhen.yes, "yes", [YES], {"tracks": Tracks(references=ReferencesState.told)}, False),
        (HeadsUpWhen.yes, "yes", [YES], {"start": NOW + timedelta(hours=1)}, False),
    ],
)
def test_when_heads_ups_are_drafted_on_their_own(
    when: HeadsUpWhen, want_job: str | None, texts: list[str], changes: dict[str, object], drafts: bool
) -> None:
    plan = on_debriefed(
        _interview(**changes), now=NOW, want_job=want_job, texts=texts, when=when, configured=2
    )
    assert drafts == (plan.effects == (DraftHeadsUps(),))
    if drafts:
        assert plan.interview is not None and ReferencesState.drafted == plan.interview.tracks.references
    else:
        assert plan.interview is None


def test_nothing_is_drafted_without_configured_references() -> None:
    plan = on_debriefed(
        _interview(), now=NOW, want_job="yes", texts=[YES], when=HeadsUpWhen.yes, configured=0
    )
    assert () == plan.effects


@pytest.mark.parametrize(
    ("company", "addresses", "key"),
    [
        ("Acme  GmbH", ["jane@acme.example"], "acme gmbh"),
        ("", ["joe@gmail.com", "jane@acme.example"], "acme.example"),
        ("", ["joe@gmail.com"], ""),
        ("", [], ""),
    ],
)
def test_the_company_key_is_the_name_else_a_non_freemail_domain(
    company: str, addresses: list[str], key: str
) -> None:
    assert key == company_key(company, addresses)


SAM = ReferenceSettings("Sam Rivera", "sam@example.net", max_per_month=2)
ANA = ReferenceSettings("Ana Lee", "ana@example.net")


def _asked(email: str, company: str, days_ago: int, *, counts: bool = True, open_: bool = False) -> Asked:
    return Asked(email, company, NOW - timedelta(days=days_ago), counts, open_)


@pytest.mark.parametrize(
    ("history", "force", "only", "chosen"),
    [
        ([], False, (), [("Sam Rivera", 0, False), ("Ana Lee", 0, False)]),
        ([_asked("sam@example.net", "acme", 3)], False, (), [("Ana Lee", 0, False)]),
        ([_asked("sam@example.net", "acme", 3)], True, (), [("Sam Rivera", 1, False), ("Ana Lee", 0, False)]),
        (
            [_asked("sam@example.net", "acme", 3, counts=False, open_=True)],
            False,
            (),
            [("Ana Lee", 0, False)],
        ),
        (
            [_asked("sam@example.net", "acme", 3, counts=False)],
            False,
            (),
            [("Sam Rivera", 0, False), ("Ana Lee", 0, False)],
        ),
        (
            [_asked("sam@example.net", "globex", 3), _asked("sam@example.net", "initech", 10)],
            False,
            (),
            [("Sam Rivera", 2, True), ("Ana Lee", 0, False)],
        ),
        (
            [_asked("sam@example.net", "globex", 3), _asked("sam@example.net", "initech", 31)],
            False,
            (),
            [("Sam Rivera", 1, False), ("Ana Lee", 0, False)],
        ),
        ([], False, (2,), [("Ana Lee", 0, False)]),
    ],
)
def test_who_is_asked(
    history: list[Asked], force: bool, only: tuple[int, ...], chosen: list[tuple[str, int, bool]]
) -> None:
    result = choose((SAM, ANA), history, company="acme", now=NOW, force=force, only=only)
    assert chosen == [(c.reference.name, c.recent, c.flagged) for c in result]
