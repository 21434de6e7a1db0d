"""Where a database file sits: a local disk or a network share.

SQLite's WAL mode needs shared memory between processes, which network file systems do
not give; a database on a share is opened in rollback-journal mode instead.
No shell calls: Windows asks the kernel for the drive type, Linux reads ``/proc/mounts``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

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
