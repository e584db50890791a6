"""Read a local .ics file or a folder of them, re-reading only files whose size or mtime changed."""

from __future__ import annotations

from typing import Any

from followupd.adapters.calendar.base import SyncResult
from followupd.adapters.calendar.split import split_objects
from followupd.config.settings import CalendarSettings, Credentials
from followupd.errors import Permanent

__all__ = ["IcsFileSource"]


class IcsFileSource:
    """A file, or a folder searched recursively for ``*.ics`` (a vdir, an export). Pseudo-href: ``PATH#UID``.

    Cursor: ``{"files": {path: [mtime_ns, size, [hrefs]]}}``. The first sync (cursor None) is a full snapshot;
    later ones report only the objects of changed files, and as deleted the hrefs of files that were removed
    and the objects that disappeared from a changed file.
    """

    def __init__(self, settings: CalendarSettings, creds: Credentials | None = None) -> None:
        self.settings = settings

    def sync(self, cursor: dict[str, Any] | None) -> SyncResult:
        root = self.settings.path
        where = f"calendar {self.settings.name!r}"
        if root is None or not root.exists():
            raise Permanent(f"{where}: {root} does not exist", fix="check the calendar's path")
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*.ics") if p.is_file())
        old: dict[str, list[Any]] = dict((cursor or {}).get("files", {}))
        state: dict[str, list[Any]] = {}
        changed: dict[str, str] = {}
        deleted: set[str] = set()
        for path in files:
            key = str(path)
            try:
                stat = path.stat()
                if key in old and old[key][:2] == [stat.st_mtime_ns, stat.st_size]:
                    state[key] = old[key]
                    continue
                data = path.read_bytes()
            except FileNotFoundError:  # removed while we looked
                continue
            except OSError as exc:
                raise Permanent(
                    f"{where}: cannot read {path}: {exc.strerror}", fix="check the file's permissions"
                ) from exc
            objects = {f"{key}#{uid}": text for uid, text in split_objects(data).items()}
            changed.update(objects)
            deleted |= set(old.get(key, [0, 0, []])[2]) - set(objects)
            state[key] = [stat.st_mtime_ns, stat.st_size, sorted(objects)]
        for key, entry in old.items():
            if key not in state:
                deleted |= set(entry[2])
        return SyncResult(
            changed=changed, deleted=frozenset(deleted), cursor={"files": state}, full=cursor is None
        )
