"""Writing files the user asked for: complete or not at all, with a word when it cannot be."""

from __future__ import annotations

from pathlib import Path

from riverchief.errors import UserError
from riverchief.i18n import translate


def replace_into(tmp: Path, out: Path) -> Path:
    """Move a finished temporary file onto ``out`` in one step.

    On Windows this fails while Excel, WPS or a PDF viewer holds ``out`` open: the user is
    told so, and the half-written temporary file is removed.
    """
    try:
        tmp.replace(out)
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
