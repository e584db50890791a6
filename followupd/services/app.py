"""Wiring: config, state, secrets and the service, put together once for the CLI, the daemon and the web layer."""

from __future__ import annotations

import os
import secrets as _random
from dataclasses import dataclass
from pathlib import Path

from followupd.adapters.secrets import resolve
from followupd.adapters.store.db import Store, open_store
from followupd.compose.composer import Composer
from followupd.config import load as config
from followupd.config.settings import Settings
from followupd.errors import UserError
from followupd.services.core import Service

__all__ = ["App", "load_app", "load_config"]


@dataclass
class App:
    settings: Settings
    store: Store
    service: Service
    composer: Composer
    link_key: bytes
    state_dir: Path


def load_config(path: Path | None) -> Settings:
    return config.load_settings(path or config.default_config_path())


def link_key(settings: Settings, state_dir: Path) -> bytes:
    """The key that signs web links: from the configured secret, else one generated once into the state dir."""
    if settings.web.secret is not None:
        secret = resolve(settings.web.secret).password
        if not secret:
            raise UserError("the web link secret is empty", where="[web]")
        return secret.encode()
    path = state_dir / "link.key"
    try:
        return path.read_bytes()
    except FileNotFoundError:
        state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        key = _random.token_bytes(32)
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(key)
        return key


def load_app(config_path: Path | None, state_dir: Path | None) -> App:
    settings = load_config(config_path)
    directory = config.state_dir(state_dir)
    store = open_store(directory)
    key = link_key(settings, directory)
    override = settings.source_path.parent / "templates" if settings.source_path else None
    composer = Composer(settings, link_key=key, override_dir=override)
    return App(
        settings=settings,
        store=store,
        service=Service(settings, store, composer),
        composer=composer,
        link_key=key,
        state_dir=directory,
    )
