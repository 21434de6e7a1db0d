"""Errors a user can act on.

A :class:`UserError` is a mistake of the user or of an input file: the CLI prints it as
one line and exits with status 1, the GUI shows it in a message box. Anything else that
escapes is a bug and is logged with its traceback.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem with the user's input, told in words the user understands.

    ``where`` names the file, row and field when there is one, so the message reads
    ``"patrols.csv, row 12, field end: end time is before the start"``.
    """

    def __init__(self, message: str, *, where: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.where = where

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class DatabaseError(UserError):
    """The database file cannot be used as it is (not SQLite, another program's, too new)."""


class PermissionDenied(UserError):
    """The signed-in user's role does not allow this action."""


class Cancelled(Exception):
    """Long work stopped because the user asked it to; nothing was saved."""
