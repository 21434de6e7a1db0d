"""Demo step: each chief's patrols in the chief's hash chain, as their laptop chained them.

When a chief submits a patrol, :func:`riverchief.patrols.service.submit` chains it
(:func:`riverchief.exchange.chain.chain_record`): the patrol as it then stands, with its
child rows (``with_children``, ``chained_content``), and the hashes of its photos. This step
builds the same entries in bulk — the same content and hash functions, one read per batch
of chiefs instead of three queries per patrol, and plain rows with one audit entry — for
the patrols in the order each chief entered them (``entered_at``: the moment of
submitting).

The story the evaluator's weak-evidence page (:mod:`riverchief.exchange.weak`) then tells:

- chiefs' own patrols (source ``demo``, entered on their laptops) are chained and verify;
- the paper-form chiefs' patrols (source ``imported``: typed in at the township office, see
  :mod:`riverchief.demo.patrols`) are never chained, as the app never chains an import:
  "not covered by a chief's hash chain" — a short list, a few chiefs' worth;
- one tamper: someone with the office's database file lengthened one too-short patrol by
  an hour with an SQL tool, outside the app (so no revision, no audit entry, no new chain
  entry). The chief's chain still holds what the chief submitted, so the page names that
  patrol "the hash chain does not verify" (the record was changed after it was chained).
  It lies in the quarter of the demo's today (the one the page opens on) when that quarter
  has such a patrol yet, else it is the latest earlier one.

Cost: the province tier's ~2.3 million patrols would cost more than the tier's time budget
allows (see :data:`CHAINED_SINCE`): chains can start with the current quarter of the
demo's today instead (the chained laptop app was rolled out then; earlier patrols are
unchained), and for now the province chains none.
Leaves ``ctx.made["chained"]`` (the number of chain entries) and
``ctx.made["tampered_patrol"]`` (the id of the changed patrol, or None).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from riverchief.db import records
from riverchief.demo.patrols import _uuid7_many
from riverchief.exchange.canonical import canonical
from riverchief.exchange.chain import GENESIS, hash_bytes
from riverchief.exchange.tables import chained_content, children_of_many
from riverchief.i18n import translate
from riverchief.progress import check

if TYPE_CHECKING:
    from riverchief.demo import DemoContext

ACTOR = "demo"
CHIEFS_PER_BATCH = 400
TAMPER_MINUTES = 60
#: a demo patrol is entered at most this long after its start (back-dated ones: 20 days)
MAX_ENTRY_DELAY_DAYS = 40

#: per tier, where chains start: "year" (every patrol of the year) or "quarter" (patrols
#: entered since the start of the quarter of the demo's today: the chained laptop app was
#: rolled out then). Chaining costs ~90 µs a patrol (city tier: 53,843 patrols in 4.9 s;
#: about 12 µs reading, 20 ``chained_content``, 20 ``canonical``, 20 writing ~1.7 KB of
#: content, the rest hashing and bookkeeping), so the whole province (~2.3 million) would
#: add ~3.5 minutes to its ~3; its current quarter (~18 % of the patrols on 28 November,
#: at most a quarter's) adds ~37 s (at most ~55 s), and the quarter the weak-evidence page
#: opens on is chained. The province tier chains nothing for now: its generation would
#: near its 300 s budget, and the weak-evidence page verifies every chief's whole chain
#: (~2 minutes for a province quarter's chains), so there every patrol stays unverified
#: until that page verifies chains incrementally; "quarter" is then its setting.
CHAINED_SINCE: dict[str, str | None] = {"district": "year", "city": "year", "province": None}

COLUMNS = ["id", "chief_id", "seq", "table_name", "record_id", "record_revision",
           "prev_hash", "record_hash", "content", "media"]


def chains_start(tier: str, as_of: date) -> str | None:
    """The first entry day (ISO) whose patrols are chained on this tier; None: none are."""
    since = CHAINED_SINCE.get(tier, "year")
    if since is None:
        return None
    if since == "quarter":
        return date(as_of.year, 3 * ((as_of.month - 1) // 3) + 1, 1).isoformat()
    return "0000"


def generate(ctx: DemoContext) -> None:
    store = ctx.store
    since = chains_start(ctx.tier.name, ctx.as_of)
    if since is None:
        ctx.made["chained"], ctx.made["tampered_patrol"] = 0, None
        return
    # every chief with patrols (from the index alone: no row read); _entries keeps their own
    chief_ids = [r[0] for r in store.conn.execute(
        "SELECT DISTINCT chief_id FROM patrol ORDER BY chief_id")]
    # the index by record is built once at the end, not grown by random keys
    indexes = [(name, sql) for name, sql in store.conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name = 'chain_entry'")]
    for name, _ in indexes:
        store.conn.execute(f'DROP INDEX "{name}"')
    made = 0
    for first in range(0, len(chief_ids), CHIEFS_PER_BATCH):
        check(ctx.progress)
        batch = chief_ids[first:first + CHIEFS_PER_BATCH]
        entries = list(_entries(store, batch, since))
        ids = _uuid7_many(len(entries))
        made += records.insert_rows(
            store, "chain_entry", COLUMNS, ([i, *e] for i, e in zip(ids, entries, strict=True)),
            actor=ACTOR,
            summary=translate("Demo", "demo hash chains of chiefs {first}-{last}").format(
                first=first + 1, last=first + len(batch)))
        ctx.progress.report(first + len(batch), len(chief_ids), "chains")
    for _, sql in indexes:
        store.conn.execute(sql)
    ctx.made["chained"] = made
    ctx.made["tampered_patrol"] = _tamper(ctx) if made else None


def _earliest_start(since: str) -> str:
    """No demo patrol is entered more than ``MAX_ENTRY_DELAY_DAYS`` after it started."""
    if since < "1":
        return since
    return (date.fromisoformat(since) - timedelta(days=MAX_ENTRY_DELAY_DAYS)).isoformat()


def _entries(store: Any, chief_ids: list[str], since: str) -> Iterator[list[Any]]:
    """The chain entries of these chiefs' patrols entered since ``since``, chief by chief,
    in the order they were entered — what :func:`~riverchief.exchange.chain.chain_record`
    would have written for each, one after the other."""
    marks = ", ".join("?" * len(chief_ids))
    # the start bound (implied by the entry bound) lets the index by chief and start skip the
    # earlier patrols when chains start with a quarter
    where = (f"p.chief_id IN ({marks}) AND p.start_at >= ? AND p.source = 'demo' "
             "AND p.state = 'submitted' AND p.deleted_at IS NULL AND p.entered_at >= ?")
    params = [*chief_ids, _earliest_start(since), since]
    cur = store.conn.execute(
        f"SELECT p.* FROM patrol p WHERE {where} "
        "ORDER BY p.chief_id, p.entered_at, p.start_at, p.id",
        params)
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, values, strict=True)) for values in cur]
    # as tables.with_children: every child table, in its order, empty or not
    children = children_of_many(store, "patrol", [r["id"] for r in rows])
    chief, seq, prev = None, 0, GENESIS
    for row in rows:
        if row["chief_id"] != chief:
            chief, seq, prev = row["chief_id"], 0, GENESIS
        row["_children"] = children[row["id"]]
        photos = row["_children"]["patrol_photo"]
        body = canonical(chained_content(row))
        media = sorted(p["sha256"] for p in photos)  # no track file: the track is inline
        seq += 1
        record_hash = hash_bytes(prev, body, media)
        yield [chief, seq, "patrol", row["id"], int(row["revision"]), prev, record_hash,
               body.decode("utf-8"), json.dumps(media)]
        prev = record_hash


def _tamper(ctx: DemoContext) -> str | None:
    """Lengthen one chained too-short patrol behind the app's back (see the module's text):
    a village chief's, in the quarter of the demo's today, else the latest earlier one."""
    store = ctx.store
    q_start = date(ctx.as_of.year, 3 * ((ctx.as_of.month - 1) // 3) + 1, 1)
    query = (
        "SELECT p.id, p.end_at FROM patrol p JOIN chief c ON c.id = p.chief_id "
        "JOIN chain_entry e ON e.record_id = p.id AND e.table_name = 'patrol' "
        "WHERE c.level = 'village' AND p.source = 'demo' "
        "AND EXISTS (SELECT 1 FROM json_each(p.reasons) "
        "            WHERE json_extract(value, '$.code') = 'too_short_time') "
        "AND p.start_at >= ? ORDER BY p.start_at, p.id")
    rows = store.conn.execute(query, [q_start.isoformat()]).fetchall()
    if rows:
        patrol_id, end_at = rows[ctx.rng.randrange(len(rows))]
    else:
        rows = store.conn.execute(query, ["0000"]).fetchall()
        if not rows:
            return None
        patrol_id, end_at = rows[-1]
    later = datetime.fromisoformat(end_at) + timedelta(minutes=TAMPER_MINUTES)
    store.conn.execute(
        "UPDATE patrol SET end_at = ? WHERE id = ?", [later.isoformat(), patrol_id])
    return str(patrol_id)
