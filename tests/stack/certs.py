"""Test TLS material: one CA, a certificate for the loopback stack, and one for the wrong host name."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import trustme

__all__ = ["Certs", "make_certs"]


@dataclass(frozen=True)
class Certs:
    """PEM paths. `cert_file` is valid for localhost and 127.0.0.1; `wrong_cert_file` wrong.example only."""

    ca_file: Path
    cert_file: Path
    key_file: Path
    wrong_cert_file: Path
    wrong_key_file: Path


def make_certs(directory: Path) -> Certs:
    """Write a fresh CA and two server certificates into `directory` (created if missing)."""
    directory.mkdir(parents=True, exist_ok=True)
    ca = trustme.CA(organization_name="followupd test CA")
    good = ca.issue_cert("localhost", "127.0.0.1")
    wrong = ca.issue_cert("wrong.example")
    certs = Certs(
        ca_file=directory / "ca.pem",
        cert_file=directory / "server.pem",
        key_file=directory / "server.key",
        wrong_cert_file=directory / "wrong.pem",
        wrong_key_file=directory / "wrong.key",
    )
    ca.cert_pem.write_to_path(str(certs.ca_file))
    # Dovecot wants the chain in the cert file; trustme issues straight from the root, so one blob is enough.
    certs.cert_file.write_bytes(b"".join(blob.bytes() for blob in good.cert_chain_pems))
    good.private_key_pem.write_to_path(str(certs.key_file))
    certs.wrong_cert_file.write_bytes(b"".join(blob.bytes() for blob in wrong.cert_chain_pems))
    wrong.private_key_pem.write_to_path(str(certs.wrong_key_file))
    # Dovecot's config process reads the key as root, but keep keys private like real ones.
    certs.key_file.chmod(0o600)
    certs.wrong_key_file.chmod(0o600)
    return certs
