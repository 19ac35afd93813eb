"""The toolkit's version: a leaf module, so the client (which sends it in its headers) can read it without
importing the package facade."""

__version__ = "0.1.0"
