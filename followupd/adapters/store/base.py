"""One SQLite connection with its schema brought up to date, and the transactions every write goes through."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from followupd.adapters.store.schema import MIGRATIONS

__all__ = ["StoreBase"]


class StoreBase:
    """One SQLite connection; every write that belongs together goes through `transaction()`."""

    def __init__(self, conn: sqlite3.Connection, *, path: Path | None = None) -> None:
        self.conn = conn
        self.path = path
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout=5000")  # first: two processes may open a new state at once
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        self.migrate()

    @property
    def version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self, target: int | None = None) -> None:
        target = len(MIGRATIONS) if target is None else target
        while self.version < target:
            with self.transaction():
                # Read the version again under the write lock: another process may have migrated meanwhile.
                step = self.version
                if step >= target:
                    break
                # executescript() would commit on its own; statements one by one stay inside the transaction.
                for statement in _statements(MIGRATIONS[step]):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {step + 1}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        if self.conn.in_transaction:  # nested: the outer one commits
            yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    @contextmanager
    def all_or_nothing(self) -> Iterator[sqlite3.Connection]:
        """A transaction, or inside one a SAVEPOINT: an error undoes this block's writes even when an outer
        transaction goes on to commit."""
        if not self.conn.in_transaction:
            with self.transaction() as conn:
                yield conn
            return
        self.conn.execute("SAVEPOINT all_or_nothing")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK TO all_or_nothing")
            self.conn.execute("RELEASE all_or_nothing")
            raise
        self.conn.execute("RELEASE all_or_nothing")

    def close(self) -> None:
        self.conn.close()


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
