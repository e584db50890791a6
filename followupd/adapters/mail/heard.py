"""Has the company written? SEARCH FROM <domain> SINCE <day> on the watched folders (imapclient, synchronous:
run it in a worker thread), then each hit's real From address checked, never the display name."""

from __future__ import annotations

import email.parser
import email.policy
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from imapclient import IMAPClient

from followupd.adapters.mail import imap
from followupd.domain.company import from_company
from followupd.domain.senders import read_from

__all__ = ["Heard", "HeardQuery", "search"]

# Hits read per folder and domain, newest first: a company that mailed more than this since the interview has
# written, whatever the older ones were.
_MAX_HITS = 20
_FROM = "BODY.PEEK[HEADER.FIELDS (FROM)]"


@dataclass(frozen=True)
class HeardQuery:
    """One interview's question: mail from these domains that arrived at or after `since`?"""

    interview_id: int
    domains: tuple[str, ...]
    since: datetime


@dataclass(frozen=True)
class Heard:
    at: datetime  # the message's INTERNALDATE: when it arrived
    sender: str
    folder: str


def search(
    client: IMAPClient, folders: Sequence[str], queries: Sequence[HeardQuery]
) -> dict[int, Heard | None]:
    """Interview id -> the earliest mail from its company since its `since`, or None. Library errors become
    Transient / Permanent."""
    try:
        return _search(client, folders, queries)
    except Exception as exc:
        raise imap.translate(None, exc) from exc


def _search(
    client: IMAPClient, folders: Sequence[str], queries: Sequence[HeardQuery]
) -> dict[int, Heard | None]:
    found: dict[int, Heard | None] = {q.interview_id: None for q in queries}
    for folder in folders:
        client.select_folder(folder, readonly=True)
        for query in queries:
            for domain in query.domains:
                # SINCE compares dates only, in the server's zone: a day earlier, then INTERNALDATE decides.
                day = query.since.date() - timedelta(days=1)
                uids = sorted(client.search(["FROM", domain, "SINCE", day]))[-_MAX_HITS:]
                for hit in _hits(client, uids, folder=folder, domains=query.domains, since=query.since):
                    earliest = found[query.interview_id]
                    if earliest is None or hit.at < earliest.at:
                        found[query.interview_id] = hit
    return found


def _hits(
    client: IMAPClient, uids: list[int], *, folder: str, domains: tuple[str, ...], since: datetime
) -> list[Heard]:
    """The messages whose From address (the one in angle brackets) is at the company and that arrived since."""
    if not uids:
        return []
    hits = []
    for data in client.fetch(uids, [_FROM, "INTERNALDATE"]).values():
        arrived = data.get(b"INTERNALDATE")
        if not isinstance(arrived, datetime):
            continue
        arrived = (
            arrived if arrived.tzinfo else arrived.astimezone()
        )  # imapclient gives local time when naive
        header = next((v for k, v in data.items() if k.startswith(b"BODY[HEADER.FIELDS")), b"")
        parsed = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(bytes(header or b""))
        senders = read_from(tuple(str(v) for v in parsed.get_all("From", [])))
        if arrived >= since and len(senders) == 1 and from_company(senders[0], domains):
            hits.append(Heard(at=arrived, sender=senders[0], folder=folder))
    return hits
