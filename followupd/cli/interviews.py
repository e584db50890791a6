"""`followupd interviews ...`: list, show, ignore, edit, add and scan interviews."""

from __future__ import annotations

import argparse
import email.utils
import sys
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from followupd.cli.output import EXIT_OK, answer_block, notes_block, print_json, print_table
from followupd.domain.models import Interview, Person
from followupd.domain.workflows import debrief as engine
from followupd.domain.workflows.plan import Plan
from followupd.errors import UserError
from followupd.services.app import App, load_app, load_config
from followupd.services.views import debrief_json, interview_json, scan_json

__all__: list[str] = []


def _now() -> datetime:
    return datetime.now(UTC)


def _get(app: App, interview_id: int) -> Interview:
    interview = app.store.interview(interview_id)
    if interview is None:
        raise UserError(
            f"no interview with id {interview_id}", fix="`followupd interviews list` shows the ids"
        )
    return interview


def cmd_list(args: argparse.Namespace) -> int:
    app = load_app(args.config, args.state_dir)
    interviews = app.store.interviews()
    if args.json:
        print_json([interview_json(i) for i in interviews])
        return EXIT_OK
    tz = ZoneInfo(app.settings.account.timezone)
    rows = [
        [
            str(i.id),
            i.start.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
            i.company,
            i.role,
            ", ".join(p.name or p.email for p in i.interviewers),
            i.stage.value,
        ]
        for i in interviews
    ]
    print_table(
        rows,
        ["ID", "START", "COMPANY", "ROLE", "INTERVIEWERS", "STAGE"],
        empty="No interviews yet. `followupd interviews scan` shows what detection makes of your calendar.",
    )
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    app = load_app(args.config, args.state_dir)
    interview = _get(app, args.id)
    debrief = debrief_json(app.store, interview.id, app.settings.questionnaire)
    if args.json:
        print_json(interview_json(interview) | {"debrief": debrief})
        return EXIT_OK
    tz = ZoneInfo(app.settings.account.timezone)
    print(f"#{interview.id} {interview.company}, {interview.role} [{interview.stage.value}]")
    print(
        f"  {interview.start.astimezone(tz):%a %d %b %Y %H:%M}-{interview.end.astimezone(tz):%H:%M} "
        f"({app.settings.account.timezone})"
    )
    for person in interview.interviewers:
        print(
            f"  with {person.name} <{person.email}>" if person.email else f"  with {person.name} (no address)"
        )
    if interview.meeting_link:
        print(f"  link: {interview.meeting_link}")
    print(f"\nDebrief: {debrief['answered']} of {debrief['total']} answered")
    for q in debrief["questions"]:
        print(answer_block(q["number"], q["text"], q["answer"], q["value"]))
    for reply in debrief["replies"]:
        if reply["free_notes"]:
            received = datetime.fromisoformat(reply["received_at"]).astimezone(tz)
            print(
                notes_block(f"\nNotes from the reply of {received:%a %-d %b %H:%M %Z}:", reply["free_notes"])
            )
    return EXIT_OK


def _apply(app: App, existing: Interview, plan: Plan) -> None:
    app.service.plans.apply(existing, plan, now=_now())


def cmd_ignore(args: argparse.Namespace) -> int:
    app = load_app(args.config, args.state_dir)
    interview = _get(app, args.id)
    _apply(app, interview, engine.on_ignore(interview))
    print(f"Interview {interview.id} ({interview.company}) ignored: nothing will be sent about it.")
    return EXIT_OK


def _people(values: list[str] | None) -> tuple[Person, ...]:
    people = []
    for value in values or []:
        name, address = email.utils.parseaddr(value)
        if "@" not in address:
            raise UserError(f"{value!r} is not 'Name <email>'", where="--interviewer")
        people.append(Person(name or address.split("@")[0], address.lower()))
    return tuple(people)


def cmd_edit(args: argparse.Namespace) -> int:
    app = load_app(args.config, args.state_dir)
    interview = _get(app, args.id)
    interviewers = _people(args.interviewer) if args.interviewer else None
    plan = engine.on_edited(interview, company=args.company, role=args.role, interviewers=interviewers)
    if plan.interview is None:
        raise UserError("nothing to change", fix="give --company, --role or --interviewer")
    _apply(app, interview, plan)
    changes = sorted(plan.interview.edited - interview.edited) or sorted(plan.interview.edited)
    print(f"Interview {interview.id} updated; calendar changes will not overwrite {', '.join(changes)}.")
    return EXIT_OK


def _parse_when(value: str, tz: str, flag: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise UserError(
            f"{value!r} is not a date and time", where=flag, fix="write e.g. 2026-11-26T14:00"
        ) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=ZoneInfo(tz))


def cmd_add(args: argparse.Namespace) -> int:
    # Imported here, not at the top: the composer loads Jinja2, which list/show/edit never need.
    from followupd.compose.composer import new_token

    app = load_app(args.config, args.state_dir)
    tz = app.settings.account.timezone
    start = _parse_when(args.start, tz, "--start")
    end = _parse_when(args.end, tz, "--end") if args.end else start + timedelta(hours=1)
    if end <= start:
        raise UserError("the end is not after the start", where="--end")
    interview = Interview(
        id=0,
        source="manual",
        uid=f"manual-{new_token()}",
        recurrence_id="",
        company=args.company,
        role=args.role,
        start=start,
        end=end,
        tzid=tz,
        interviewers=_people(args.interviewer),
        summary=f"Interview: {args.company}",
    )
    _apply(app, interview, engine.on_added(interview, debrief=app.settings.debrief))
    added = app.store.interview_by_key("manual", interview.uid, "")
    print(
        f"Added interview {added.id if added else '?'}: {args.company}, debrief due "
        f"{(end + app.settings.debrief.delay).astimezone(ZoneInfo(tz)):%Y-%m-%d %H:%M}."
    )
    return EXIT_OK


def cmd_scan(args: argparse.Namespace) -> int:
    # Only scan reads calendars; the parser and the sources (icalendar, caldav) would slow every other command.
    from followupd.adapters.calendar.objects import read_objects
    from followupd.adapters.calendar.sources import make_source
    from followupd.adapters.secrets import resolve
    from followupd.domain.detect import detect

    settings = load_config(args.config)
    tz = ZoneInfo(settings.account.timezone)

    def day(value: str | None, default: date) -> datetime:
        try:
            d = date.fromisoformat(value) if value else default
        except ValueError:
            raise UserError(f"{value!r} is not a date", fix="write YYYY-MM-DD") from None
        return datetime(d.year, d.month, d.day, tzinfo=tz)

    today = datetime.now(tz).date()
    window = (day(args.date_from, today - timedelta(days=7)), day(args.date_to, today + timedelta(days=30)))
    found = []
    for calendar in settings.calendars:
        source = make_source(calendar, resolve(calendar.secret) if calendar.secret else None)
        reading = read_objects(
            source.sync(None).changed, source=calendar.name, user_tz=settings.account.timezone, window=window
        )
        for problem in reading.problems:
            print(f"warning: {problem}", file=sys.stderr)
        for event in reading.all_events:
            found.append(
                (event, detect(event, rules=settings.interviews, own_addresses=settings.account.addresses))
            )
    found.sort(key=lambda pair: pair[0].start)
    if args.json:
        print_json([scan_json(e, d) for e, d in found])
        return EXIT_OK
    rows = [
        [
            e.start.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
            "yes" if d.is_interview else "no",
            e.summary[:40],
            d.company,
            d.rule,
        ]
        for e, d in found
    ]
    print_table(rows, ["START", "INTERVIEW", "SUMMARY", "COMPANY", "WHY"], empty="No events in range.")
    return EXIT_OK
