"""The one error for bad input, which the command line shows as one line (exit 2)."""


class InputError(Exception):
    """Bad input: the message names the file, where in it, and what to do."""
