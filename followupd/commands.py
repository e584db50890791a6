"""What each CLI command does; cli.py only parses arguments and maps errors to exit codes."""

from __future__ import annotations

import argparse
import email.utils
import getpass
import sys
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from email import policy
from email.parser import BytesParser
from zoneinfo import ZoneInfo

from followupd.app import App, load_app, load_config
from followupd.cli import EXIT_OK, EXIT_SERVICE, print_json, print_table
from followupd.domain import engine
from followupd.domain.models import Interview, Person, Stage
from followupd.errors import UserError
from followupd.views import debrief_json, interview_json, scan_json

__all__: list[str] = []


def _now() -> datetime:
    return datetime.now(UTC)


# --- check / run / status -------------------------------------------------------------------------------
def cmd_check(args: argparse.Namespace) -> int:
    from followupd.checks import run_checks

    settings = load_config(args.config)
    results = run_checks(settings)
    if args.json:
        print_json({"ok": all(r.ok for r in results), "checks": [r.as_json() for r in results]})
    else:
        for r in results:
            line = f"{'ok    ' if r.ok else 'FAILED'} {r.name}: {r.detail}"
            print(line + (f"\n       fix: {r.fix}" if r.fix else ""))
    return EXIT_OK if all(r.ok for r in results) else EXIT_SERVICE


def cmd_run(args: argparse.Namespace) -> int:
    from followupd.daemon import run

    app = load_app(args.config, args.state_dir)
    return run(app, once=args.once)


def cmd_status(args: argparse.Namespace) -> int:
    app = load_app(args.config, args.state_dir)
    store = app.store
    interviews = store.interviews()
    answered = {i.id: len(store.answers(i.id)) for i in interviews}
    outbox = store.outbox()
    data = {
        "interviews": [interview_json(i) | {"answered": answered[i.id]} for i in interviews],
        "timers": [
            {"kind": k, "interview_id": i, "due": d.strftime("%Y-%m-%dT%H:%M:%SZ")}
            for k, i, d in store.timers()
        ],
        "outbox": {
            s: sum(1 for r in outbox if r.status == s) for s in ("pending", "sending", "sent", "failed")
        },
        "failed": [
            {"id": r.id, "kind": r.kind, "subject": r.subject, "error": r.last_error}
            for r in outbox
            if r.status == "failed"
        ],
        "missed": [i.id for i in interviews if i.stage is Stage.missed],
        "health": [
            {"component": h["component"], "ok": bool(h["ok"]), "detail": h["detail"], "at": h["at"]}
            for h in store.health()
        ],
        "next_wakeup": (w.strftime("%Y-%m-%dT%H:%M:%SZ") if (w := store.next_wakeup()) else None),
    }
    if args.json:
        print_json(data)
        return EXIT_OK
    tz = ZoneInfo(app.settings.account.timezone)
    rows = [
        [
            str(i.id),
            i.start.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
            i.company,
            i.role,
            i.stage.value,
            f"{answered[i.id]}/{len(app.settings.questionnaire)}",
        ]
        for i in interviews
    ]
    print_table(rows, ["ID", "START", "COMPANY", "ROLE", "STAGE", "ANSWERS"], empty="No interviews yet.")
    print(f"\nOutbox: {data['outbox']}")
    for failed in data["failed"]:
        print(f"  failed #{failed['id']} {failed['subject']}: {failed['error']}")
    for missed in data["missed"]:
        print(f"  missed: interview {missed} ended too long before followupd could ask about it")
    for h in data["health"]:
        print(f"{'ok    ' if h['ok'] else 'FAILED'} {h['component']}: {h['detail']} (at {h['at']})")
    if data["next_wakeup"]:
        print(f"Next due: {data['next_wakeup']}")
    return EXIT_OK


# --- interviews -----------------------------------------------------------------------------------------
def _get(app: App, interview_id: int) -> Interview:
    interview = app.store.interview(interview_id)
    if interview is None:
        raise UserError(
            f"no interview with id {interview_id}", fix="`followupd interviews list` shows the ids"
        )
    return interview


def cmd_interviews_list(args: argparse.Namespace) -> int:
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


def cmd_interviews_show(args: argparse.Namespace) -> int:
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
        print(f"  with {person.name} <{person.email}>")
    if interview.meeting_link:
        print(f"  link: {interview.meeting_link}")
    print(f"\nDebrief: {debrief['answered']} of {debrief['total']} answered")
    for q in debrief["questions"]:
        print(f"  {q['number']:>2}. {q['text']}\n      {q['answer'] if q['answer'] is not None else '-'}")
    return EXIT_OK


def _apply(app: App, existing: Interview, plan: engine.Plan) -> None:
    app.service.apply(existing, plan, now=_now())


def cmd_interviews_ignore(args: argparse.Namespace) -> int:
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


def cmd_interviews_edit(args: argparse.Namespace) -> int:
    app = load_app(args.config, args.state_dir)
    interview = _get(app, args.id)
    changes: dict[str, object] = {}
    if args.company is not None:
        changes["company"] = args.company
    if args.role is not None:
        changes["role"] = args.role
    if args.interviewer:
        changes["interviewers"] = _people(args.interviewer)
    if not changes:
        raise UserError("nothing to change", fix="give --company, --role or --interviewer")
    edited = replace(interview, edited=interview.edited | set(changes), **changes)  # type: ignore[arg-type]
    _apply(app, interview, engine.Plan(edited, note="edited"))
    print(
        f"Interview {interview.id} updated; calendar changes will not overwrite {', '.join(sorted(changes))}."
    )
    return EXIT_OK


def _parse_when(value: str, tz: str, flag: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise UserError(
            f"{value!r} is not a date and time", where=flag, fix="write e.g. 2026-11-26T14:00"
        ) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=ZoneInfo(tz))


def cmd_interviews_add(args: argparse.Namespace) -> int:
    from followupd.compose import new_token

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
        stage=Stage.scheduled,
        interviewers=_people(args.interviewer),
        summary=f"Interview: {args.company}",
        edited=frozenset({"company", "role", "interviewers"}),
    )
    plan = engine.Plan(
        interview, (engine.SetTimer(engine.TimerKind.debrief, end + app.settings.debrief.delay),), "added"
    )
    _apply(app, interview, plan)
    added = app.store.interview_by_key("manual", interview.uid, "")
    print(
        f"Added interview {added.id if added else '?'}: {args.company}, debrief due "
        f"{(end + app.settings.debrief.delay).astimezone(ZoneInfo(tz)):%Y-%m-%d %H:%M}."
    )
    return EXIT_OK


def cmd_interviews_scan(args: argparse.Namespace) -> int:
    from followupd.adapters.calendar_sources import make_source
    from followupd.adapters.ical import parse_calendar
    from followupd.domain.detect import detect
    from followupd.secrets import resolve

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
        for text in source.sync(None).changed.values():
            parsed = parse_calendar(
                text,
                source=calendar.name,
                user_tz=settings.account.timezone,
                window=window,
                calendar_name=calendar.name,
            )
            for problem in parsed.problems:
                print(f"warning: {problem}", file=sys.stderr)
            for event in parsed.events:
                found.append(
                    (
                        event,
                        detect(event, rules=settings.interviews, own_addresses=settings.account.addresses),
                    )
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


# --- debrief --------------------------------------------------------------------------------------------
def cmd_debrief_parse(args: argparse.Namespace) -> int:
    from followupd.domain.questionnaire import DEFAULT_QUESTIONS
    from followupd.domain.replies import parse_reply, value_to_json

    try:
        raw = args.file.read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read {args.file}: {exc.strerror}") from None
    questionnaire = DEFAULT_QUESTIONS
    own_addresses: tuple[str, ...] = ()  # as the daemon passes them: attributions naming the user are history
    if args.config or _default_config_exists():
        settings = load_config(args.config)
        questionnaire = settings.questionnaire
        own_addresses = tuple(settings.account.addresses)
    if args.questionnaire:
        from followupd.config import load_questionnaire

        questionnaire = load_questionnaire(args.questionnaire)
    message = BytesParser(policy=policy.default).parsebytes(raw)
    if args.date:
        try:
            when = date.fromisoformat(args.date)
        except ValueError:
            raise UserError(f"{args.date!r} is not a date", where="--date", fix="write YYYY-MM-DD") from None
    else:
        sent = email.utils.parsedate_to_datetime(message["Date"]) if message["Date"] else None
        when = sent.date() if sent else date.today()
    reply = parse_reply(
        message, questionnaire=questionnaire, interview_date=when, own_addresses=own_addresses
    )
    answers = {a.question_id: a for a in reply.answers}
    if args.json:
        print_json(
            {
                "shape": reply.shape,
                "own_text": reply.own_text,
                "free_notes": reply.free_notes or None,
                "problems": list(reply.problems),
                "answers": [
                    {
                        "id": q.id,
                        "number": n,
                        "text": q.text,
                        "answer": answers[q.id].text if q.id in answers else None,
                        "value": value_to_json(answers[q.id].value) if q.id in answers else None,
                        "notes": list(answers[q.id].notes) if q.id in answers else [],
                    }
                    for n, q in enumerate(questionnaire.questions, start=1)
                ],
            }
        )
        return EXIT_OK
    print(f"Shape: {reply.shape}")
    for n, q in enumerate(questionnaire.questions, start=1):
        a = answers.get(q.id)
        print(
            f"{n:>2}. {q.text}\n    {a.text if a else '-'}"
            + (f"   -> {value_to_json(a.value)}" if a and a.value is not None else "")
        )
    if reply.free_notes:
        print(f"\nFree notes:\n{reply.free_notes}")
    for problem in reply.problems:
        print(f"problem: {problem}")
    return EXIT_OK


def _default_config_exists() -> bool:
    from followupd.config import default_config_path

    return default_config_path().exists()


# --- secrets --------------------------------------------------------------------------------------------
def cmd_secrets_set(args: argparse.Namespace) -> int:
    from followupd.secrets import store_in_keyring

    settings = load_config(args.config)
    specs = {"imap": settings.imap.secret, "smtp": settings.smtp.secret}
    specs |= {c.secret.name: c.secret for c in settings.calendars if c.secret}
    if settings.web.secret:
        specs["web"] = settings.web.secret
    if args.name not in specs:
        raise UserError(f"no secret called {args.name!r}", fix=f"one of: {', '.join(sorted(specs))}")
    password = getpass.getpass(f"Password for {args.name} ({specs[args.name].username}): ")
    if not password:
        raise UserError("empty password; nothing stored")
    store_in_keyring(specs[args.name], password)
    print(f"Stored the {args.name} password in the keyring.")
    return EXIT_OK


def cmd_secrets_status(args: argparse.Namespace) -> int:
    from followupd.secrets import keyring_status

    ok, detail = keyring_status()
    print(("keyring: " if ok else "keyring unavailable: ") + detail)
    return EXIT_OK


def cmd_init(args: argparse.Namespace) -> int:
    from followupd.setup import run_init

    return run_init(args)
