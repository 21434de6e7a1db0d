"""Run first in the frozen executable, before the app imports anything heavy."""

from __future__ import annotations

import os
import sys


def prepare() -> None:
    """Settings a frozen app needs that a source checkout gets from its environment."""
    if not getattr(sys, "frozen", False):
        return
    # PyInstaller's matplotlib hook points MPLCONFIGDIR at a fresh temporary folder on
    # every start, so matplotlib would rescan all system fonts (seconds on Windows) the
    # first time each session draws a chart. Keep its cache in the data folder instead.
    from riverchief.paths import data_dir

    cache = data_dir() / "cache" / "matplotlib"
    try:
        cache.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # read-only data folder: matplotlib keeps PyInstaller's temporary one
    os.environ["MPLCONFIGDIR"] = str(cache)


def attach_console() -> None:
    """Windows: give the windowed executable the console of the ``riverchief.cmd`` that ran it.

    A windowed program starts without standard streams (``sys.stdout is None``) unless
    they were redirected to a file or pipe. Streams that are missing are opened on the
    parent's console; Python writes to it as Unicode whatever the console's code page.
    They become the original streams too (``sys.__stdin__``...): ``getpass`` reads a
    password without echoing it only when ``sys.stdin is sys.__stdin__``, and showed the
    signing key's and users' passwords on the screen otherwise.
    """
    if sys.platform != "win32" or all((sys.stdin, sys.stdout, sys.stderr)):
        return
    import ctypes

    ATTACH_PARENT_PROCESS = -1
    if not ctypes.windll.kernel32.AttachConsole(ATTACH_PARENT_PROCESS):  # type: ignore[attr-defined]
        return  # started without a console (from Explorer): nothing to write to
    if sys.stdout is None:
        sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115
    if sys.stdin is None:
        sys.stdin = open("CONIN$", encoding="utf-8")  # noqa: SIM115
    if sys.__stdin__ is None:
        sys.__stdin__ = sys.stdin
    if sys.__stdout__ is None:
        sys.__stdout__ = sys.stdout
    if sys.__stderr__ is None:
        sys.__stderr__ = sys.stderr
