"""Entry point for ``python -m followupd``."""

from followupd.cli.main import main

raise SystemExit(main())
