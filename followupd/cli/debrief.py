"""`followupd debrief parse`: run the reply parser on a saved message and show what it reads."""

from __future__ import annotations

import argparse
import email.utils
from datetime import date
from email import policy
from email.parser import BytesParser

from followupd.cli.output import EXIT_OK, answer_block, notes_block, print_json
from followupd.config.load import default_config_path, load_questionnaire
from followupd.domain.questionnaire import DEFAULT_QUESTIONS
from followupd.domain.replies import parse_reply, value_to_json
from followupd.errors import UserError
from followupd.services.app import load_app, load_config

__all__: list[str] = []


def cmd_parse(args: argparse.Namespace) -> int:
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
        value = value_to_json(a.value) if a and a.value is not None else None
        print(answer_block(n, q.text, a.text if a else None, value))
    if reply.free_notes:
        print(notes_block("\nFree notes:", reply.free_notes))
    for problem in reply.problems:
        print(f"problem: {problem}")
    return EXIT_OK


def _default_config_exists() -> bool:
    return default_config_path().exists()


def cmd_retry(args: argparse.Namespace) -> int:
    """Release a reply that intake set aside; the daemon (or the next `run --once`) reads it again."""
    app = load_app(args.config, args.state_dir)
    with app.store.transaction():
        row = app.store.release_set_aside(args.message_id)
    if row is None:
        raise UserError(
            f"no reply {args.message_id!r} is set aside",
            where="debrief retry",
            fix="`followupd status` lists set-aside replies with their Message-ID",
        )
    print(f"Released {row['message_id']} ({row['folder']} uid {row['uid']}); intake reads it again shortly.")
    return EXIT_OK
