"""Pieces shared by views, planning, lifecycle and widgets: frame schemas (`frames`), the client-or-session
check (`source`) and the on-disk price cache (`price_cache`). Nothing here imports the session."""
