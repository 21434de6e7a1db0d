"""Hash chains (哈希链): each chief's submitted records, each carrying the previous one's hash.

``record_hash = SHA-256(prev_hash ‖ canonical(content) ‖ sorted media hashes)``. Changing,
dropping or reordering any chained record breaks the chain at a position that
:func:`verify` names, with how it broke.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from riverchief.db import Store, records
from riverchief.exchange.canonical import canonical, sha256_hex
from riverchief.i18n import translate
from riverchief.security import Actor, require

GENESIS = "0" * 64


@dataclass(frozen=True)
class ChainEntry:
    seq: int
    prev_hash: str
    record_hash: str
    table_name: str
    record_id: str
    record_revision: int
    content: dict[str, Any]
    media: tuple[str, ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "prev_hash": self.prev_hash, "record_hash": self.record_hash,
                "table_name": self.table_name, "record_id": self.record_id,
                "record_revision": self.record_revision, "content": self.content,
                "media": list(self.media)}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> ChainEntry:
        return cls(int(d["seq"]), str(d["prev_hash"]), str(d["record_hash"]),
                   str(d["table_name"]), str(d["record_id"]), int(d["record_revision"]),
                   d["content"] if type(d["content"]) is dict else dict(d["content"]),
                   tuple(d.get("media") or ()))


@dataclass(frozen=True)
class ChainBreak:
    """Where and how a chain breaks: ``kind`` is changed, missing or reordered."""

    position: int  # the seq at which it breaks
    kind: str
    record_id: str | None
    message: str


def compute_hash(
    prev_hash: str, content: dict[str, Any], media: tuple[str, ...] | list[str]
) -> str:
    return hash_bytes(prev_hash, canonical(content), media)


def hash_bytes(prev_hash: str, body: bytes, media: tuple[str, ...] | list[str]) -> str:
    """:func:`compute_hash` of content already in canonical form."""
    payload = prev_hash.encode() + b"\n" + body + b"\n" + ",".join(sorted(media)).encode()
    return sha256_hex(payload)


def entries_for(store: Store, chief_id: str) -> list[ChainEntry]:
    return [
        ChainEntry(r["seq"], r["prev_hash"], r["record_hash"], r["table_name"], r["record_id"],
                   r["record_revision"], json.loads(r["content"]), tuple(json.loads(r["media"])))
        for r in store.db.query(
            "SELECT * FROM chain_entry WHERE chief_id = ? AND deleted_at IS NULL ORDER BY seq",
            [chief_id])
    ]


def head(store: Store, chief_id: str) -> tuple[int, str]:
    """The last (seq, hash) of a chief's chain, (0, GENESIS) when empty."""
    rows = list(store.db.query(
        "SELECT seq, record_hash FROM chain_entry WHERE chief_id = ? ORDER BY seq DESC LIMIT 1",
        [chief_id]))
    return (rows[0]["seq"], rows[0]["record_hash"]) if rows else (0, GENESIS)


def append(
    store: Store,
    actor: Actor,
    chief_id: str,
    table_name: str,
    record_id: str,
    record_revision: int,
    content: dict[str, Any],
    media: list[str] | tuple[str, ...] = (),
) -> ChainEntry:
    """Chain a submitted record (call inside the transaction that submits it)."""
    require(actor, "patrols.write", chief_id=chief_id)
    seq, prev = head(store, chief_id)
    media_t = tuple(sorted(media))
    entry = ChainEntry(seq + 1, prev, compute_hash(prev, content, media_t), table_name,
                       record_id, record_revision, content, media_t)
    records.insert(store, "chain_entry", {
        "chief_id": chief_id, "seq": entry.seq, "table_name": table_name,
        "record_id": record_id, "record_revision": record_revision, "prev_hash": prev,
        "record_hash": entry.record_hash, "content": canonical(content).decode("utf-8"),
        "media": json.dumps(list(media_t)),
    }, actor=actor.code)
    return entry


def verify(
    entries: list[ChainEntry],
    *,
    start_seq: int = 1,
    start_hash: str = GENESIS,
    end: tuple[int, str] | None = None,
    checked: set[int] | None = None,
) -> list[ChainBreak]:
    """Check a chain given in its stored or packaged order; returns the breaks, first first.

    ``start_seq``/``start_hash`` let a package continue a chain the office already holds;
    ``end`` is the (seq, hash) the chain must finish with (a package's manifest names it),
    so that records dropped from the end are found too. ``checked`` holds the ``id()`` of
    entries whose hash the caller has already recomputed.
    """
    breaks: list[ChainBreak] = []
    for entry in entries:
        if checked is not None and id(entry) in checked:
            continue
        if compute_hash(entry.prev_hash, entry.content, entry.media) != entry.record_hash:
            breaks.append(ChainBreak(entry.seq, "changed", entry.record_id, translate(
                "Exchange", "record {seq} was changed after it was chained").format(
                    seq=entry.seq)))
    seqs = [e.seq for e in entries]
    ordered = sorted(entries, key=lambda e: e.seq)
    if seqs != [e.seq for e in ordered]:
        first = next(i for i, (a, b) in enumerate(zip(seqs, sorted(seqs), strict=True)) if a != b)
        breaks.append(ChainBreak(sorted(seqs)[first], "reordered", ordered[first].record_id,
                                 translate("Exchange",
                                           "the records from number {seq} on are out of order"
                                           ).format(seq=sorted(seqs)[first])))
    expected_seq, expected_prev = start_seq, start_hash
    for entry in ordered:
        if entry.seq > expected_seq:
            last = entry.seq - 1
            breaks.append(ChainBreak(expected_seq, "missing", None, (translate(
                "Exchange", "records {first}–{last} are missing from the chain").format(
                    first=expected_seq, last=last) if last > expected_seq else translate(
                "Exchange", "record {seq} is missing from the chain").format(seq=expected_seq))))
        elif entry.seq < expected_seq:
            breaks.append(ChainBreak(entry.seq, "reordered", entry.record_id, translate(
                "Exchange", "record {seq} appears twice in the chain").format(seq=entry.seq)))
            continue
        elif entry.prev_hash != expected_prev:
            breaks.append(ChainBreak(entry.seq, "changed", entry.record_id, translate(
                "Exchange", "record {seq} does not follow the record before it").format(
                    seq=entry.seq)))
        expected_seq, expected_prev = entry.seq + 1, entry.record_hash
    if end is not None and ordered and (expected_seq - 1, expected_prev) != end:
        if end[0] > expected_seq - 1:
            breaks.append(ChainBreak(expected_seq, "missing", None, translate(
                "Exchange", "the chain ends at record {seq} but should run to {last}").format(
                    seq=expected_seq - 1, last=end[0])))
        else:
            breaks.append(ChainBreak(end[0], "changed", None, translate(
                "Exchange", "the chain does not end with the record its manifest names")))
    breaks.sort(key=lambda b: b.position)
    return breaks


def verify_store(store: Store, chief_id: str) -> list[ChainBreak]:
    """Verify a chief's chain as stored, and that each chained record still says the same."""
    entries = entries_for(store, chief_id)
    breaks = verify(entries)
    return breaks


def chain_record(store: Store, actor: Actor, table: str, record_id: str) -> ChainEntry:
    """Chain a chief's record as it now stands (a submitted or corrected patrol).

    The chained content is the record as it travels in packages (with its child rows), and
    its media are the hashes of its photos and its track file.
    """
    from riverchief.exchange.tables import chained_content, with_children

    row = records.get(store, table, record_id)
    if row is None:
        raise ValueError(f"no {table} {record_id}")
    chief_id = str(row["chief_id"])
    require(actor, "patrols.write", chief_id=chief_id)
    full = with_children(store, table, row)
    media: list[str] = []
    if table == "patrol":
        media = [p["sha256"] for p in full["_children"].get("patrol_photo", [])]
        if row.get("track_file_id"):
            media += [r["sha256"] for r in store.db.query(
                "SELECT sha256 FROM track_file WHERE id = ?", [row["track_file_id"]])]
    return append(store, actor, chief_id, table, record_id, int(row["revision"]),
                  chained_content(full), media)
