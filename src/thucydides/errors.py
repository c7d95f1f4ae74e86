"""The errors a user can mend (bad input, a missing file or model, a store in use): the
command line says each in one line, with no traceback, and exits 2. Every one is defined
here, so that any layer may raise it without importing another layer."""


class UserError(Exception):
    """Base of every error the command line reports in one line."""


class InputError(UserError, ValueError):
    """An input that cannot be read, or an option that makes no sense."""


class DateError(UserError, ValueError):
    """A date a user gave that is not a day."""


class UnknownName(InputError):
    """A code or name that no dictionary and no event of the store knows."""

    def __init__(self, argument: str, reason: str):
        super().__init__(f"{argument} {reason}")
        self.argument, self.reason = argument, reason


class LexiconError(UserError, ValueError):
    """An actor dictionary that cannot be read."""


class TriggerError(UserError, ValueError):
    """A trigger lexicon that cannot be read."""


class UnknownCode(UserError, ValueError):
    """A CAMEO code the codebook does not have."""


class DomainsError(UserError, ValueError):
    """A list of news domains that cannot be read."""


class ModelNotFound(UserError, RuntimeError):
    """A spaCy pipeline that is not installed."""


class StoreError(UserError):
    """A store that cannot be opened or used."""


class StoreInUse(StoreError):
    """A store another process holds for writing (an ingest): try again when it is done."""
