"""Progress and cancellation for long work.

Long core functions take a :class:`Progress`; the CLI passes :data:`SILENT`, the UI an
adapter that forwards to a progress dialog and reads its cancel button, tests a fake.
"""

from __future__ import annotations

from typing import Protocol

from riverchief.errors import Cancelled


class Progress(Protocol):
    def report(self, done: int, total: int, text: str = "") -> None:
        """Say how far the work is; ``total`` 0 means unknown."""

    def cancelled(self) -> bool:
        """True once the user asked to stop."""


class _Silent:
    def report(self, done: int, total: int, text: str = "") -> None:
        pass

    def cancelled(self) -> bool:
        return False


SILENT: Progress = _Silent()


def check(progress: Progress) -> None:
    """Raise :class:`Cancelled` if the user asked to stop; call it between steps."""
    if progress.cancelled():
        raise Cancelled()
