"""Expand the events of one parsed VCALENDAR into occurrences, bounded per series and in time."""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from itertools import islice
from typing import Any

import icalendar
import recurring_ical_events
from dateutil.rrule import rrulestr
from icalendar.prop import vRecur

from followupd.adapters.calendar.ical_event import DtValue, date_of, dt_of, short

__all__ = ["LIMITS", "Found", "Limits", "expand"]


@dataclass(frozen=True)
class Limits:
    """What one parse call reads at most, so that one hostile or broken calendar cannot eat the machine."""

    occurrences: int = 500  # per series, inside the window
    object_bytes: int = 1 << 20  # one VEVENT (with its DESCRIPTION, attachments...) as text
    seconds: float = 20.0  # expansion time for one parse call
    # rules walked from DTSTART before we give up on a series that never reaches the window (a daily rule with
    # 1,440 BYMINUTE values started decades ago)
    iterations: int = 200_000


LIMITS = Limits()


@dataclass(frozen=True)
class Found:
    """An occurrence: the component it comes from, its times when they differ from that component's (a
    member of a series), and for a member of a series its original start (its RECURRENCE-ID)."""

    component: icalendar.Component
    original: date | None
    times: tuple[date, date | None] | None = None
    sequence: int = -1  # the series' SEQUENCE, which recurring-ical-events gives every occurrence


_SUB_DAILY = {"SECONDLY": 1, "MINUTELY": 60, "HOURLY": 3600}


def expand(
    cal: icalendar.Calendar,
    *,
    window: tuple[datetime, datetime],
    limits: Limits,
    deadline: float,
    label: str,
    problems: list[str],
) -> list[Found]:
    """Single events as they are (the caller checks the window); each series expanded inside the window."""
    by_uid: dict[str, list[icalendar.Component]] = {}
    for comp in cal.subcomponents:
        if comp.name == "VEVENT":
            by_uid.setdefault(str(comp["UID"]), []).append(comp)
    found: list[Found] = []
    series: dict[str, list[icalendar.Component]] = {}
    for uid, comps in by_uid.items():
        if len(comps) == 1 and not any(k in comps[0] for k in ("RRULE", "RDATE", "RECURRENCE-ID")):
            found.append(Found(comps[0], None))
        else:
            series[uid] = comps
    if series:
        found.extend(
            _series(
                cal, series, window=window, limits=limits, deadline=deadline, label=label, problems=problems
            )
        )
    return found


def _series(
    cal: icalendar.Calendar,
    series: dict[str, list[icalendar.Component]],
    *,
    window: tuple[datetime, datetime],
    limits: Limits,
    deadline: float,
    label: str,
    problems: list[str],
) -> list[Found]:
    moves: dict[
        tuple[str, Any], timedelta
    ] = {}  # (uid, RECURRENCE-ID) of a THISANDFUTURE change -> its shift
    kept: dict[str, list[icalendar.Component]] = {}
    for uid, comps in series.items():
        verdicts = [_safe_cap(c, window=window, limits=limits) for c in comps if "RRULE" in c]
        if "invalid" in verdicts:
            problems.append(
                f"series {uid} in {label} has an RRULE INTERVAL below 1, which never advances; skipped"
            )
            continue
        if "skip" in verdicts:
            problems.append(
                f"series {uid} in {label} repeats too often to reach the window (more than "
                f"{limits.iterations:,} occurrences before it); skipped"
            )
            continue
        if "capped" in verdicts:
            problems.append(
                f"series {uid} in {label} has more than {limits.occurrences} occurrences in the window; "
                f"only the first {limits.occurrences} are read"
            )
        for comp in comps:
            rid = comp.get("RECURRENCE-ID")
            if rid is not None and str(rid.params.get("RANGE", "")).upper() == "THISANDFUTURE":
                with contextlib.suppress(TypeError):  # a date against a date-time: no shift to apply
                    moves[(uid, rid.dt)] = _minus(dt_of(comp["DTSTART"]), rid.dt)
        kept[uid] = comps
    try:
        queries = [recurring_ical_events.of(_calendar_of(cal, [c for cs in kept.values() for c in cs]))]
    except Exception:  # one bad series spoils the query; build one per series to name the culprit
        queries = []
        for uid, comps in kept.items():
            try:
                queries.append(recurring_ical_events.of(_calendar_of(cal, comps)))
            except Exception as exc:
                problems.append(f"{label}: event UID {uid} skipped: {short(exc)}")
    found: list[Found] = []
    todo = [s for q in queries for s in q.series]
    for done, one in enumerate(todo):
        if time.monotonic() > deadline:
            problems.append(
                f"{label}: stopped after {limits.seconds:g} s, the limit for one calendar; "
                f"{len(todo) - done} series not read"
            )
            break
        try:
            occurrences = list(islice(one.between(*window), limits.occurrences + 1))
        except Exception as exc:
            problems.append(f"{label}: event UID {one.uid} skipped: {short(exc)}")
            continue
        if len(occurrences) > limits.occurrences:  # RDATE lists, which no RRULE cap bounds
            occurrences = sorted(occurrences)[: limits.occurrences]
            problems.append(
                f"series {one.uid} in {label} has more than {limits.occurrences} occurrences in the window; "
                f"only the first {limits.occurrences} are read"
            )
        for occurrence in occurrences:
            found.append(_found(occurrence, moves))
    return found


def _found(occurrence: Any, moves: dict[tuple[str, Any], timedelta]) -> Found:
    """The occurrence with the component it comes from. ``as_component`` copies that component for every
    occurrence, most of the cost of a big calendar; we read the source once and take the times from the
    occurrence. The source sits in a private attribute: if a release moves it, we take the public copy."""
    source = getattr(getattr(occurrence, "_adapter", None), "_component", None)
    if not isinstance(source, icalendar.Component) or not isinstance(occurrence.start, date):
        comp = occurrence.as_component(False)
        return Found(comp, _original(comp, moves))
    rid = source.get("RECURRENCE-ID")
    original: date = occurrence.start
    if rid is not None:
        move = moves.get((str(source["UID"]), rid.dt))
        original = occurrence.start - move if move is not None else rid.dt
    end = occurrence.end if isinstance(occurrence.end, date) else None
    return Found(source, original, (occurrence.start, end), getattr(occurrence, "sequence", -1))


def _calendar_of(cal: icalendar.Calendar, comps: list[icalendar.Component]) -> icalendar.Calendar:
    """A calendar with ``cal``'s properties (X-WR-TIMEZONE...) and zones, holding only ``comps``."""
    single = icalendar.Calendar()
    for key, value in cal.items():
        single[key] = value
    for comp in cal.subcomponents:
        if comp.name == "VTIMEZONE":
            single.add_component(comp)
    for comp in comps:
        single.add_component(comp)
    return single


def _original(comp: icalendar.Component, moves: dict[tuple[str, Any], timedelta]) -> date:
    """The occurrence's original start. recurring-ical-events gives every occurrence after a
    RANGE=THISANDFUTURE change that change's RECURRENCE-ID; each keeps its own (RFC 5545 section 3.8.4.4)."""
    rid = comp.get("RECURRENCE-ID")
    if rid is None:
        value: date = date_of(comp["DTSTART"])
        return value
    move = moves.get((str(comp["UID"]), rid.dt))
    if move is not None:
        start: date = date_of(comp["DTSTART"])
        return start - move
    original: date = rid.dt
    return original


def _safe_cap(comp: icalendar.Component, *, window: tuple[datetime, datetime], limits: Limits) -> str:
    """``_cap``, or "" when the series' values are too odd to judge (the expansion then reports them)."""
    try:
        return _cap(comp, window=window, limits=limits)
    except (TypeError, ValueError, OverflowError, KeyError, AttributeError):
        return ""


def _cap(comp: icalendar.Component, *, window: tuple[datetime, datetime], limits: Limits) -> str:
    """Bound a series' RRULE before it is expanded: "" (fine), "capped" (UNTIL set at the last occurrence
    read) or "skip". Sub-daily rules without COUNT start again just before the window, so that neither we nor
    the library walk every minute since DTSTART (RFC 5545 allows FREQ=SECONDLY with no end)."""
    rule = _rule(comp["RRULE"])
    if int((rule.get("INTERVAL") or [1])[0]) < 1:
        # RFC 5545 wants a positive INTERVAL; with 0 dateutil never advances and loops without yielding.
        return "invalid"
    count = rule.get("COUNT")
    if count and int(count[0]) <= limits.occurrences:
        return ""
    start = date_of(comp["DTSTART"])  # anything else fails datetime.combine below, as before
    tz = start.tzinfo if isinstance(start, datetime) else None
    naive = (
        start.replace(tzinfo=None) if isinstance(start, datetime) else datetime.combine(start, clock_time())
    )

    def wall(moment: datetime) -> datetime:
        return (moment.astimezone(tz) if tz else moment).replace(tzinfo=None)

    end = dt_of(comp["DTEND"]) if "DTEND" in comp else None
    try:
        # the isinstance only narrows ``end`` for mypy: an end of the start's type is a date
        length = (
            max(end - start, timedelta(0))
            if isinstance(end, date) and type(end) is type(start)
            else timedelta(0)
        )
    except TypeError:  # a naive end against an aware start: judge by the start alone
        length = timedelta(0)
    floating = timedelta(hours=14) if tz is None else timedelta(0)  # read later in the user's zone
    low = wall(window[0]) - length - floating
    high = wall(window[1]) + floating
    freq = str((rule.get("FREQ") or [""])[0]).upper()
    shift = timedelta(0)
    if freq in _SUB_DAILY and not count and naive < low:
        period = _SUB_DAILY[freq] * int((rule.get("INTERVAL") or [1])[0])
        shift = timedelta(seconds=(low - naive).total_seconds() // period * period)
    try:
        text = rule.to_ical().decode()  # type: ignore[no-untyped-call]  # icalendar leaves vRecur.to_ical unannotated
        rules = rrulestr(text, dtstart=naive + shift, ignoretz=True)
    except Exception:  # let the expansion report what is wrong with the rule
        return ""
    seen, last = 0, None
    for walked, moment in enumerate(rules):
        if moment > high:
            break
        if walked >= limits.iterations:
            return "skip"
        if moment >= low:
            seen += 1
            if seen > limits.occurrences:
                break
            last = moment
    if shift:
        for name in ("DTSTART", "DTEND"):
            if name in comp:
                prop = comp[name]
                moved = icalendar.vDDDTypes(_plus(dt_of(prop), shift))
                moved.params = prop.params
                comp[name] = moved
    if seen <= limits.occurrences or last is None:
        return ""
    rule.pop("COUNT", None)
    if not isinstance(start, datetime):
        rule["UNTIL"] = [last.date()]
    elif tz is not None:
        rule["UNTIL"] = [last.replace(tzinfo=tz).astimezone(UTC)]
    else:
        rule["UNTIL"] = [last]
    return "capped"


def _rule(value: object) -> vRecur:
    """The RRULE of a component (the first, when it is given more than once)."""
    rule = value[0] if isinstance(value, list) else value
    if not isinstance(rule, vRecur):  # _safe_cap reads the TypeError as "too odd to judge"
        raise TypeError(f"RRULE is not a recurrence rule: {type(rule).__name__}")
    return rule


def _minus(start: DtValue, rid: Any) -> Any:
    """``start - rid`` (the shift of a RANGE=THISANDFUTURE change); TypeError where ``-`` raises it."""
    if isinstance(start, date | timedelta):
        return start - rid
    raise TypeError(f"unsupported operand types for -: {type(start).__name__} and {type(rid).__name__}")


def _plus(value: DtValue, shift: timedelta) -> date | timedelta:
    """``value + shift`` for the values a shift applies to; TypeError for the rest, as ``+`` raises."""
    if isinstance(value, date | timedelta):
        return value + shift
    raise TypeError(f"unsupported operand types for +: {type(value).__name__} and timedelta")
