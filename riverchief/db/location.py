"""Where a database file sits: a local disk or a network share.

SQLite's WAL mode needs shared memory between processes, which network file systems do
not give; a database on a share is opened in rollback-journal mode instead.
No shell calls: Windows asks the kernel for the drive type, Linux reads ``/proc/mounts``.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from riverchief.i18n import translate

NETWORK_FILESYSTEMS = {
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p",
    "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "glusterfs", "fuse.glusterfs",
    "ceph", "fuse.ceph", "lustre", "gpfs", "fuse.rclone",
}


def is_unc(path: str) -> bool:
    r"""``\\server\share\...``, ``//server/share/...`` or the long form
    ``\\?\UNC\server\share\...`` (but not ``\\?\C:\...``, a local drive's long form)."""
    p = path.replace("/", "\\")
    if p[:8].upper() == "\\\\?\\UNC\\":
        return True
    return p.startswith("\\\\") and not p.startswith("\\\\?\\") and not p.startswith("\\\\.\\")


def _windows_drive_is_remote(path: Path) -> bool:
    import ctypes

    drive = os.path.splitdrive(str(path))[0]
    if not drive:
        return False
    DRIVE_REMOTE = 4
    get_drive_type = ctypes.windll.kernel32.GetDriveTypeW  # type: ignore[attr-defined]
    return bool(get_drive_type(drive + "\\") == DRIVE_REMOTE)


def _mount_fstype(path: Path, mounts_text: str) -> str | None:
    best, best_type = "", None
    target = str(path)
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) >= len(best):
            best, best_type = mount_point, parts[2]
    return best_type


def is_network_path(path: Path, *, mounts_text: str | None = None) -> bool:
    """True when ``path`` is on a network share (UNC path, mapped drive, NFS/SMB mount)."""
    raw = str(path)
    if is_unc(raw):
        return True
    resolved = path.resolve() if path.exists() else path.parent.resolve() / path.name
    if sys.platform == "win32":
        # Windows resolves a mapped network drive (Z:) to the share's UNC path
        return is_unc(str(resolved)) or _windows_drive_is_remote(resolved)
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    fstype = _mount_fstype(resolved, mounts_text)
    return fstype in NETWORK_FILESYSTEMS


# ---- folders a sync client copies -----------------------------------------------------
# OneDrive, Dropbox, 坚果云 and 百度网盘's sync disk copy a file whenever it changes. A
# database open in WAL mode is three files (the database, -wal, -shm) changing at
# different times: a copy taken between them is damaged, and a copy uploaded from a second
# computer comes back as a "conflicted copy" beside it. Warned about, not refused: the
# user may know the client is paused.

ONEDRIVE_ENV = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")

# the sync client, and the casefolded names (or beginnings of names) of the folders it
# makes: "OneDrive - 某某单位" for a work account, "Dropbox (Personal)" for a team's
_FOLDER_NAMES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    # client, exact names, name beginnings
    ("OneDrive", ("onedrive",), ("onedrive - ", "onedrive-")),
    ("Dropbox", ("dropbox",), ("dropbox (",)),
    ("Nutstore", ("坚果云", "我的坚果云", "nutstore", "nutstore files"), ()),
    ("Baidu sync disk",
     ("baidusyncdisk", "百度网盘同步盘", "百度网盘同步空间", "百度云同步盘"), ()),
    ("iCloud Drive", ("icloud drive", "iclouddrive", "com~apple~clouddocs"), ()),
    ("Google Drive", ("google drive", "googledrive"), ()),
)


@dataclass(frozen=True)
class SyncFolder:
    """The folder a sync client keeps in step with the cloud, that holds a database."""

    client: str  # "OneDrive", "Dropbox", "Nutstore", "Baidu sync disk", ...
    folder: str  # the synced folder itself (the top of what the client copies)


def _client_of(name: str) -> str | None:
    folded = name.casefold()
    for client, exact, beginnings in _FOLDER_NAMES:
        if folded in exact or folded.startswith(beginnings):
            return client
    return None


def _parts(path: str, windows: bool) -> tuple[str, ...]:
    pure = PureWindowsPath(path) if windows else PurePosixPath(path)
    return pure.parts


def _join(parts: tuple[str, ...], windows: bool) -> str:
    return str(PureWindowsPath(*parts) if windows else PurePosixPath(*parts))


def sync_folder(path: Path | str, *, environ: Mapping[str, str] | None = None,
                windows: bool | None = None) -> SyncFolder | None:
    """The sync client's folder ``path`` is in, or None for a folder no client copies.

    Windows names OneDrive's folders in ``%OneDrive%``, ``%OneDriveCommercial%`` and
    ``%OneDriveConsumer%`` (whatever they are called: a work account's may be D:\\云盘);
    everywhere, a folder named as the clients name theirs (``OneDrive``, ``OneDrive -
    单位``, ``Dropbox``, ``我的坚果云``, ``BaiduSyncdisk``, ...) is taken for one.
    """
    here = sys.platform == "win32"
    windows = here if windows is None else windows
    env = os.environ if environ is None else environ
    raw = str(path)
    pure_cls = PureWindowsPath if windows else PurePosixPath
    if not pure_cls(raw).is_absolute():
        raw = os.path.abspath(raw)
    found = _sync_folder_of(raw, env, windows)
    if found is None and windows == here:
        # reached through a link (a symlink, a Windows junction) into a synced folder
        real = os.path.realpath(raw)
        if real != raw:
            found = _sync_folder_of(real, env, windows)
    return found


def _sync_folder_of(raw: str, env: Mapping[str, str], windows: bool) -> SyncFolder | None:
    parts = _parts(raw, windows)
    folded = [p.casefold() for p in parts]
    if windows:
        for name in ONEDRIVE_ENV:
            value = env.get(name, "").strip()
            if not value or not PureWindowsPath(value).is_absolute():
                continue
            top = [p.casefold() for p in _parts(value, True)]
            if len(top) < len(folded) and folded[: len(top)] == top:
                return SyncFolder("OneDrive", _join(parts[: len(top)], True))
    # the folder names; the file's own name is not a folder
    for i, part in enumerate(parts[:-1]):
        client = _client_of(part)
        if client is not None:
            return SyncFolder(client, _join(parts[: i + 1], windows))
    return None


def client_name(client: str) -> str:
    """The sync client's name as the user knows it, in the user's language."""
    names = {
        "OneDrive": translate("Database", "OneDrive"),
        "Dropbox": translate("Database", "Dropbox"),
        "Nutstore": translate("Database", "Nutstore"),
        "Baidu sync disk": translate("Database", "Baidu sync disk"),
        "iCloud Drive": translate("Database", "iCloud Drive"),
        "Google Drive": translate("Database", "Google Drive"),
    }
    return names.get(client, client)


def local_folder_suggestion(*, environ: Mapping[str, str] | None = None,
                            windows: bool | None = None) -> str:
    """A folder to move the database to that no sync client copies: the app's own data
    folder (``%LOCALAPPDATA%\\RiverChief``), else Documents\\RiverChief, else the drive's
    top (OneDrive may hold Documents, "known folder move")."""
    from riverchief.paths import data_dir

    windows = sys.platform == "win32" if windows is None else windows
    home = Path.home()
    candidates = [str(data_dir()), str(home / "Documents" / "RiverChief")]
    for candidate in candidates:
        if sync_folder(Path(candidate) / "riverchief.db", environ=environ,
                       windows=windows) is None:
            return candidate
    return "C:\\RiverChief" if windows else str(home / "RiverChief")


def sync_warning(path: Path | str, *, environ: Mapping[str, str] | None = None,
                 windows: bool | None = None) -> str | None:
    """The warning for a database in a folder a sync client copies (None elsewhere):
    which client, which folder, and where to move the file instead."""
    found = sync_folder(path, environ=environ, windows=windows)
    if found is None:
        return None
    return translate(
        "Database",
        "This database is in a folder that {client} synchronises ({folder}). A sync client "
        "that copies the file while RiverChief writes to it can damage the database, or "
        "leave \"conflicted copy\" files beside it. Close RiverChief, move the database to "
        "a local folder that is not synchronised, such as {suggestion}, and open it there; "
        "keep copies with backups instead.",
    ).format(client=client_name(found.client), folder=found.folder,
             suggestion=local_folder_suggestion(environ=environ, windows=windows))


# The warnings of an open go to this logger (the app's log has them): the command line
# prints them as warning lines (riverchief.cli), the GUI asks sync_warning itself, for its
# dialog. Nowhere else do they reach the screen.
log = logging.getLogger("riverchief.db.location")
log.addHandler(logging.NullHandler())


def warning_line(path: str, text: str) -> str:
    """A warning as the command line prints it (after ``riverchief: ``)."""
    return translate("Database", "warning: {path}: {text}").format(path=path, text=text)


def announce_warnings(path: Path) -> None:
    """Log what is risky about where the database ``path`` sits (``db_path`` in the
    record's extra fields)."""
    text = sync_warning(path)
    if text:
        log.warning("%s", text, extra={"db_path": str(path)})
