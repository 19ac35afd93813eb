"""Pieces shared by views, planning, lifecycle and widgets, below all of them and above the client:

* ``frames``: column schemas and the frame builder every view uses;
* ``filters``: one-or-many filter arguments and the charge-type choice;
* ``source``: "a client or a session" (the ``Source`` type) and the client behind it;
* ``price_cache``: the InquiryPriceCreateInstance cache; ``sweep``: the price sweep's defaults;
* ``display``: showing a line of text in a notebook or a terminal.

Nothing here imports the session (tests/test_layers.py checks it).
"""
