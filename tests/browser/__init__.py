"""Browser tests of the built site (a package so `from .conftest import ...` is unambiguous)."""
