"""The references track: when heads-ups are drafted on their own, and which references are asked.

Pure like the other tracks: state and what happened (and `now`) in, a decision out; the service carries it out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from followupd.domain.detect_defaults import FREEMAIL_DOMAINS
from followupd.domain.models import Interview, ReferencesState
from followupd.domain.policy import HeadsUpWhen, ReferenceSettings
from followupd.domain.workflows.plan import NOTHING, DraftHeadsUps, Plan

__all__ = [
    "WINDOW",
    "Asked",
    "Choice",
    "at_reference_stage",
    "choose",
    "company_key",
    "matches",
    "on_debriefed",
    "wants_heads_up",
]

WINDOW = timedelta(days=30)  # max_per_month counts the heads-ups of this many days

# Words that say references were asked for or this was the last round, per language; matched whole-word and
# case-blind. Japanese has no spaces: its words match anywhere in the text.
_STAGE_WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        "references",
        "referees",
        "a reference",
        "reference check",
        "reference checks",
        "final round",
        "last round",
        "final interview",
        "final stage",
    ),
    "de": ("referenzen", "referenzgeber", "finalrunde", "letzte runde", "endrunde", "finale runde"),
    "fr": ("références", "référents", "tour final", "dernier tour", "entretien final"),
    "es": ("referencias", "ronda final", "última ronda", "entrevista final"),
    "it": ("referenze", "round finale", "ultimo round", "colloquio finale"),
    "nl": ("referenties", "laatste ronde", "finale ronde", "eindronde"),
    "pt": ("referências", "rodada final", "última rodada", "ronda final", "entrevista final"),
    "sv": ("referenser", "sista rundan", "slutrunda", "slutintervju", "sista intervjun"),
    "pl": ("referencje", "referencji", "ostatni etap", "finałowa runda", "ostatnia runda"),
}
_JAPANESE = ("推薦者", "リファレンス", "最終面接", "最終選考")
_JAPANESE_NOT = re.compile(r"^[^。、！？\n]{0,12}?(ない|ません|不要|なし)")

# A negation shortly before the word in the same clause ("they did not ask for references", "keine Referenzen")
# makes the mention not count; "but" starts a new clause.
_NEGATIONS = (
    r"not|no|never|without|nicht|kein|keine|keinen|ohne|nie|pas|sans|jamais|non|senza|niet|geen|zonder"
    r"|não|nem|sem|inte|ingen|utan|nie|bez|żadnych"
)
_NEGATED = re.compile(rf"(?<!\w)(?:{_NEGATIONS})(?!\w)|n['’]t(?!\w)", re.IGNORECASE)
_CLAUSE = re.compile(r"[.;!?\n]|\b(?:but|aber|mais|pero|ma|maar|mas|men|ale)\b", re.IGNORECASE)
_LOOKBACK = 5  # words


def _pattern(word: str) -> re.Pattern[str]:
    escaped = r"\s+".join(re.escape(part) for part in word.split())
    return re.compile(rf"(?<![\w]){escaped}(?![\w])", re.IGNORECASE)


_PATTERNS = tuple(_pattern(w) for words in _STAGE_WORDS.values() for w in words)


def _negated(text: str, start: int) -> bool:
    before = text[:start]
    clause = _CLAUSE.split(before)[-1]
    words = clause.split()[-_LOOKBACK:]
    return bool(_NEGATED.search(" ".join(words)))


def matches(text: str) -> bool:
    """Whether `text` says references were asked for or this is the final round, not negated."""
    for pattern in _PATTERNS:
        for found in pattern.finditer(text):
            if not _negated(text, found.start()):
                return True
    for word in _JAPANESE:
        for found in re.finditer(re.escape(word), text):
            if not _JAPANESE_NOT.match(text[found.end() :]):
                return True
    return False


def at_reference_stage(texts: Iterable[str]) -> bool:
    """Any of her free-text answers, her free notes or the event title says it (see `matches`)."""
    return any(matches(text) for text in texts if text)


def wants_heads_up(when: HeadsUpWhen, want_job: str | None) -> bool:
    answer = (want_job or "").strip().lower()
    if when is HeadsUpWhen.never:
        return False
    if when is HeadsUpWhen.yes_or_unsure:
        return answer in {"yes", "unsure"}
    return answer == "yes"


def on_debriefed(
    existing: Interview,
    *,
    now: datetime,
    want_job: str | None,
    texts: Sequence[str],
    when: HeadsUpWhen,
    configured: int,
) -> Plan:
    """Answers were recorded: draft heads-ups when she wants the job and the process is at the reference stage
    (her answers, notes or the event title say so), once per interview, and only after it began."""
    if (
        not existing.active
        or existing.tracks.references is not ReferencesState.not_started
        or configured == 0
        or existing.start > now
        or not wants_heads_up(when, want_job)
        or not at_reference_stage(texts)
    ):
        return NOTHING
    drafted = replace(existing, tracks=replace(existing.tracks, references=ReferencesState.drafted))
    return Plan(drafted, (DraftHeadsUps(),), "references drafted")


def company_key(company: str, addresses: Iterable[str]) -> str:
    """What "the same company" means for a reference's history: the company's name lowercased, else the first
    interviewer's address domain that is not a freemail one, else ""."""
    name = " ".join(company.split()).lower()
    if name:
        return name
    for address in addresses:
        domain = address.rpartition("@")[2].lower()
        if domain and domain not in FREEMAIL_DOMAINS:
            return domain
    return ""


@dataclass(frozen=True)
class Asked:
    """One heads-up in a reference's history. `counts`: it left or is on its way (approved, pending, sending,
    sent, sent by her, uncertain); `open`: a draft nobody decided on yet. Discarded and failed ones are neither."""

    email: str
    company: str
    at: datetime
    counts: bool
    open: bool = False


@dataclass(frozen=True)
class Choice:
    """A reference to draft a heads-up for; `recent` heads-ups in the last 30 days, `flagged` when that is
    max_per_month or more (asked often already: the approval email says so before she approves)."""

    reference: ReferenceSettings
    number: int  # 1-based position in the config: the R number of "refs 1 3"
    recent: int
    flagged: bool


def choose(
    references: Sequence[ReferenceSettings],
    history: Sequence[Asked],
    *,
    company: str,
    now: datetime,
    force: bool = False,
    only: Sequence[int] = (),
) -> tuple[Choice, ...]:
    """Who gets a heads-up about `company`: each configured reference (or those numbered in `only`) not already
    told about it, or with one drafted and waiting (unless `force`), each flagged when asked often lately."""
    chosen: list[Choice] = []
    for number, reference in enumerate(references, start=1):
        if only and number not in only:
            continue
        mine = [a for a in history if a.email == reference.email.lower()]
        about = [a for a in mine if company and a.company == company and (a.counts or a.open)]
        if about and not force:
            continue
        recent = sum(1 for a in mine if a.counts and now - a.at <= WINDOW)
        chosen.append(Choice(reference, number, recent, recent >= reference.max_per_month))
    return tuple(chosen)
