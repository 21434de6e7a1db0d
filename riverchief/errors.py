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
        if not self.where:
            return self.message
        from riverchief.i18n import translate  # errors are raised before i18n is set up too

        return translate("Errors", "{where}: {message}").format(where=self.where,
                                                              message=self.message)


def place(*parts: str | None) -> str:
    """The parts of a ``where`` (file, row, field) joined as the reader's language writes
    them: ``x.csv, row 3, field end``; ``x.csv，第 3 行，字段 end``."""
    from riverchief.i18n import translate

    return translate("Errors", ", ").join(p for p in parts if p)


class DatabaseError(UserError):
    """The database file cannot be used as it is (not SQLite, another program's, too new)."""


class PermissionDenied(UserError):
    """The signed-in user's role does not allow this action."""


class Cancelled(Exception):
    """Long work stopped because the user asked it to; nothing was saved."""
