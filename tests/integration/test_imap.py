"""followupd.adapters.mail.imap against the stack's Dovecot: login, folders, append, UID catch-up."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

import pytest

from followupd.adapters.mail import imap
from followupd.adapters.mail.errors import LOGIN_FIX
from followupd.config.settings import Credentials, Security
from followupd.errors import Permanent, Transient
from tests.stack.mail import MailStack, MailUser

pytestmark = pytest.mark.integration


def _message(subject: str, *, sender: str = "jane@acme.example", **headers: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = f"Jane Doe <{sender}>"
    message["To"] = "maya@example.test"
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain="acme.example")
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(f"Body of {subject}.\n")
    return message


def _all(headers: imap.Headers) -> bool:
    return True


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_login_over_starttls_and_imaps(mail_stack: MailStack, mail_user: MailUser, security: str) -> None:
    """connect logs in over STARTTLS (port 143 style) and implicit TLS (993 style)."""
    client = imap.connect(
        mail_stack.imap_settings(mail_user, security=security), mail_stack.credentials(mail_user)
    )
    with client:
        names = [name for _flags, _delim, name in client.list_folders()]
        assert "INBOX" in names and client.has_capability("IDLE")


def test_xoauth2_login_refreshes_once(mail_stack: MailStack, mail_user: MailUser) -> None:
    """A refused OAuth token is refreshed once and the login then succeeds."""
    calls: list[bool] = []

    def token(refresh: bool) -> str:
        calls.append(refresh)
        return mail_user.oauth_token if refresh else "tok-expired"

    with imap.connect(mail_stack.imap_settings(mail_user), Credentials(mail_user.username, None, token)):
        pass
    assert calls == [False, True]


def test_wrong_password_is_permanent_with_fix(mail_stack: MailStack, mail_user: MailUser) -> None:
    """A refused login is Permanent, says what to do, and does not echo the password."""
    with pytest.raises(Permanent) as raised:
        imap.connect(mail_stack.imap_settings(mail_user), Credentials(mail_user.username, "Wrong-Pass-77"))
    assert raised.value.fix == LOGIN_FIX
    assert "Wrong-Pass-77" not in str(raised.value)


def test_wrong_port_is_transient(mail_stack: MailStack, mail_user: MailUser) -> None:
    """Nothing listening: Transient 'cannot reach host:port'."""
    with pytest.raises(Transient) as raised:
        imap.connect(mail_stack.imap_settings(mail_user, port=1), mail_stack.credentials(mail_user))
    assert f"cannot reach IMAP server {mail_stack.host}:1" in str(raised.value)


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_unknown_ca_is_permanent(mail_stack: MailStack, mail_user: MailUser, security: str) -> None:
    """Without ca_file the test CA is untrusted: Permanent, naming the host and pointing at ca_file."""
    settings = mail_stack.imap_settings(mail_user, security=security, ca_file=None)
    with pytest.raises(Permanent) as raised:
        imap.connect(settings, mail_stack.credentials(mail_user))
    assert f"TLS certificate for {mail_stack.host}:{settings.port} is not valid" in str(raised.value)
    assert "ca_file" in raised.value.fix


def test_certificate_for_other_host_is_permanent(
    mail_stack: MailStack, mail_user: MailUser, wrong_cert_port: int
) -> None:
    """A certificate for wrong.example is refused for 127.0.0.1."""
    settings = mail_stack.imap_settings(mail_user, security="tls", port=wrong_cert_port)
    with pytest.raises(Permanent) as raised:
        imap.connect(settings, mail_stack.credentials(mail_user))
    assert "not valid for '127.0.0.1'" in str(raised.value)


def test_security_none_refused_for_remote_host(mail_stack: MailStack, mail_user: MailUser) -> None:
    """security = none is refused for a non-loopback host before any connection."""
    settings = dataclasses.replace(
        mail_stack.imap_settings(mail_user), host="imap.example.test", security=Security.none
    )
    with pytest.raises(Permanent):
        imap.connect(settings, mail_stack.credentials(mail_user))


def test_special_folders_found(mail_stack: MailStack, mail_user: MailUser) -> None:
    """Drafts, Sent and Trash are found by their special-use flags."""
    with imap.connect(mail_stack.imap_settings(mail_user), mail_stack.credentials(mail_user)) as client:
        assert imap.special_folders(client) == {"drafts": "Drafts", "sent": "Sent", "trash": "Trash"}


def test_append_then_find_message_id(mail_stack: MailStack, mail_user: MailUser) -> None:
    """An appended draft gets a UID (UIDPLUS) and is then found by its Message-ID, in that folder only."""
    message = _message("Thank you")
    with imap.connect(mail_stack.imap_settings(mail_user), mail_stack.credentials(mail_user)) as client:
        uid = imap.append(
            client, "Drafts", message.as_bytes(), flags=[b"\\Draft"], msg_time=datetime.now(UTC)
        )
        found = imap.find_message_id(client, ["Sent", "Drafts"], message["Message-ID"])
        in_sent = imap.find_message_id(client, ["Sent"], message["Message-ID"])
    assert (uid, found, in_sent) == (1, True, False)


def test_append_refuses_naive_time(mail_stack: MailStack, mail_user: MailUser) -> None:
    """A naive msg_time would be read as local time: refused."""
    with (
        imap.connect(mail_stack.imap_settings(mail_user), mail_stack.credentials(mail_user)) as client,
        pytest.raises(ValueError),
    ):
        imap.append(client, "Drafts", b"Subject: x\r\n\r\nx\r\n", msg_time=datetime(2026, 1, 1))


def test_fetch_new_catches_up_without_repeats(mail_stack: MailStack, mail_user: MailUser) -> None:
    """Each message is returned exactly once across catch-ups that continue from the returned cursor."""
    settings, creds = mail_stack.imap_settings(mail_user), mail_stack.credentials(mail_user)
    mail_stack.deliver(mail_user, _message("one"))
    mail_stack.deliver(mail_user, _message("two"))
    seen: list[str] = []
    with imap.connect(settings, creds) as client:
        first, cursor = imap.fetch_new(client, folder="INBOX", cursor=None, wants=_all)
        seen += [m.headers.subject for m in first]
        again, cursor = imap.fetch_new(client, folder="INBOX", cursor=cursor, wants=_all)
        seen += [m.headers.subject for m in again]
        mail_stack.deliver(mail_user, _message("three"))
        third, cursor = imap.fetch_new(client, folder="INBOX", cursor=cursor, wants=_all)
        seen += [m.headers.subject for m in third]
    assert seen == ["one", "two", "three"]
    assert cursor.last_uid == 3


def test_fetch_new_fetches_bodies_only_for_wanted(mail_stack: MailStack, mail_user: MailUser) -> None:
    """`wants` sees parsed headers; only accepted messages come back, whole, and the cursor passes all."""
    parent = make_msgid(domain="example.test")
    mail_stack.deliver(mail_user, _message("Re: Debrief", In_Reply_To=parent, References=parent))
    mail_stack.deliver(mail_user, _message("Out of office", Auto_Submitted="auto-replied"))
    mail_stack.deliver(mail_user, _message("Undeliverable"), mail_from="")
    with imap.connect(mail_stack.imap_settings(mail_user), mail_stack.credentials(mail_user)) as client:
        got, cursor = imap.fetch_new(client, folder="INBOX", cursor=None, wants=lambda h: not h.is_automatic)
    assert [m.headers.subject for m in got] == ["Re: Debrief"]
    assert (parent, (parent,), "jane@acme.example") == (
        got[0].headers.in_reply_to,
        got[0].headers.references,
        got[0].headers.from_addr,
    )
    assert b"Body of Re: Debrief." in got[0].raw
    assert cursor.last_uid == 3


def test_fetch_new_does_not_set_seen(mail_stack: MailStack, mail_user: MailUser) -> None:
    """Reading a reply leaves it unread for the user (BODY.PEEK)."""
    mail_stack.deliver(mail_user, _message("unread"))
    with imap.connect(mail_stack.imap_settings(mail_user), mail_stack.credentials(mail_user)) as client:
        got, _ = imap.fetch_new(client, folder="INBOX", cursor=None, wants=_all)
        flags = client.get_flags([got[0].uid])[got[0].uid]
    assert b"\\Seen" not in flags


def test_first_scan_with_since_skips_old_mail(mail_stack: MailStack, mail_user: MailUser) -> None:
    """With no cursor and `since` in the future nothing old is read, yet the cursor passes the old UIDs."""
    mail_stack.deliver(mail_user, _message("old"))
    with imap.connect(mail_stack.imap_settings(mail_user), mail_stack.credentials(mail_user)) as client:
        got, cursor = imap.fetch_new(
            client, folder="INBOX", cursor=None, wants=_all, since=date.today() + timedelta(days=1)
        )
        mail_stack.deliver(mail_user, _message("new"))
        later, _ = imap.fetch_new(client, folder="INBOX", cursor=cursor, wants=_all)
    assert (got, cursor.last_uid, [m.headers.subject for m in later]) == ([], 1, ["new"])


def test_uidvalidity_change_rescans_folder(mail_stack: MailStack, mail_user: MailUser) -> None:
    """A folder deleted and recreated has a new UIDVALIDITY: the old cursor is ignored and all is scanned."""
    with imap.connect(mail_stack.imap_settings(mail_user), mail_stack.credentials(mail_user)) as client:
        client.create_folder("Jobs")
        imap.append(client, "Jobs", _message("before").as_bytes())
        _, cursor = imap.fetch_new(client, folder="Jobs", cursor=None, wants=_all)
        client.select_folder("INBOX")
        client.delete_folder("Jobs")
        client.create_folder("Jobs")
        imap.append(client, "Jobs", _message("after 1").as_bytes())
        imap.append(client, "Jobs", _message("after 2").as_bytes())
        got, new_cursor = imap.fetch_new(client, folder="Jobs", cursor=cursor, wants=_all)
    assert cursor.uidvalidity != new_cursor.uidvalidity
    assert [m.headers.subject for m in got] == ["after 1", "after 2"]


def test_cursor_round_trips_through_json(mail_stack: MailStack, mail_user: MailUser) -> None:
    """A cursor survives JSON (the store keeps it as text) and carries HIGHESTMODSEQ from CONDSTORE."""
    mail_stack.deliver(mail_user, _message("x"))
    with imap.connect(mail_stack.imap_settings(mail_user), mail_stack.credentials(mail_user)) as client:
        _, cursor = imap.fetch_new(client, folder="INBOX", cursor=None, wants=_all)
    assert cursor == imap.MailboxCursor.from_json(json.loads(json.dumps(cursor.to_json())))
    assert cursor.highestmodseq is not None


def test_add_keyword_and_move(mail_stack: MailStack, mail_user: MailUser) -> None:
    """A processed reply gets $FollowupdDone and can be moved to another folder (MOVE on Dovecot)."""
    mail_stack.deliver(mail_user, _message("done"))
    with imap.connect(mail_stack.imap_settings(mail_user), mail_stack.credentials(mail_user)) as client:
        got, _ = imap.fetch_new(client, folder="INBOX", cursor=None, wants=_all)
        imap.add_keyword(client, "INBOX", [got[0].uid])
        flags = client.get_flags([got[0].uid])[got[0].uid]
        client.create_folder("Followupd")
        how = imap.move(client, "INBOX", [got[0].uid], "Followupd")
    assert imap.DONE_KEYWORD.encode() in flags
    assert (
        how,
        mail_stack.fetch_all(mail_user),
        [m["Subject"] for m in mail_stack.fetch_all(mail_user, "Followupd")],
    ) == ("moved", [], ["done"])


def test_missing_folder_is_permanent(mail_stack: MailStack, mail_user: MailUser) -> None:
    """Selecting a folder that does not exist is a Permanent error (a config mistake)."""
    with (
        imap.connect(mail_stack.imap_settings(mail_user), mail_stack.credentials(mail_user)) as client,
        pytest.raises(Permanent),
    ):
        imap.fetch_new(client, folder="Nope", cursor=None, wants=_all)


CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "replies"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared reply corpus not present")
def test_real_world_replies_survive_the_round_trip(mail_stack: MailStack, mail_user: MailUser) -> None:
    """Replies from many real mail clients pass LMTP, Dovecot and fetch_new with their headers parsed."""
    files = sorted(CORPUS.rglob("*.eml"))
    for path in files:
        mail_stack.deliver(mail_user, path.read_bytes(), mail_from="sender@example.test")
    with imap.connect(mail_stack.imap_settings(mail_user), mail_stack.credentials(mail_user)) as client:
        got, cursor = imap.fetch_new(client, folder="INBOX", cursor=None, wants=_all)
    assert len(files) == len(got) == cursor.last_uid
    assert all(m.headers.from_addr and b"\r\n\r\n" in m.raw for m in got)
