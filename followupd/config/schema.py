"""The config schema: each section's keys, their types and defaults, checked into typed Settings."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import MISSING, dataclass, fields
from datetime import timedelta
from pathlib import Path
from typing import Any

from followupd.config.providers import authserv_id_for
from followupd.config.settings import (
    AccountSettings,
    CalendarSettings,
    DebriefSettings,
    DigestSettings,
    FollowupSettings,
    HeadsUpSettings,
    InterviewRules,
    ReferenceSettings,
    ScheduleSettings,
    SecretSpec,
    Security,
    ServerSettings,
    Settings,
    ThankYouSettings,
    WebSettings,
)
from followupd.config.values import (
    TYPE_NAMES,
    check_zone,
    is_loopback,
    kind_name,
    question_kind,
    security_value,
    time_range,
    weekdays,
    weekly_time,
)
from followupd.domain.durations import parse_duration
from followupd.domain.policy import DraftWhen, HeadsUpWhen
from followupd.domain.questionnaire import DEFAULT_QUESTIONS, Kind, Question, Questionnaire
from followupd.domain.waits import parse_wait

# Each default is written once, in the settings dataclasses; the schema reads it from there.
_RULES, _DEBRIEF, _WEB, _SCHEDULE = InterviewRules(), DebriefSettings(), WebSettings(), ScheduleSettings()
_FOLLOWUPS = FollowupSettings()
_SETTINGS = {f.name: f.default for f in fields(Settings) if f.default is not MISSING}

__all__ = ["Problem", "Validator"]


@dataclass(frozen=True)
class Problem:
    key: str
    what: str
    fix: str = ""


_SECRET_KEYS = {
    "keyring",
    "password_command",
    "credential",
    "password_env",
    "password",
    "oauth2_token_command",
}
_SERVER_KEYS = {"host", "port", "security", "username", "ca_file", "timeout"} | _SECRET_KEYS


class Validator:
    def __init__(self, *, source: Path | None, private: bool) -> None:
        self.source = source
        self.private = private
        self.problems: list[Problem] = []
        self.base = source.parent if source else Path.cwd()

    def fail(self, key: str, what: str, fix: str = "") -> None:
        self.problems.append(Problem(key, what, fix))

    # --- field readers -------------------------------------------------------------------------------
    def table(self, data: dict[str, Any], key: str, path: str, *, required: bool = False) -> dict[str, Any]:
        value = data.get(key)
        if value is None:
            if required:
                self.fail(
                    path,
                    "section is missing",
                    f"add a [{path}] section; `followupd init --print-example` shows one",
                )
            return {}
        if not isinstance(value, dict):
            self.fail(path, f"expected a table, got {kind_name(value)}", f"write it as [{path}]")
            return {}
        return value

    def known(self, table: dict[str, Any], path: str, allowed: set[str]) -> None:
        for key in table:
            if key not in allowed:
                # "debrief_delay" under [debrief] is a common slip: compare without the section's own name too.
                bare = key.removeprefix(path.rsplit(".", 1)[-1].split("[")[0] + "_") if path else key
                close = difflib.get_close_matches(
                    key, sorted(allowed), n=1, cutoff=0.6
                ) or difflib.get_close_matches(bare, sorted(allowed), n=1, cutoff=0.6)
                fix = f"did you mean `{close[0]}`?" if close else f"known keys: {', '.join(sorted(allowed))}"
                self.fail(f"{path}.{key}" if path else key, "unknown key", fix)

    def get(
        self,
        table: dict[str, Any],
        key: str,
        path: str,
        kind: type | tuple[type, ...],
        default: Any,
        *,
        required: bool = False,
    ) -> Any:
        if key not in table:
            if required:
                self.fail(f"{path}.{key}", "is required", "`followupd init --print-example` shows an example")
            return default
        value = table[key]
        if (kind is int and isinstance(value, bool)) or not isinstance(value, kind):
            names = " or ".join(k.__name__ for k in (kind if isinstance(kind, tuple) else (kind,)))
            self.fail(f"{path}.{key}", f"expected {TYPE_NAMES.get(names, names)}, got {kind_name(value)}")
            return default
        return value

    def converted(
        self, table: dict[str, Any], key: str, path: str, convert: Callable[[Any], Any], default: Any
    ) -> Any:
        if key not in table:
            return default
        try:
            return convert(table[key])
        except (ValueError, TypeError) as exc:
            self.fail(f"{path}.{key}", str(exc))
            return default

    def duration(self, table: dict[str, Any], key: str, path: str, default: timedelta | None) -> Any:
        def convert(value: Any) -> timedelta | None:
            if value is False and default is not None:
                return None
            return parse_duration(value)

        return self.converted(table, key, path, convert, default)

    def string_list(self, table: dict[str, Any], key: str, path: str) -> tuple[str, ...]:
        value = self.get(table, key, path, list, [])
        if not all(isinstance(item, str) for item in value):
            self.fail(f"{path}.{key}", "expected a list of strings")
            return ()
        return tuple(value)

    def path_value(self, table: dict[str, Any], key: str, path: str) -> Path | None:
        value = self.get(table, key, path, str, None)
        if value is None:
            return None
        resolved = (self.base / Path(value).expanduser()).resolve()
        return resolved

    # --- sections ----------------------------------------------------------------------------------------
    def settings(self, data: dict[str, Any]) -> Settings | None:
        self.known(
            data,
            "",
            {
                "account",
                "imap",
                "smtp",
                "calendars",
                "interviews",
                "debrief",
                "questionnaire",
                "thank_you",
                "references",
                "followups",
                "heads_up",
                "web",
                "schedule",
                "mailbox",
            },
        )
        account = self.account(self.table(data, "account", "account", required=True))
        imap = self.server(self.table(data, "imap", "imap", required=True), "imap", 993)
        smtp = self.server(self.table(data, "smtp", "smtp", required=True), "smtp", 465)
        calendars = self.calendars(data.get("calendars", []))
        rules = self.interviews(self.table(data, "interviews", "interviews"))
        debrief = self.debrief(self.table(data, "debrief", "debrief"))
        questionnaire = self.questionnaire(self.table(data, "questionnaire", "questionnaire"))
        thank_you = self.thank_you(self.table(data, "thank_you", "thank_you"))
        references = self.references(data.get("references", []))
        followups = self.followups(self.table(data, "followups", "followups"))
        heads_up = self.heads_up(self.table(data, "heads_up", "heads_up"))
        web = self.web(self.table(data, "web", "web"))
        schedule = self.schedule(self.table(data, "schedule", "schedule"))
        mailbox = self.table(data, "mailbox", "mailbox")
        self.known(
            mailbox,
            "mailbox",
            {
                "folders",
                "poll_interval",
                "done_folder",
                "require_dkim",
                "authserv_id",
                "smtp_saves_sent",
                "settle_after",
            },
        )
        folders = self.string_list(mailbox, "folders", "mailbox") or ("INBOX",)
        poll = self.duration(mailbox, "poll_interval", "mailbox", _SETTINGS["poll_interval"])
        done_folder = self.get(mailbox, "done_folder", "mailbox", str, "")
        require_dkim = self.get(mailbox, "require_dkim", "mailbox", bool, _SETTINGS["require_dkim"])
        authserv_id = self.get(mailbox, "authserv_id", "mailbox", str, "")
        saves_sent = self.get(mailbox, "smtp_saves_sent", "mailbox", bool, None)
        settle_after = self.duration(mailbox, "settle_after", "mailbox", _SETTINGS["settle_after"])
        if account is None or imap is None or smtp is None:
            return None
        # Intake: whose Authentication-Results header counts; the IMAP host names the provider by default.
        authserv_id = authserv_id or authserv_id_for(imap.host)
        return Settings(
            account=account,
            imap=imap,
            smtp=smtp,
            calendars=calendars,
            interviews=rules,
            debrief=debrief,
            questionnaire=questionnaire,
            thank_you=thank_you,
            references=references,
            followups=followups,
            heads_up=heads_up,
            web=web,
            schedule=schedule,
            watch_folders=folders,
            poll_interval=poll,
            done_folder=done_folder,
            require_dkim=require_dkim,
            authserv_id=authserv_id,
            smtp_saves_sent=saves_sent,
            settle_after=settle_after,
            source_path=self.source,
        )

    def account(self, t: dict[str, Any]) -> AccountSettings | None:
        self.known(t, "account", {"name", "addresses", "timezone"})
        name = self.get(t, "name", "account", str, "", required=True)
        addresses = self.string_list(t, "addresses", "account")
        if not addresses and "addresses" not in t:
            self.fail(
                "account.addresses", "is required", 'list your own addresses: addresses = ["you@example.com"]'
            )
        for address in addresses:
            if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+|[^@\s]+@localhost", address):
                self.fail("account.addresses", f"{address!r} is not an email address")
        tz = self.converted(t, "timezone", "account", check_zone, None)
        if "timezone" not in t:
            self.fail("account.timezone", "is required", 'an IANA zone such as "Europe/Berlin"')
        if not t or not addresses or tz is None:
            return None
        return AccountSettings(name=name, addresses=tuple(a.lower() for a in addresses), timezone=tz)

    def secret(self, t: dict[str, Any], path: str, name: str, username: str) -> SecretSpec:
        command = t.get("password_command")
        if command is not None and not (
            isinstance(command, str)
            or (isinstance(command, list) and all(isinstance(c, str) for c in command))
        ):
            self.fail(f"{path}.password_command", "expected a string or a list of strings")
            command = None
        oauth = t.get("oauth2_token_command")
        if oauth is not None and not (
            isinstance(oauth, str) or (isinstance(oauth, list) and all(isinstance(c, str) for c in oauth))
        ):
            self.fail(f"{path}.oauth2_token_command", "expected a string or a list of strings")
            oauth = None
        password = self.get(t, "password", path, str, None)
        if password is not None and not self.private:
            self.fail(
                f"{path}.password",
                "a literal password is refused because the config file is readable by other users",
                f"run `chmod 600 {self.source}`, or better use `followupd secrets set "
                f"{name}` or password_command",
            )
            password = None
        return SecretSpec(
            name=name,
            username=username,
            keyring=self.get(t, "keyring", path, bool, True),
            password_command=tuple(command) if isinstance(command, list) else command,
            credential=self.get(t, "credential", path, str, None),
            env=self.get(t, "password_env", path, str, None),
            password=password,
            oauth2_token_command=tuple(oauth) if isinstance(oauth, list) else oauth,
            workdir=self.base,
        )

    def server(self, t: dict[str, Any], path: str, default_port: int) -> ServerSettings | None:
        if not t:
            return None
        self.known(t, path, _SERVER_KEYS)
        host = self.get(t, "host", path, str, "", required=True)
        security = self.converted(t, "security", path, security_value, Security.tls)
        port = self.get(
            t,
            "port",
            path,
            int,
            default_port if security is Security.tls else {"imap": 143, "smtp": 587}[path],
        )
        if not 0 < port < 65536:
            self.fail(f"{path}.port", f"{port} is not a port number", "use 1-65535")
        if security is Security.none and host and not is_loopback(host):
            self.fail(
                f"{path}.security",
                f'"none" is only allowed for a loopback host, not {host}',
                'use "tls" or "starttls"',
            )
        username = self.get(t, "username", path, str, "", required=True)
        timeout = self.get(t, "timeout", path, (int, float), 30.0)
        ca_file = self.path_value(t, "ca_file", path)
        if ca_file is not None and not ca_file.is_file():
            self.fail(f"{path}.ca_file", f"{ca_file} does not exist", "give the path of a PEM file")
        if not host or not username:
            return None
        return ServerSettings(
            host=host,
            port=port,
            security=security,
            username=username,
            secret=self.secret(t, path, path, username),
            ca_file=ca_file,
            timeout=float(timeout),
        )

    def calendars(self, value: Any) -> tuple[CalendarSettings, ...]:
        if not isinstance(value, list):
            self.fail("calendars", "expected [[calendars]] entries")
            return ()
        out = []
        names: set[str] = set()
        for index, t in enumerate(value):
            path = f"calendars[{index}]"
            if not isinstance(t, dict):
                self.fail(path, "expected a table")
                continue
            self.known(
                t,
                path,
                {"name", "kind", "url", "path", "calendars", "username", "interval", "timeout", "ca_file"}
                | _SECRET_KEYS,
            )
            kind = self.get(t, "kind", path, str, "", required=True)
            if kind and kind not in ("caldav", "ics_url", "ics_file"):
                close = difflib.get_close_matches(kind, ["caldav", "ics_url", "ics_file"], n=1)
                self.fail(
                    f"{path}.kind",
                    f"unknown kind {kind!r}",
                    f"did you mean `{close[0]}`?" if close else "use caldav, ics_url or ics_file",
                )
                continue
            name = self.get(t, "name", path, str, f"{kind}-{index + 1}")
            if name in names:
                self.fail(
                    f"{path}.name", f"calendar name {name!r} is used twice", "give each calendar its own name"
                )
            names.add(name)
            url = self.get(t, "url", path, str, "")
            file_path = self.path_value(t, "path", path)
            if kind in ("caldav", "ics_url") and not url:
                self.fail(f"{path}.url", "is required for kind " + kind)
            if kind == "ics_file" and file_path is None:
                self.fail(
                    f"{path}.path", "is required for kind ics_file", "the .ics file or a folder of them"
                )
            username = self.get(t, "username", path, str, "")
            has_secret = username or any(k in t for k in _SECRET_KEYS)
            default_interval = timedelta(minutes=10 if kind == "ics_url" else 2)
            out.append(
                CalendarSettings(
                    name=name,
                    kind=kind,
                    url=url,
                    path=file_path,
                    calendars=self.string_list(t, "calendars", path),
                    username=username,
                    secret=self.secret(t, path, f"calendar-{name}", username) if has_secret else None,
                    ca_file=self.path_value(t, "ca_file", path),
                    interval=self.duration(t, "interval", path, default_interval),
                    timeout=float(self.get(t, "timeout", path, (int, float), 30.0)),
                )
            )
        return tuple(out)

    def interviews(self, t: dict[str, Any]) -> InterviewRules:
        self.known(
            t,
            "interviews",
            {
                "keywords",
                "replace_default_keywords",
                "patterns",
                "exclude",
                "calendars",
                "domains",
                "include_all_day",
                "detect_own_hiring",
                "track_series",
            },
        )
        patterns = self.string_list(t, "patterns", "interviews")
        exclude = self.string_list(t, "exclude", "interviews")
        for key, items in (("patterns", patterns), ("exclude", exclude)):
            for item in items:
                try:
                    re.compile(item)
                except re.error as exc:
                    self.fail(f"interviews.{key}", f"{item!r} is not a valid regular expression: {exc}")
        return InterviewRules(
            keywords=self.string_list(t, "keywords", "interviews"),
            replace_default_keywords=self.get(
                t, "replace_default_keywords", "interviews", bool, _RULES.replace_default_keywords
            ),
            patterns=patterns,
            exclude=exclude,
            calendars=self.string_list(t, "calendars", "interviews"),
            domains=tuple(d.lower() for d in self.string_list(t, "domains", "interviews")),
            include_all_day=self.get(t, "include_all_day", "interviews", bool, _RULES.include_all_day),
            detect_own_hiring=self.get(t, "detect_own_hiring", "interviews", bool, _RULES.detect_own_hiring),
            track_series=self.string_list(t, "track_series", "interviews"),
        )

    def debrief(self, t: dict[str, Any]) -> DebriefSettings:
        self.known(t, "debrief", {"delay", "max_lateness", "reminder"})
        return DebriefSettings(
            delay=self.duration(t, "delay", "debrief", _DEBRIEF.delay),
            max_lateness=self.duration(t, "max_lateness", "debrief", _DEBRIEF.max_lateness),
            reminder=self.duration(t, "reminder", "debrief", _DEBRIEF.reminder),
        )

    def questionnaire(self, t: dict[str, Any]) -> Questionnaire:
        self.known(t, "questionnaire", {"replace", "questions"})
        replace = self.get(t, "replace", "questionnaire", bool, False)
        extra = t.get("questions", [])
        if not isinstance(extra, list):
            self.fail("questionnaire.questions", "expected [[questionnaire.questions]] entries")
            return DEFAULT_QUESTIONS
        questions: list[Question] = [] if replace else list(DEFAULT_QUESTIONS.questions)
        for index, q in enumerate(extra):
            path = f"questionnaire.questions[{index}]"
            if not isinstance(q, dict):
                self.fail(path, "expected a table with id, text and kind")
                continue
            self.known(q, path, {"id", "text", "kind"})
            qid = self.get(q, "id", path, str, "", required=True)
            text = self.get(q, "text", path, str, "", required=True)
            kind = self.converted(q, "kind", path, question_kind, Kind.text)
            if qid and not re.fullmatch(r"[a-z][a-z0-9_]*", qid):
                self.fail(f"{path}.id", f"{qid!r} is not a valid id", "use lower-case letters, digits and _")
            elif qid in {x.id for x in questions}:
                self.fail(f"{path}.id", f"question id {qid!r} is used twice")
            elif qid and text:
                questions.append(Question(qid, kind, text))
        if not questions:
            self.fail("questionnaire", "has no questions", "add [[questionnaire.questions]] or drop replace")
            return DEFAULT_QUESTIONS
        return Questionnaire(tuple(questions))

    def thank_you(self, t: dict[str, Any]) -> ThankYouSettings:
        self.known(
            t, "thank_you", {"draft_after", "auto_send", "signature", "draft_when", "language", "undo_after"}
        )
        when = self.get(t, "draft_when", "thank_you", str, DraftWhen.unless_no.value)
        if when not in {w.value for w in DraftWhen}:
            self.fail(
                "thank_you.draft_when",
                f"{when!r} is not one of always, unless_no, only_if_yes",
                'write "unless_no"',
            )
            when = DraftWhen.unless_no.value
        language = self.get(t, "language", "thank_you", str, "en").strip().lower()
        if not re.fullmatch(r"[a-z]{2}", language):
            self.fail(
                "thank_you.language",
                f"{language!r} is not a two-letter language code",
                'write "en" or "de" (shipped), or another code with thanks_<code>.txt.j2 in <config dir>/templates',
            )
            language = "en"
        return ThankYouSettings(
            draft_after=self.duration(t, "draft_after", "thank_you", timedelta(hours=18)),
            auto_send=self.get(t, "auto_send", "thank_you", bool, False),
            signature=self.get(t, "signature", "thank_you", str, ""),
            draft_when=DraftWhen(when),
            language=language,
            undo_after=self.duration(t, "undo_after", "thank_you", timedelta(minutes=5)),
        )

    def references(self, value: Any) -> tuple[ReferenceSettings, ...]:
        if not isinstance(value, list):
            self.fail(
                "references", "expected [[references]] entries", "write each reference as [[references]]"
            )
            return ()
        out = []
        for index, t in enumerate(value):
            path = f"references[{index}]"
            if not isinstance(t, dict):
                self.fail(path, "expected a table", "write each reference as [[references]]")
                continue
            keys = {
                "name",
                "email",
                "relationship",
                "speaks_to",
                "notes",
                "auto_send",
                "timezone",
                "max_per_month",
            }
            self.known(t, path, keys)
            name = self.get(t, "name", path, str, "", required=True)
            email = self.get(t, "email", path, str, "", required=True)
            if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
                self.fail(
                    f"{path}.email", f"{email!r} is not an email address", 'write e.g. "sam@example.net"'
                )
                email = ""
            if "speaks_to" in t and "notes" in t:
                self.fail(
                    f"{path}.notes", "is the older name of speaks_to; both are set", "keep only speaks_to"
                )
            speaks_to = self.get(t, "speaks_to", path, str, "") or self.get(t, "notes", path, str, "")
            zone = self.converted(t, "timezone", path, check_zone, "")
            most = self.get(t, "max_per_month", path, int, 3)
            if most < 1:
                self.fail(
                    f"{path}.max_per_month", f"{most} is below 1", "write a whole number of 1 or more, e.g. 3"
                )
                most = 3
            if name and email:
                out.append(
                    ReferenceSettings(
                        name=name,
                        email=email.lower(),
                        relationship=self.get(t, "relationship", path, str, ""),
                        notes=speaks_to,
                        auto_send=self.get(t, "auto_send", path, bool, False),
                        timezone=zone,
                        max_per_month=most,
                    )
                )
        return tuple(out)

    def followups(self, t: dict[str, Any]) -> FollowupSettings:
        self.known(t, "followups", {"enabled", "default_wait", "grace", "second_after", "language"})
        language = self.get(t, "language", "followups", str, _FOLLOWUPS.language).strip().lower()
        if not re.fullmatch(r"[a-z]{2}", language):
            self.fail(
                "followups.language",
                f"{language!r} is not a two-letter language code",
                'write "en" or "de" (shipped), or another code with checkin_<code>.txt.j2 in <config dir>/templates',
            )
            language = _FOLLOWUPS.language
        return FollowupSettings(
            enabled=self.get(t, "enabled", "followups", bool, _FOLLOWUPS.enabled),
            default_wait=self.converted(t, "default_wait", "followups", parse_wait, _FOLLOWUPS.default_wait),
            grace=self.converted(t, "grace", "followups", parse_wait, _FOLLOWUPS.grace),
            second_after=self.converted(t, "second_after", "followups", parse_wait, _FOLLOWUPS.second_after),
            language=language,
        )

    def heads_up(self, t: dict[str, Any]) -> HeadsUpSettings:
        self.known(t, "heads_up", {"when", "language"})
        when = self.get(t, "when", "heads_up", str, HeadsUpWhen.yes.value)
        if when not in {w.value for w in HeadsUpWhen}:
            self.fail("heads_up.when", f"{when!r} is not one of yes, yes_or_unsure, never", 'write "yes"')
            when = HeadsUpWhen.yes.value
        language = self.get(t, "language", "heads_up", str, "en").strip().lower()
        if not re.fullmatch(r"[a-z]{2}", language):
            self.fail(
                "heads_up.language",
                f"{language!r} is not a two-letter language code",
                'write "en" or "de" (shipped), or another code with heads_up_<code>.txt.j2 in <config dir>/templates',
            )
            language = "en"
        return HeadsUpSettings(when=HeadsUpWhen(when), language=language)

    def web(self, t: dict[str, Any]) -> WebSettings:
        self.known(t, "web", {"listen", "public_url", "link_ttl"} | _SECRET_KEYS)
        listen = self.get(t, "listen", "web", str, "127.0.0.1:8765")
        host, _, port_text = listen.rpartition(":")
        if not host or not port_text.isdigit():
            self.fail("web.listen", f"{listen!r} is not host:port", 'write e.g. "127.0.0.1:8765"')
            host, port_text = "127.0.0.1", "8765"
        host = host.strip("[]")
        public_url = self.get(t, "public_url", "web", str, f"http://{listen}")
        if not re.match(r"^https?://", public_url):
            self.fail("web.public_url", f"{public_url!r} is not an http(s) URL")
        has_secret = any(k in t for k in _SECRET_KEYS)
        return WebSettings(
            listen_host=host,
            listen_port=int(port_text),
            public_url=public_url.rstrip("/"),
            secret=self.secret(t, "web", "web", "links") if has_secret else None,
            link_ttl=self.duration(t, "link_ttl", "web", _WEB.link_ttl),
        )

    def schedule(self, t: dict[str, Any]) -> ScheduleSettings:
        self.known(t, "schedule", {"window", "weekdays", "quiet_hours", "digest"})
        window = self.converted(
            t, "window", "schedule", time_range, (_SCHEDULE.window_start, _SCHEDULE.window_end)
        )
        quiet = self.converted(t, "quiet_hours", "schedule", time_range, None)
        days = self.converted(t, "weekdays", "schedule", weekdays, _SCHEDULE.weekdays)
        digest = self.converted(t, "digest", "schedule", _digest, DigestSettings())
        return ScheduleSettings(
            window_start=window[0],
            window_end=window[1],
            weekdays=days,
            quiet_start=quiet[0] if quiet else None,
            quiet_end=quiet[1] if quiet else None,
            digest=digest,
        )


def _digest(value: Any) -> DigestSettings | None:
    """`digest = "mon 08:00"` sets the day and time; false switches the weekly digest off, true keeps the default."""
    if isinstance(value, bool):
        return DigestSettings() if value else None
    weekday, at = weekly_time(value)
    return DigestSettings(weekday=weekday, at=at)
