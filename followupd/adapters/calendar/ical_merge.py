"""Reduce the occurrences of one calendar text to the newest per key, applying iTIP cancellations."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from followupd.domain.models import CalendarEvent

__all__ = ["Merge"]

_Rank = tuple[int, datetime | None, int]  # (SEQUENCE, DTSTAMP, position in the text)


def _newer(a: _Rank, b: _Rank) -> bool:
    """RFC 5546 section 2.1.5: a higher SEQUENCE wins, then a later DTSTAMP; the later position in the text
    breaks ties, and decides alone when either side has no DTSTAMP."""
    if a[1] is None or b[1] is None:
        return (a[0], a[2]) > (b[0], b[2])
    return (a[0], a[1], a[2]) > (b[0], b[1], b[2])


@dataclass
class Merge:
    """Occurrences of one text reduced to the newest per (uid, recurrence id), and the iTIP cancels seen."""

    newest: dict[tuple[str, str, str], tuple[_Rank, CalendarEvent, bool]] = field(default_factory=dict)
    cancels: list[tuple[str, str, _Rank]] = field(default_factory=list)  # (uid, recurrence id or "", rank)
    replies: set[tuple[str, str, str]] = field(default_factory=set)  # keys held only by a METHOD:REPLY
    order: int = 0

    def add(self, event: CalendarEvent, *, cancel: bool = False, reply: bool = False) -> None:
        """Keep ``event`` if it is the newest for its key. An attendee's METHOD:REPLY (Exchange files them
        as "Accepted: ...") only answers for one attendee (RFC 5546 section 3.2.3): it never replaces the
        organizer's event, and any organizer's copy replaces it."""
        self.order += 1
        rank = (event.sequence, event.dtstamp, self.order)
        known = event.key in self.newest
        if reply and known and event.key not in self.replies:
            return
        if not known or (not reply and event.key in self.replies) or _newer(rank, self.newest[event.key][0]):
            self.newest[event.key] = (rank, event, cancel)
            if reply:
                self.replies.add(event.key)
            else:
                self.replies.discard(event.key)

    def cancel(self, uid: str, rid: str, *, sequence: int, stamp: datetime | None) -> None:
        self.order += 1
        self.cancels.append((uid, rid, (sequence, stamp, self.order)))

    def events(self) -> list[CalendarEvent]:
        """Apply each METHOD:CANCEL to what it is newer than: without RECURRENCE-ID it cancels the whole UID."""
        recurring = {key[1] for key in self.newest if key[2]}
        out = []
        for key, (rank, event, from_cancel) in self.newest.items():
            if from_cancel and not key[2] and key[1] in recurring:
                continue  # a cancel of a whole series read as one extra occurrence at DTSTART
            if any(
                uid == key[1] and rid in ("", key[2]) and _newer(when, rank)
                for uid, rid, when in self.cancels
            ):
                event = replace(event, status="CANCELLED")
            out.append(event)
        return sorted(out, key=lambda e: (e.start, e.uid, e.recurrence_id))
