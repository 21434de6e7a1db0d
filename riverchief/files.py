"""Writing files the user asked for: complete or not at all, with a word when it cannot be."""

from __future__ import annotations

import codecs
import os
import sys
import time
from pathlib import Path
from typing import IO, TextIO

from riverchief.errors import UserError
from riverchief.i18n import translate

REPLACE_TRIES = 10
REPLACE_WAIT_S = 0.1
# Windows (without long-path support): a path of this many characters or more, its
# terminating NUL included, cannot be created, written or moved onto.
MAX_PATH = 260
EXTENDED_PREFIX = "\\\\?\\"  # \\?\ : a path Windows takes as it is, without the limit


def on_windows() -> bool:
    return sys.platform == "win32"


def long_paths_enabled() -> bool:
    """Whether this process may use paths longer than ``MAX_PATH`` (Windows 10 1607 and
    later, with ``LongPathsEnabled`` set in the registry and an executable that declares
    itself long-path aware): ntdll's ``RtlAreLongPathsEnabled`` answers for both."""
    try:
        import ctypes

        ask = ctypes.windll.ntdll.RtlAreLongPathsEnabled  # type: ignore[attr-defined]
    except (AttributeError, OSError, ImportError):  # older Windows: never
        return False
    ask.restype = ctypes.c_ubyte
    ask.argtypes = []
    return bool(ask())


def check_length(path: str | os.PathLike[str], *, margin: int = 0) -> None:
    """Refuse, before anything is written, a file Windows will not write because its path
    is too long (``MAX_PATH``; ``margin`` characters are added to ``path`` by the writer,
    a temporary suffix). Windows says only "No such file or directory" then, for a folder
    that exists. Elsewhere, or with long paths enabled, nothing is checked.
    """
    if not on_windows():
        return
    raw = os.fspath(path)
    if raw.startswith(EXTENDED_PREFIX):
        return
    full = os.path.abspath(raw)
    most = MAX_PATH - 1 - margin
    if len(full) <= most or long_paths_enabled():
        return
    raise UserError(
        translate("Files", "The path is too long for Windows: {length} characters, and at "
                  "most {most} can be written here. Choose a folder nearer the top of the "
                  "drive (such as D:\\RiverChief) or a shorter file name.").format(
                      length=len(full), most=most),
        where=str(path),
    )


def part_path(out: Path, suffix: str = ".part") -> Path:
    """The temporary file a finished ``out`` is written to first (then :func:`replace_into`),
    after :func:`check_length` has made sure Windows can write both."""
    check_length(out, margin=len(suffix))
    return out.with_name(out.name + suffix)


def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
    """Move ``src`` onto ``dst`` in one step (``os.replace``), patient with Windows.

    An antivirus scanner, the search indexer or OneDrive opens a file just written for a
    moment, and Windows refuses to move it, or to replace a file that is open, with
    ``PermissionError``: tried again for about a second before the refusal stands.
    Elsewhere a refusal is final at once.
    """
    for attempt in range(REPLACE_TRIES):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if sys.platform != "win32" or attempt == REPLACE_TRIES - 1:
                raise
            time.sleep(REPLACE_WAIT_S)


def replace_into(tmp: Path, out: Path) -> Path:
    """Move a finished temporary file onto ``out`` in one step.

    On Windows this fails while Excel, WPS or a PDF viewer holds ``out`` open: the user is
    told so, and the half-written temporary file is removed.
    """
    try:
        replace(tmp, out)
    except PermissionError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(
            translate("Files", "The file cannot be replaced: it is open in another program "
                      "(Excel, WPS, a PDF viewer) or read-only. Close it and try again."),
            where=str(out),
        ) from exc
    return out


def decode_text(data: bytes) -> tuple[str, str]:
    """The text of a CSV/text file and the encoding it was in, as files from Chinese Excel
    come: UTF-8 with or without BOM, UTF-16 with BOM, else GBK (read as GB18030).

    Raises :class:`UnicodeDecodeError` (the caller words the message for its file).
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return data.decode("gb18030"), "gbk"


READ_CHUNK = 1 << 20


def _check_decodes(f: IO[bytes], codec: str, offset: int) -> None:
    """Decode the rest of ``f`` chunk by chunk; :class:`UnicodeDecodeError` with the
    position in the file when a byte does not fit ``codec``."""
    decoder = codecs.getincrementaldecoder(codec)(errors="strict")
    pos = offset
    while True:
        chunk = f.read(READ_CHUNK)
        try:
            decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            raise UnicodeDecodeError(exc.encoding, exc.object, pos + exc.start,
                                     pos + exc.end, exc.reason) from None
        if not chunk:
            return
        pos += len(chunk)


def detect_encoding(path: Path) -> tuple[str, str]:
    """The codec to open ``path`` with and the encoding's name, as :func:`decode_text` would
    find them, reading one chunk at a time (a 1-million-row file is never in memory).

    Raises :class:`UnicodeDecodeError` (with the byte's position in the file).
    """
    with path.open("rb") as f:
        head = f.read(3)
        if head.startswith(b"\xef\xbb\xbf"):
            f.seek(3)
            _check_decodes(f, "utf-8", 3)
            return "utf-8-sig", "utf-8-sig"
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            f.seek(0)
            _check_decodes(f, "utf-16", 0)
            return "utf-16", "utf-16"
        f.seek(0)
        try:
            _check_decodes(f, "utf-8", 0)
            return "utf-8", "utf-8"
        except UnicodeDecodeError:
            pass
        f.seek(0)
        _check_decodes(f, "gb18030", 0)
        return "gb18030", "gbk"


def open_text(path: Path) -> tuple[TextIO, str]:
    """``path`` opened for reading as text in the encoding :func:`detect_encoding` finds
    (newlines untranslated, for :mod:`csv`), and that encoding's name."""
    codec, name = detect_encoding(path)
    return path.open(encoding=codec, errors="strict", newline=""), name
