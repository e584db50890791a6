"""The user's Drafts and Sent folders for thank-you notes (imapclient, synchronous: run it in a worker thread)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from imapclient import IMAPClient

from followupd.adapters.mail import imap

__all__ = ["DRAFTS_FALLBACKS", "SENT_FALLBACKS", "MailDone", "MailWork", "Watch", "carry_out", "folders"]

DRAFTS_FALLBACKS = ("Drafts", "INBOX.Drafts", "[Gmail]/Drafts")
SENT_FALLBACKS = ("Sent", "INBOX.Sent", "Sent Items", "[Gmail]/Sent Mail")


@dataclass(frozen=True)
class Watch:
    """A note not sent by followupd yet: is it in Sent (she sent it herself)?"""

    note_id: int
    message_id: str
    email: str
    subject: str
    since: datetime


@dataclass
class MailWork:
    """What the notes need on the server; filled by the service, carried out here, in one connection."""

    put: list[tuple[int, str, bytes]] = field(
        default_factory=list
    )  # (note, Message-ID, raw): (re)write draft
    remove: list[tuple[int, str]] = field(default_factory=list)  # draft copies to take out of Drafts
    file: list[tuple[int, str, bytes]] = field(default_factory=list)  # sent notes to APPEND to Sent
    watch: list[Watch] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.put or self.remove or self.file or self.watch)


@dataclass
class MailDone:
    put: list[int] = field(default_factory=list)
    removed: list[int] = field(default_factory=list)
    filed: list[int] = field(default_factory=list)
    sent_by_user: list[int] = field(default_factory=list)


def folders(client: IMAPClient) -> tuple[str, str]:
    """(Drafts, Sent): by SPECIAL-USE (RFC 6154), else the usual names, else created as "Drafts" / "Sent"."""
    special = imap.special_folders(client)
    names = {str(f[2]) for f in client.list_folders()}
    found = []
    for key, fallbacks in (("drafts", DRAFTS_FALLBACKS), ("sent", SENT_FALLBACKS)):
        name = special.get(key) or next((n for n in fallbacks if n in names), "")
        if not name:
            name = fallbacks[0]
            client.create_folder(name)
        found.append(name)
    return found[0], found[1]


def _uids(client: IMAPClient, folder: str, message_id: str) -> list[int]:
    client.select_folder(folder)
    return list(client.search(["HEADER", "Message-ID", message_id]))


def _delete(client: IMAPClient, folder: str, message_id: str) -> None:
    uids = _uids(client, folder, message_id)
    if uids:
        client.delete_messages(uids)
        if client.has_capability("UIDPLUS"):
            client.uid_expunge(uids)
        else:
            client.expunge()


def carry_out(client: IMAPClient, work: MailWork, *, now: datetime) -> MailDone:
    """Each step is safe to repeat after a crash: a draft is written by removing any copy with its Message-ID
    first; a sent note is filed only if Sent does not hold its Message-ID yet."""
    try:
        return _carry_out(client, work, now=now)
    except Exception as exc:
        raise imap.translate(None, exc) from exc


def _carry_out(client: IMAPClient, work: MailWork, *, now: datetime) -> MailDone:
    done = MailDone()
    drafts, sent = folders(client)
    for note_id, message_id, raw in work.put:
        _delete(client, drafts, message_id)
        imap.append(client, drafts, raw, flags=(b"\\Draft", b"\\Seen"), msg_time=now)
        done.put.append(note_id)
    for note_id, message_id in work.remove:
        _delete(client, drafts, message_id)
        done.removed.append(note_id)
    for note_id, message_id, raw in work.file:
        if not _uids(client, sent, message_id):
            imap.append(client, sent, raw, flags=(b"\\Seen",), msg_time=now)
        done.filed.append(note_id)
    if work.watch:
        client.select_folder(sent, readonly=True)
        for note in work.watch:
            if client.search(["HEADER", "Message-ID", note.message_id]) or _sent_since(client, note):
                done.sent_by_user.append(note.note_id)
    return done


def _sent_since(client: IMAPClient, note: Watch) -> bool:
    """Same recipient and subject, filed after the draft was made (SINCE is by day: INTERNALDATE decides)."""
    day = note.since.date() - timedelta(days=1)
    uids = client.search(["TO", note.email, "SUBJECT", note.subject, "SINCE", day], charset="UTF-8")
    if not uids:
        return False
    dates = client.fetch(uids, ["INTERNALDATE"])
    for data in dates.values():
        filed = data.get(b"INTERNALDATE")
        if isinstance(filed, datetime):
            filed = filed if filed.tzinfo else filed.astimezone()  # imapclient gives local time when naive
            if filed >= note.since - timedelta(seconds=1):
                return True
    return False
