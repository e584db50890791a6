"""What happens to a send whose outcome was lost: found means sent; otherwise only the user's own mail goes again."""

from __future__ import annotations

import pytest

from followupd.domain.delivery import Audience, SettleOutcome, settle_unknown


@pytest.mark.parametrize(
    ("audience", "found", "resent_before", "expected"),
    [
        (Audience.user, True, 0, SettleOutcome.sent),
        (Audience.contact, True, 0, SettleOutcome.sent),
        (Audience.contact, True, 3, SettleOutcome.sent),
        (Audience.user, False, 0, SettleOutcome.resend),
        (Audience.user, False, 1, SettleOutcome.uncertain),
        (Audience.contact, False, 0, SettleOutcome.uncertain),
        (Audience.contact, False, 1, SettleOutcome.uncertain),
    ],
)
def test_settle_unknown(audience: Audience, found: bool, resent_before: int, expected: SettleOutcome) -> None:
    """Mail to a contact is never resent blindly; mail to the user at most once after a search finds nothing."""
    assert expected == settle_unknown(audience=audience, found=found, resent_before=resent_before)
