"""Placeholder until the CalDAV stack helper adds its fixtures."""
