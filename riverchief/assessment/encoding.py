"""Scorecards as text: the results digest and the compact form a frozen run stores.

Both are JSON, written here piece by piece rather than built as nested lists and dicts
for :mod:`json` to walk: a province run has 60,000 cards, most of whose indicators have
nothing to say, and each piece is made once. The text is exactly what :mod:`json` makes
of :func:`card_key` (sorted keys, ASCII, no spaces) and of :func:`compact` (insertion
order, UTF-8): the digests of runs frozen before stay valid, and a test compares both
with :mod:`json` on every kind of card.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from decimal import Decimal
from json.encoder import encode_basestring, encode_basestring_ascii
from typing import Any

from riverchief.assessment.facts import RecordRef
from riverchief.assessment.score import IndicatorResult, Scorecard, round_total
from riverchief.rules.patrol import PERIODS

# one encoder for every piece: json.dumps with options makes a new one each call, and
# JSONEncoder.encode a new C encoder (the C one, made once, is what it calls)
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _make_encoder() -> Any:
    try:
        from json.encoder import c_make_encoder  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - CPython has it
        c_make_encoder = None
    if c_make_encoder is None:  # pragma: no cover
        return _ENCODER.encode
    one_shot = c_make_encoder(None, _ENCODER.default, encode_basestring, None, ":", ",",
                              False, False, True)

    def encode(value: Any) -> str:
        return "".join(one_shot(value, 0))

    return encode


_encode = _make_encoder()


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def card_key(card: Scorecard) -> dict[str, Any]:
    """What a result is, without the words: for comparing runs in any language."""
    return {
        "chief": card.chief.id,
        "total": None if card.total is None else str(card.total),
        "grade": card.grade, "rank": card.rank, "rank_overall": card.rank_overall,
        "indicators": [
            [i.key, None if i.points is None else str(round_total(i.points)),
             str(i.max_points),
             [[d.kind, str(round_total(d.points)), [r.id for r in d.records]]
              for d in i.deductions]]
            for i in (*card.indicators, card.bonus)],
    }


def compact(card: Scorecard) -> list[Any]:
    """A scorecard as stored: figures, reason kinds and their figures, record refs (no
    words, so a run reads in the reader's language)."""
    c = card.chief
    return [
        [c.id, c.code, c.name, c.level, c.area_id, c.area_name, c.area_code],
        _dec(card.scaled), _dec(card.total), card.grade, card.rank, card.rank_overall,
        [[i.key, str(i.max_points), _dec(i.points), i.notes,
          [[d.kind, str(d.points), d.params, d.records]  # refs are (table, id, label)
           for d in i.deductions]] for i in (*card.indicators, card.bonus)],
    ]


def _text(value: str | None, quote: Any) -> str:
    return "null" if value is None else quote(value)


def _number(value: int | None) -> str:
    return "null" if value is None else str(int(value))


class CardWriter:
    """Writes cards as :func:`card_key` text (for the digest) and :func:`compact` text
    (to store), remembering the pieces that repeat from card to card: indicators with
    nothing to say, and the lists of missed weeks (or other units of the calendar)."""

    def __init__(self) -> None:
        self._plain: dict[tuple[str, str, str | None], tuple[str, str]] = {}
        self._units: dict[tuple[RecordRef, ...], tuple[str, str]] = {}
        self._same: dict[int, tuple[IndicatorResult, tuple[str, str]]] = {}

    def _indicator(self, i: IndicatorResult) -> tuple[str, str]:
        """(key text, compact text) of one indicator."""
        same = self._same.get(id(i))
        if same is not None:  # a result shared by many cards (score.Context.clean, the
            return same[1]    # water indicator of chiefs without a section...)
        mx = str(i.max_points)
        pts = None if i.points is None else str(i.points)
        if not i.deductions and not i.notes:
            memo = (i.key, mx, pts)
            done = self._plain.get(memo)
            if done is None:
                done = self._plain[memo] = self._write(i, mx, pts)
        else:
            done = self._write(i, mx, pts)
        self._same[id(i)] = (i, done)  # holding ``i``: its id is not taken again
        return done

    def _records(self, refs: list[RecordRef]) -> tuple[str, str]:
        """(the ids as key text, the refs as compact text)."""
        if refs and refs[0].table in PERIODS:  # units of the calendar: a few patterns
            memo = tuple(refs)
            done = self._units.get(memo)
            if done is None:
                done = self._units[memo] = (
                    ",".join([encode_basestring_ascii(r.id) for r in refs]), _encode(refs))
            return done
        return ",".join([encode_basestring_ascii(r.id) for r in refs]), _encode(refs)

    def _write(self, i: IndicatorResult, mx: str, pts: str | None) -> tuple[str, str]:
        keyed: list[str] = []
        stored: list[str] = []
        for d in i.deductions:
            ids, refs = self._records(d.records)
            keyed.append(f"[{encode_basestring_ascii(d.kind)},\"{round_total(d.points)}\","
                         f"[{ids}]]")
            stored.append(f"[{encode_basestring(d.kind)},\"{d.points}\",{_encode(d.params)},"
                          f"{refs}]")
        rounded = "null" if i.points is None else f"\"{round_total(i.points)}\""
        notes = _encode(i.notes) if i.notes else "[]"
        return (f"[{encode_basestring_ascii(i.key)},{rounded},\"{mx}\",[{','.join(keyed)}]]",
                f"[{encode_basestring(i.key)},\"{mx}\",{_text(pts, encode_basestring)},"
                f"{notes},[{','.join(stored)}]]")

    def write(self, card: Scorecard) -> tuple[str, bytes]:
        """(:func:`card_key` as ``json.dumps(..., sort_keys=True)`` writes it,
        :func:`compact` as the stored UTF-8 bytes)."""
        pieces = [self._indicator(i) for i in card.indicators]
        pieces.append(self._indicator(card.bonus))
        total = None if card.total is None else str(card.total)
        grade_ascii = _text(card.grade, encode_basestring_ascii)
        rank, overall = _number(card.rank), _number(card.rank_overall)
        key_text = (f"{{\"chief\":{encode_basestring_ascii(card.chief.id)},"
                    f"\"grade\":{grade_ascii},"
                    f"\"indicators\":[{','.join(k for k, _ in pieces)}],"
                    f"\"rank\":{rank},\"rank_overall\":{overall},"
                    f"\"total\":{_text(total, encode_basestring_ascii)}}}")
        stored = (f"[{_encode(card.chief)},{_text(_dec(card.scaled), encode_basestring)},"
                  f"{_text(total, encode_basestring)},{_text(card.grade, encode_basestring)},"
                  f"{rank},{overall},[{','.join(s for _, s in pieces)}]]")
        return key_text, stored.encode()


def by_chief(cards: Iterable[Scorecard]) -> list[Scorecard]:
    return sorted(cards, key=lambda c: c.chief.id)


class ResultsDigest:
    """SHA-256 of ``json.dumps([card_key(c) ...], sort_keys=True, separators=(",", ":"))``
    over the cards in chief-id order, fed one card at a time."""

    def __init__(self) -> None:
        self._h = hashlib.sha256(b"[")
        self._first = True

    def add(self, key_text: str) -> None:
        if not self._first:
            self._h.update(b",")
        self._first = False
        self._h.update(key_text.encode())

    def hexdigest(self) -> str:
        h = self._h.copy()
        h.update(b"]")
        return h.hexdigest()


def results_digest(cards: Sequence[Scorecard]) -> str:
    writer = CardWriter()
    digest = ResultsDigest()
    for c in by_chief(cards):
        digest.add(writer.write(c)[0])
    return digest.hexdigest()


def pack(card: Scorecard) -> bytes:
    """One card as a frozen run stores it."""
    return CardWriter().write(card)[1]
