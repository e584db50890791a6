"""Who a message is for, the outbox states, and what to do with a send whose outcome was lost."""

from __future__ import annotations

import enum

__all__ = ["Audience", "NotePurpose", "OutboxStatus", "SettleOutcome", "settle_unknown"]


class Audience(enum.StrEnum):
    """The user (debriefs, reminders, confirmations) or anyone else (interviewers, references)."""

    user = "user"
    contact = "contact"


class NotePurpose(enum.StrEnum):
    """What a drafted message to a contact is for. All of them go through the same drafts machinery: approval
    (reply, review page, CLI, or sent by the user herself), the Drafts folder, the sending window, sent once."""

    thanks = "thanks"  # a thank-you note to an interviewer
    heads_up = "heads_up"  # a heads-up to a reference that a company may call
    check_in = "check_in"  # a polite check-in to a company that has gone quiet


class OutboxStatus(enum.StrEnum):
    drafted = "drafted"  # a note to a contact, waiting for the user's approval (never sent from here)
    approved = "approved"  # approved; waits the undo time, then becomes pending for the sending window
    pending = "pending"  # waiting for its time
    sending = "sending"  # handed to SMTP; outcome not recorded yet
    sent = "sent"
    failed = "failed"  # refused for good, or a bug: never retried blindly
    uncertain = "uncertain"  # may or may not have left, and it is not the user's own mail: the user decides
    discarded = "discarded"  # the user threw the draft away
    sent_by_user = "sent_by_user"  # she sent it herself from her mail client (found in Sent)


class SettleOutcome(enum.StrEnum):
    sent = "sent"
    resend = "resend"
    uncertain = "uncertain"


def settle_unknown(*, audience: Audience, found: bool, resent_before: int) -> SettleOutcome:
    """Decide about a message whose send began but whose outcome was lost (a crash, or a cut after DATA).

    Found by its Message-ID on the server: it was sent. Not found: mail to the user may go once more (a duplicate
    costs her one extra email in her own INBOX); mail to anyone else is never resent blindly, because a second
    thank-you note to an interviewer does real harm: it is held as uncertain until the user decides.
    """
    if found:
        return SettleOutcome.sent
    if audience is Audience.user and resent_before == 0:
        return SettleOutcome.resend
    return SettleOutcome.uncertain
