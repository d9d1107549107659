"""Errors that services raise for a person to read."""


class LevelheadError(Exception):
    """A refusal with a message meant for the user, not a crash."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class NotAllowed(LevelheadError):
    """The signed-in person may not do this in this shop."""
