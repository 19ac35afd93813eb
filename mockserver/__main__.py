"""``python -m mockserver`` = ``zl-mock``."""

from .server import main

raise SystemExit(main())
