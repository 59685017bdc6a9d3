"""Readable test ids for every parametrised table: the case itself, shortened.

Without this, pytest escapes Vietnamese text (``X\\xe2y d\\u1ef1ng``) and names lists
and dicts by their position (``expected0``), so a failing case cannot be told at sight.
"""

from __future__ import annotations

from typing import Any

MAX_ID = 60  # characters: enough to tell cases apart, short enough to read in a list


def _plain(val: Any) -> bool:
    if isinstance(val, str | int | float | bool) or val is None:
        return True
    if isinstance(val, list | tuple):
        return all(_plain(v) for v in val)
    if isinstance(val, dict):
        return all(_plain(k) and _plain(v) for k, v in val.items())
    return False


def pytest_make_parametrize_id(config: Any, val: Any, argname: str) -> str | None:
    """The value as written (text bare, lists and dicts as Python), at most MAX_ID long;
    None (pytest's own id) for anything else, such as functions."""
    if isinstance(val, str):
        text = val
    elif isinstance(val, bytes):  # file contents: readable where they are UTF-8
        text = val.decode("utf-8", "backslashreplace")
    elif isinstance(val, list | tuple | dict) and _plain(val):
        text = repr(val)
    else:
        return None
    # One line: control characters (line breaks, a binary file's bytes) as escapes.
    text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    return text if len(text) <= MAX_ID else text[: MAX_ID - 1] + "…"
