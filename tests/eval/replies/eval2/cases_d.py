"""placeholder."""

CASES: list = []
