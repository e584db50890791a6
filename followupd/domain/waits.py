"""Waits counted in business days, calendar days or a plain duration, added in the user's time zone."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from followupd.domain.durations import format_duration, parse_duration

__all__ = ["Wait", "WaitUnit", "add_wait", "parse_wait"]

_COUNTED = re.compile(r"^\s*(\d+)\s+(business\s+days?|days?)\s*$")


class WaitUnit(enum.StrEnum):
    business_days = "business days"  # Monday to Friday in the user's zone
    days = "days"
    seconds = "seconds"  # a duration ("90s", "2h"): for tests and the demo


@dataclass(frozen=True)
class Wait:
    amount: int
    unit: WaitUnit

    @property
    def counts_days(self) -> bool:
        return self.unit is not WaitUnit.seconds

    def __str__(self) -> str:
        if self.unit is WaitUnit.seconds:
            return format_duration(timedelta(seconds=self.amount))
        word = self.unit.value if self.amount != 1 else self.unit.value.removesuffix("s")
        return f"{self.amount} {word}"


def parse_wait(text: object) -> Wait:
    """Read "10 business days", "7 days", "1 day" or a duration such as "90s"; ValueError names the forms."""
    if isinstance(text, str):
        counted = _COUNTED.match(text.lower())
        if counted:
            unit = WaitUnit.business_days if counted.group(2).startswith("business") else WaitUnit.days
            return Wait(int(counted.group(1)), unit)
        try:
            return Wait(int(parse_duration(text).total_seconds()), WaitUnit.seconds)
        except ValueError:
            pass
    raise ValueError(
        f'{text!r} is not a wait; write "10 business days", "7 days", or a duration such as "90s" or "2h"'
    )


def add_wait(start: datetime, wait: Wait, *, zone: str) -> datetime:
    """`start` plus `wait`. Days keep the wall-clock time in `zone` across a DST change; business days skip
    Saturday and Sunday there (a wait that starts on a weekend counts from the Monday)."""
    if wait.unit is WaitUnit.seconds:
        return start + timedelta(seconds=wait.amount)
    local = start.astimezone(ZoneInfo(zone))
    day = local.date()
    if wait.unit is WaitUnit.days:
        day += timedelta(days=wait.amount)
    else:
        left = wait.amount
        while left > 0:
            day += timedelta(days=1)
            if day.weekday() < 5:
                left -= 1
    # Built from the date and the wall time (not local + timedelta): the zone's offset on that day applies.
    return datetime.combine(day, local.time(), tzinfo=ZoneInfo(zone))
