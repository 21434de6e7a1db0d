"""Hostile and broken packages are refused with a clear message; the database is untouched."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from exchange_sides import CHIEF_ID, PASSWORD, TABLE, write_note
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from riverchief.db import records
from riverchief.errors import UserError
from riverchief.exchange import chain, keys, merge
from riverchief.exchange.canonical import sha256_hex
from riverchief.exchange.export import export_package, pending_rows


@pytest.fixture
def package(laptop, office, tmp_path: Path) -> Path:
    for text in ("一", "二", "三", "四"):
        write_note(laptop, text)
    rows = pending_rows(laptop.store, TABLE, CHIEF_ID)
    return export_package(laptop.store, laptop.user, tmp_path / "good.zip", PASSWORD,
                          [(TABLE, r) for r in rows], chief_id=CHIEF_ID)


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def write_zip(path: Path, content: dict[str, bytes], infos: dict[str, zipfile.ZipInfo] | None
              = None) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in content.items():
            zf.writestr((infos or {}).get(name, name), data)
    return path


def resign(laptop, src: Path, dst: Path, transform) -> Path:
    """What a chief could do with their own key: edit the records and sign again."""
    content = members(src)
    lines = [json.loads(x) for x in content["records.jsonl"].splitlines() if x.strip()]
    lines = transform(lines)
    records = b"".join(json.dumps(x, ensure_ascii=False, sort_keys=True,
                                  separators=(",", ":")).encode() + b"\n" for x in lines)
    manifest = json.loads(content["manifest.json"])
    manifest["members"]["records.jsonl"] = sha256_hex(records)
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True).encode()
    signer = keys.signing_key(laptop.store, PASSWORD)
    content.update({"records.jsonl": records, "manifest.json": manifest_bytes,
                    "manifest.sig": keys.sign(signer, manifest_bytes).encode()})
    return write_zip(dst, content)


def refused(office, path: Path, match: str | None = None) -> str:
    before = list(office.store.conn.iterdump())
    with pytest.raises(UserError) as err:
        merge.import_package(office.store, office.user, path)
    assert list(office.store.conn.iterdump()) == before
    assert str(path) in str(err.value)
    if match:
        assert match in str(err.value) or match in err.value.message
    return str(err.value)


def test_good_package_imports(office, package) -> None:
    assert merge.import_package(office.store, office.user, package).summary()["new"] == 4


def test_changed_byte_in_records(office, package, tmp_path) -> None:
    content = members(package)
    content["records.jsonl"] = content["records.jsonl"].replace("二".encode(), "五".encode())
    refused(office, write_zip(tmp_path / "x.zip", content), "records.jsonl")


def test_changed_manifest_breaks_signature(office, package, tmp_path) -> None:
    content = members(package)
    manifest = json.loads(content["manifest.json"])
    manifest["author"] = "someone-else"
    content["manifest.json"] = json.dumps(manifest).encode()
    refused(office, write_zip(tmp_path / "x.zip", content))


def test_missing_and_extra_members(office, package, tmp_path) -> None:
    content = members(package)
    refused(office, write_zip(tmp_path / "extra.zip", {**content, "media/" + "a" * 64: b"x"}))
    less = dict(content)
    del less["records.jsonl"]
    refused(office, write_zip(tmp_path / "missing.zip", less))


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/passwd", "media/../../x",
                                  "C:\\Windows\\x", "media\\..\\x"])
def test_unsafe_paths(office, package, tmp_path, name) -> None:
    content = members(package)
    content[name] = b"payload"
    refused(office, write_zip(tmp_path / "path.zip", content))


def test_symlink_member(office, package, tmp_path) -> None:
    content = members(package)
    info = zipfile.ZipInfo("media/" + "b" * 64)
    info.external_attr = (0o120777 << 16)
    content[info.filename] = b"/etc/passwd"
    refused(office, write_zip(tmp_path / "link.zip", content, {info.filename: info}), "链接")


def test_zip_bomb(office, package, tmp_path) -> None:
    content = members(package)
    content["media/" + "c" * 64] = b"\0" * (50 * 1024 * 1024)
    refused(office, write_zip(tmp_path / "bomb.zip", content), "压缩炸弹")


def test_absurd_manifest(office, package, tmp_path) -> None:
    content = members(package)
    content["manifest.json"] = b"{" + b" " * (17 * 1024 * 1024) + b"}"
    refused(office, write_zip(tmp_path / "big.zip", content))


def test_unknown_format_version(office, package, tmp_path) -> None:
    content = members(package)
    manifest = json.loads(content["manifest.json"])
    manifest["format_version"] = 99
    content["manifest.json"] = json.dumps(manifest).encode()
    refused(office, write_zip(tmp_path / "v99.zip", content), "99")


def test_not_a_zip(office, tmp_path) -> None:
    path = tmp_path / "photo.zip"
    path.write_bytes(b"\xff\xd8\xff\xe0 not a zip")
    refused(office, path)


def test_unknown_key(office, package, laptop) -> None:
    laptop_key = keys.installation_key(laptop.store)
    office.store.db.execute("DELETE FROM enrolled_key WHERE public_key = ?",
                            [laptop_key.public_key])
    refused(office, package, laptop_key.fingerprint)


def test_revoked_key(office, package, laptop) -> None:
    laptop_key = keys.installation_key(laptop.store)
    keys.revoke_key(office.store, office.admin, laptop_key.fingerprint, reason="丢失")
    refused(office, package)


def test_record_removed_from_chain(office, package, laptop, tmp_path) -> None:
    def drop_second(lines):
        return [x for x in lines if x["chain"]["seq"] != 2]

    message = refused(office, resign(laptop, package, tmp_path / "drop.zip", drop_second))
    assert "2" in message


def test_records_reordered(office, package, laptop, tmp_path) -> None:
    def swap(lines):
        lines[1], lines[2] = lines[2], lines[1]
        return lines

    refused(office, resign(laptop, package, tmp_path / "swap.zip", swap))


def test_chained_record_changed_and_resigned(office, package, laptop, tmp_path) -> None:
    def backdate(lines):
        lines[0]["row"]["note"] = "改过的"
        return lines

    refused(office, resign(laptop, package, tmp_path / "edit.zip", backdate))


@pytest.mark.parametrize("position", [1, 2, 3, 4, 5])
def test_chain_break_reported_at_its_position(position) -> None:
    entries = []
    prev = chain.GENESIS
    for seq in range(1, 6):
        content = {"n": seq}
        h = chain.compute_hash(prev, content, ())
        entries.append(chain.ChainEntry(seq, prev, h, TABLE, f"r{seq}", 1, content))
        prev = h
    assert chain.verify(entries) == []
    changed = list(entries)
    e = changed[position - 1]
    changed[position - 1] = chain.ChainEntry(e.seq, e.prev_hash, e.record_hash, e.table_name,
                                             e.record_id, 1, {"n": -1})
    assert [(b.kind, b.position) for b in chain.verify(changed)][0] == ("changed", position)
    missing = [x for x in entries if x.seq != position]
    breaks = chain.verify(missing, end=(5, entries[-1].record_hash))
    assert ("missing", position) in [(b.kind, b.position) for b in breaks]
    if position < 5:
        swapped = list(entries)
        swapped[position - 1], swapped[position] = swapped[position], swapped[position - 1]
        assert ("reordered", position) in [(b.kind, b.position) for b in chain.verify(swapped)]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_flipped_bytes_are_refused_or_harmless(office, package, tmp_path, data) -> None:
    raw = bytearray(package.read_bytes())
    for _ in range(data.draw(st.integers(1, 3))):
        pos = data.draw(st.integers(0, len(raw) - 1))
        raw[pos] ^= data.draw(st.integers(1, 255))
    path = tmp_path / "flipped.zip"
    path.write_bytes(bytes(raw))
    before = list(office.store.conn.iterdump())
    try:
        result = merge.import_package(office.store, office.user, path, dry_run=True)
    except UserError:
        assert list(office.store.conn.iterdump()) == before
        return
    # a flip in bytes nothing depends on (timestamps, padding): the content is intact
    assert result.summary()["new"] == 4


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(range(4)), drop=st.sets(st.integers(0, 3), max_size=2))
def test_dropped_or_reordered_members_of_records(office, package, laptop, tmp_path, order,
                                                  drop) -> None:
    def mangle(lines):
        picked = [lines[i] for i in order if i not in drop]
        return picked

    if list(order) == [0, 1, 2, 3] and not drop:
        return
    path = resign(laptop, package, tmp_path / "m.zip", mangle)
    before = list(office.store.conn.iterdump())
    with pytest.raises(UserError):
        merge.import_package(office.store, office.user, path)
    assert list(office.store.conn.iterdump()) == before


def test_unknown_fields_and_foreign_children_are_refused(laptop, office, tmp_path) -> None:
    # signed with the chief's own key, so only the content check can catch these
    rid = records.insert(laptop.store, TABLE, {"chief_id": CHIEF_ID, "note": "未上链"},
                         actor="zhangwei")
    row = records.get(laptop.store, TABLE, rid)
    bogus = export_package(laptop.store, laptop.user, tmp_path / "f.zip", PASSWORD,
                           [(TABLE, {**row, "drop_table": "x"})], chief_id=CHIEF_ID)
    refused(office, bogus, "drop_table")
    child = export_package(laptop.store, laptop.user, tmp_path / "c.zip", PASSWORD,
                           [(TABLE, {**row, "_children": {"patrol_photo": [{"x": 1}]}})],
                           chief_id=CHIEF_ID)
    refused(office, child, "patrol_photo")


def test_a_record_that_does_not_fit_is_refused_whole(laptop, office, tmp_path) -> None:
    good = write_note(laptop, "好")
    rid = records.insert(laptop.store, TABLE, {"chief_id": CHIEF_ID, "note": "坏"},
                         actor="zhangwei")
    row = records.get(laptop.store, TABLE, rid)
    # the same id twice: the second cannot be stored, so nothing is
    pkg = export_package(laptop.store, laptop.user, tmp_path / "d.zip", PASSWORD,
                         [(TABLE, good), (TABLE, row), (TABLE, {**row, "note": "重复"})],
                         chief_id=CHIEF_ID)
    refused(office, pkg)


def test_a_full_usb_stick_leaves_no_half_package(tmp_path: Path, monkeypatch) -> None:
    """The stick fills (or is pulled) while the photos are written: the user reads why,
    and no half-written .part file is left taking the stick's space."""
    from riverchief.exchange.package import write_package

    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8 not much of a photo")
    out = tmp_path / "U盘" / "chief-2026-07-01.zip"
    out.parent.mkdir()

    def full(self, *args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "write", full)
    with pytest.raises(UserError) as err:
        write_package(out, {"kind": "records"}, [], {sha256_hex(photo.read_bytes()): photo},
                      lambda data: "00")
    assert err.value.where == str(out) and "No space left" in str(err.value)
    assert list(out.parent.iterdir()) == []
