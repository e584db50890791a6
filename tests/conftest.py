"""Shared pytest set-up: the real-server fixtures live in tests/stack and are loaded as plugins."""

pytest_plugins = ["tests.mail_fixtures", "tests.stack.caldav_fixtures"]
