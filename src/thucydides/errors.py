"""The errors a user can mend (bad input, a missing file or model, a store in use): the
command line says each in one line, with no traceback, and exits 2."""


class UserError(Exception):
    """Base of every error the command line reports in one line."""


class InputError(UserError, ValueError):
    """An input that cannot be read as text; the message is one line for the user."""
