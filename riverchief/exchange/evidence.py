"""What the exchange can say about one record: is it chained, does its chain verify, is it
still what was chained, and when did the office receive it (and from which key)."""

from __future__ import annotations

from dataclasses import dataclass

from riverchief.db import Store, records
from riverchief.exchange import chain
from riverchief.exchange.canonical import canonical
from riverchief.exchange.tables import chained_content, outgoing, without_judgement
from riverchief.i18n import translate


@dataclass(frozen=True)
class RecordEvidence:
    chained: bool
    seq: int | None
    verified: bool | None  # None: not chained
    problems: tuple[str, ...]
    received_at: str | None  # when a package brought it to this installation
    fingerprint: str | None  # the key that signed that package

    def chain_text(self) -> str:
        if not self.chained:
            return translate("Exchange", "not chained (not submitted on a chief's laptop)")
        if self.verified:
            return translate("Exchange", "record {seq} of the chief's chain; the chain verifies"
                             ).format(seq=self.seq)
        return translate("Exchange", "record {seq}: does not verify — {problems}").format(
            seq=self.seq, problems="; ".join(self.problems))

    def receipt_text(self) -> str:
        if self.received_at is None:
            return translate("Exchange", "not received in a package (entered here)")
        return translate("Exchange", "{when}, signed by key {fp}").format(
            when=self.received_at, fp=self.fingerprint or "?")


def record_evidence(store: Store, table: str, record_id: str) -> RecordEvidence:
    row = records.get(store, table, record_id)
    entries = list(store.db.query(
        "SELECT chief_id, seq, record_revision FROM chain_entry WHERE table_name = ? AND "
        "record_id = ? ORDER BY seq DESC", [table, record_id]))
    received = list(store.db.query(
        "SELECT p.received_at, p.fingerprint FROM record_revision r JOIN package_log p "
        "ON p.id = r.package_id WHERE r.table_name = ? AND r.record_id = ? "
        "AND r.status IN ('applied', 'history') ORDER BY p.received_at LIMIT 1",
        [table, record_id]))
    received_at = received[0]["received_at"] if received else None
    fingerprint = received[0]["fingerprint"] if received else None
    if not entries or row is None:
        return RecordEvidence(False, None, None, (), received_at, fingerprint)
    last = entries[0]
    problems = [b.message for b in chain.verify_store(store, last["chief_id"])
                if b.position <= last["seq"]]
    if int(last["record_revision"]) == int(row["revision"]):
        held = next(e for e in chain.entries_for(store, last["chief_id"])
                    if e.seq == last["seq"])
        # the office's own verdict (judged again with its rule set) is not the chief's record
        if canonical(without_judgement(table, held.content)) != canonical(without_judgement(
                table, chained_content(outgoing(store, table, row)))):
            problems.append(translate("Exchange", "the record was changed after it was chained"))
    else:
        problems.append(translate("Exchange", "the record's current revision was never chained"))
    return RecordEvidence(True, int(last["seq"]), not problems, tuple(problems), received_at,
                          fingerprint)
