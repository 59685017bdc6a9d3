"""The one error for bad input, which the command line shows as one line (exit 2)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class InputError(Exception):
    """Bad input: the message names the file, where in it, and what to do."""


@contextmanager
def reading(path: Path | str, wanted: str = "a file") -> Iterator[None]:
    """Turn the system's refusal to read ``path`` into one InputError that names it
    (``wanted``: what to give instead of a folder)."""
    try:
        yield
    except FileNotFoundError:
        raise InputError(f"{path}: no such file.") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder; give {wanted}.") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror}).") from None
