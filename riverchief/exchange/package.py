"""Package files (交换包): a zip with a signed manifest, records as JSON lines, and media.

Layout::

    manifest.json   format, origin installation and public key, author, period, counts,
                    chain heads, and the SHA-256 of every other member
    manifest.sig    Ed25519 signature of manifest.json (hex)
    records.jsonl   one {"table", "row", "chain"} object per line
    media/<sha256>  photos and track files, named by their hash

Reading never trusts the file: member names, sizes, compression ratios and the manifest
size are checked before anything is extracted, and nothing is written to the database
until everything verifies.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import stat
import threading
import zipfile
import zlib
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from riverchief.errors import UserError
from riverchief.exchange.canonical import canonical, sha256_hex
from riverchief.exchange.chain import ChainEntry
from riverchief.files import part_path, replace_into
from riverchief.i18n import translate

FORMAT = "riverchief-package"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
RECORDS = "records.jsonl"

MAX_MEMBERS = 200_000
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
MAX_MEMBER_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 8 * 1024 * 1024 * 1024
MAX_RATIO = 100  # uncompressed / compressed, for members above 1 MB
_HEX = set("0123456789abcdef")


@dataclass
class PackageRecord:
    table: str
    row: dict[str, Any]
    chain: ChainEntry | None = None
    body: bytes | None = field(default=None, repr=False, compare=False)  # cached canonical
    #: the chain entry's content was left out of the package: it is the row's own
    content_from_row: bool = field(default=False, repr=False, compare=False)


@dataclass
class Package:
    """A verified package's contents (media are read lazily from the zip)."""

    path: Path
    manifest: dict[str, Any]
    manifest_bytes: bytes
    signature: str
    records: list[PackageRecord] = field(default_factory=list)
    #: media extracted (and hashed) beside the media store: sha256 -> file
    staged: dict[str, Path] = field(default_factory=dict)
    _media_job: Future[None] | None = field(default=None, repr=False)
    _cancel: threading.Event = field(default_factory=threading.Event, repr=False)

    def wait_media(self) -> None:
        """Wait for the media to be extracted; a changed file refuses the package."""
        if self._media_job is not None:
            self._media_job.result()

    def stop_media(self) -> None:
        """Stop extracting (the package is refused or already imported) and wait."""
        if self._media_job is not None:
            self._cancel.set()
            try:
                self._media_job.result()
            except Exception:  # noqa: BLE001 - what it found no longer matters
                pass

    @property
    def manifest_sha256(self) -> str:
        return sha256_hex(self.manifest_bytes)

    def media_names(self) -> list[str]:
        return [m.removeprefix("media/") for m in self.manifest["members"] if
                m.startswith("media/")]

    def read_media(self, sha256: str) -> bytes:
        if sha256 in self.staged:
            return self.staged[sha256].read_bytes()
        with zipfile.ZipFile(self.path) as zf:
            return zf.read(f"media/{sha256}")


def _refuse(path: Path, message: str) -> UserError:
    return UserError(message, where=str(path))


def write_package(
    out: Path,
    manifest: dict[str, Any],
    records: list[PackageRecord],
    media: dict[str, Path],
    sign: Any,
) -> Path:
    """Write a package atomically; ``sign(bytes) -> hex`` signs the manifest."""
    lines = b"".join(
        canonical({"table": r.table, "row": r.row, "chain": _chain_json(r)}) + b"\n"
        for r in records
    )
    members: dict[str, str] = {RECORDS: sha256_hex(lines)}
    for sha, file in sorted(media.items()):
        data = file.read_bytes()
        if sha256_hex(data) != sha:
            raise UserError(translate("Exchange", "A stored file no longer matches its hash."),
                            where=str(file))
        members[f"media/{sha}"] = sha
    full = {**manifest, "format": FORMAT, "format_version": FORMAT_VERSION, "members": members}
    manifest_bytes = json.dumps(full, ensure_ascii=False, sort_keys=True, indent=1).encode()
    tmp = part_path(out)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(MANIFEST, manifest_bytes)
            zf.writestr(SIGNATURE, sign(manifest_bytes))
            zf.writestr(RECORDS, lines)
            for sha, file in sorted(media.items()):
                zf.write(file, f"media/{sha}", compress_type=zipfile.ZIP_STORED)
    except OSError as exc:  # a full or pulled USB stick, a read-only folder
        tmp.unlink(missing_ok=True)
        raise UserError(translate("Exchange", "Cannot write the package: {error}").format(
            error=exc.strerror or exc), where=str(out)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    replace_into(tmp, out)
    return out


def row_content(row: dict[str, Any]) -> dict[str, Any]:
    """What a chain entry covers of a (package-encoded) row: all but ``updated_at``."""
    return {k: v for k, v in row.items() if k != "updated_at"}


def _chain_json(r: PackageRecord) -> dict[str, Any] | None:
    """A record's chain entry; its content is left out when it is the record itself (the
    reader puts it back), so that the package does not carry every record twice."""
    if r.chain is None:
        return None
    entry = r.chain.to_json()
    if canonical(entry["content"]) == canonical(row_content(r.row)):
        del entry["content"]
    return entry


def _check_name(path: Path, info: zipfile.ZipInfo) -> None:
    name = info.filename
    mode = (info.external_attr >> 16) & 0o170000
    if mode == stat.S_IFLNK:
        raise _refuse(path, translate("Exchange", "The package contains a link ({name}): refused.")
                      .format(name=name))
    if (name.startswith(("/", "\\")) or ":" in name or "\\" in name
            or any(part in ("..", "") for part in name.split("/"))):
        raise _refuse(path, translate(
            "Exchange", "The package contains an unsafe path ({name}): refused.").format(name=name))
    if name in (MANIFEST, SIGNATURE, RECORDS):
        return
    if name.startswith("media/") and len(name) == 6 + 64 and set(name[6:]) <= _HEX:
        return
    raise _refuse(path, translate("Exchange", "The package contains an unexpected member ({name})."
                                  ).format(name=name))


def _open(path: Path) -> zipfile.ZipFile:
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise _refuse(path, translate("Exchange", "The package file does not exist.")) from exc
    except (zipfile.BadZipFile, OSError) as exc:
        raise _refuse(path, translate(
            "Exchange", "This is not a RiverChief package (not a readable zip file).")) from exc
    return zf


def read_package(path: Path, stage: Path | None = None) -> Package:
    """Open a package and check its structure; see :func:`_read_package`.

    With ``stage`` (an empty folder on the media store's disk), media members are extracted
    there while their hashes are checked, so that the import moves them into place without
    reading them again; the folder is removed when the package is refused.
    """
    try:
        return _read_package(path, stage)
    except BaseException as exc:
        if stage is not None:
            shutil.rmtree(stage, ignore_errors=True)
        if isinstance(exc, (zipfile.BadZipFile, zlib.error, EOFError, OSError,
                            NotImplementedError, UnicodeDecodeError, ValueError, KeyError)) \
                and not isinstance(exc, UserError):
            raise _refuse(path, translate(
                "Exchange", "The package is damaged and cannot be read ({error}).").format(
                    error=type(exc).__name__)) from exc
        raise


def _read_package(path: Path, stage: Path | None = None) -> Package:
    """Open and structurally check a package; raises a clear :class:`UserError` if hostile.

    Checks: member names (no ``..``, absolute paths, links, unknown names, duplicates),
    sizes and compression ratios (zip bombs), the manifest's size, format and version,
    every member's SHA-256 against the manifest, and no missing or extra member. The
    signature and the chains are checked by the importer, which knows the keys.
    """
    with _open(path) as zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise _refuse(path, translate("Exchange", "The package has too many members."))
        names = [i.filename for i in infos]
        if len(set(names)) != len(names):
            raise _refuse(path, translate("Exchange", "The package has duplicate members."))
        total = 0
        for info in infos:
            _check_name(path, info)
            total += info.file_size
            too_big = info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES
            ratio = info.file_size / max(info.compress_size, 1)
            if too_big or (info.file_size > 1_000_000 and ratio > MAX_RATIO):
                raise _refuse(path, translate(
                    "Exchange", "The package is too large or too compressed ({name}): refused "
                    "as a possible zip bomb.").format(name=info.filename))
        for required in (MANIFEST, SIGNATURE, RECORDS):
            if required not in names:
                raise _refuse(path, translate("Exchange", "The package has no {name}.").format(
                    name=required))
        if zf.getinfo(MANIFEST).file_size > MAX_MANIFEST_BYTES:
            raise _refuse(path, translate("Exchange", "The package's manifest is absurdly large."))
        manifest_bytes = _read_limited(zf, MANIFEST, MAX_MANIFEST_BYTES)
        try:
            manifest = json.loads(manifest_bytes)
        except (ValueError, UnicodeDecodeError) as exc:
            raise _refuse(path, translate("Exchange", "The package's manifest is not valid JSON.")
                          ) from exc
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise _refuse(path, translate("Exchange", "This is not a RiverChief package."))
        if manifest.get("format_version") != FORMAT_VERSION:
            raise _refuse(path, translate(
                "Exchange", "Unknown package format version {version}: this app reads "
                "version {ours}. Update RiverChief.").format(
                    version=manifest.get("format_version"), ours=FORMAT_VERSION))
        members = manifest.get("members")
        if not isinstance(members, dict):
            raise _refuse(path, translate("Exchange", "The package's manifest lists no members."))
        listed = set(members) | {MANIFEST, SIGNATURE}
        extra = sorted(set(names) - listed)
        missing = sorted(listed - set(names))
        if extra:
            raise _refuse(path, translate(
                "Exchange", "The package contains a member its manifest does not list ({name})."
            ).format(name=extra[0]))
        if missing:
            raise _refuse(path, translate(
                "Exchange", "A member listed in the manifest is missing ({name}).").format(
                    name=missing[0]))
        staged: dict[str, Path] = {}
        records_bytes = b""
        later: list[tuple[str, str]] = []
        for name, expected in members.items():
            if stage is not None and name.startswith("media/"):
                later.append((name, str(expected)))  # extracted in the background, below
                continue
            else:
                data = _read_limited(zf, name, MAX_MEMBER_BYTES)
                digest = sha256_hex(data)
                if name == RECORDS:
                    records_bytes = data
            if digest != expected or (name.startswith("media/") and name[6:] != digest):
                raise _refuse(path, translate(
                    "Exchange", "The member {name} was changed: its hash does not match the "
                    "manifest.").format(name=name))
        signature = _read_limited(zf, SIGNATURE, 1024).decode("ascii", "replace").strip()
        pkg = Package(path, manifest, manifest_bytes, signature, [], staged)
        if stage is not None and later:  # the photos are extracted while records are read
            stage.mkdir(parents=True, exist_ok=True)
            pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="package-media")
            pkg._media_job = pool.submit(_extract_all, path, later, stage, staged, pkg._cancel)
            pool.shutdown(wait=False)
        try:
            pkg.records = _parse_records(path, records_bytes)
        except BaseException:
            pkg.stop_media()
            raise
    return pkg


def _extract_all(path: Path, members: list[tuple[str, str]], stage: Path,
                 staged: dict[str, Path], cancel: threading.Event) -> None:
    """Extract media members into ``stage`` while checking their hashes (a thread of its
    own: the records are checked meanwhile)."""
    buffer = bytearray(STAGE_BUFFER)
    with _open(path) as zf, path.open("rb") as raw:
        for name, expected in members:
            if cancel.is_set():
                return
            sha = name.removeprefix("media/")
            target = stage / sha
            digest = _copy_stored(zf.getinfo(name), raw, buffer, target)
            if digest is None:
                digest = _extract_hashed(zf, name, target)
            if digest != expected or sha != expected:
                raise _refuse(path, translate(
                    "Exchange", "The member {name} was changed: its hash does not match "
                    "the manifest.").format(name=name))
            staged[sha] = target


STAGE_BUFFER = 8 * 1024 * 1024  # photos up to this size are copied in one piece


def _copy_stored(info: zipfile.ZipInfo, raw: Any, buffer: bytearray, target: Path) -> str | None:
    """A stored (uncompressed) member: read once where it lies in the file, hashed and
    written without going through zipfile. None when it cannot be done that way."""
    size = info.compress_size
    if info.compress_type != zipfile.ZIP_STORED or info.flag_bits & 0x1 or \
            size != info.file_size or size > len(buffer) or not hasattr(os, "pread"):
        return None
    fd = raw.fileno()
    header = os.pread(fd, 30, info.header_offset)
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        return None
    name_len = int.from_bytes(header[26:28], "little")
    extra_len = int.from_bytes(header[28:30], "little")
    name = os.pread(fd, name_len, info.header_offset + 30)
    if name not in (info.orig_filename.encode("utf-8"),
                    info.orig_filename.encode("cp437", "replace")):
        return None
    offset = info.header_offset + 30 + name_len + extra_len
    view = memoryview(buffer)[:size]
    try:
        if os.preadv(fd, [view], offset) != size:
            return None
        digest = hashlib.sha256(view).hexdigest()
        with target.open("wb", buffering=0) as out:
            done = 0
            while done < size:
                done += out.write(view[done:])
    finally:
        view.release()
    return digest


def _extract_hashed(zf: zipfile.ZipFile, name: str, target: Path) -> str:
    """Copy a member to ``target`` in 1 MB pieces; returns its SHA-256."""
    digest = hashlib.sha256()
    size = 0
    try:
        with zf.open(name) as src, target.open("wb") as out:
            while chunk := src.read(1 << 20):
                size += len(chunk)
                if size > MAX_MEMBER_BYTES:
                    raise UserError(translate("Exchange", "The member {name} is larger than "
                                              "it claims.").format(name=name))
                digest.update(chunk)
                out.write(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError,
            ValueError) as exc:
        raise UserError(translate(
            "Exchange", "The package is damaged and cannot be read ({error}).").format(
                error=type(exc).__name__)) from exc
    return digest.hexdigest()


def _read_limited(zf: zipfile.ZipFile, name: str, limit: int) -> bytes:
    with zf.open(name) as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise UserError(translate("Exchange", "The member {name} is larger than it claims.")
                        .format(name=name))
    return data


def _parse_records(path: Path, data: bytes) -> list[PackageRecord]:
    out = []
    for n, line in enumerate(io.BytesIO(data), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            row = dict(obj["row"])
            chain = None
            derived = False
            if obj.get("chain"):
                entry = dict(obj["chain"])
                if "content" not in entry:
                    entry["content"] = row_content(row)
                    derived = True
                chain = ChainEntry.from_json(entry)
            out.append(PackageRecord(str(obj["table"]), row, chain, content_from_row=derived))
        except (ValueError, KeyError, TypeError) as exc:
            raise UserError(translate("Exchange", "Record line {n} of the package is damaged.")
                            .format(n=n), where=str(path)) from exc
    return out
