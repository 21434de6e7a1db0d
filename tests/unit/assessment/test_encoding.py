"""The text of scorecards written piece by piece is what :mod:`json` makes of them: the
results digest of runs frozen before stays valid, and stored cards read back the same."""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from riverchief.assessment.encoding import CardWriter, card_key, compact, results_digest
from riverchief.assessment.facts import ChiefRef, RecordRef
from riverchief.assessment.runs import unpack
from riverchief.assessment.score import Deduction, IndicatorResult, Scorecard
from riverchief.assessment.scorecards import compute

from .district import District


def by_json(card: Scorecard) -> tuple[str, bytes]:
    return (json.dumps(card_key(card), sort_keys=True, separators=(",", ":")),
            json.dumps(compact(card), ensure_ascii=False, separators=(",", ":")).encode())


def digest_by_json(cards: list[Scorecard]) -> str:
    data = [card_key(c) for c in sorted(cards, key=lambda c: c.chief.id)]
    return hashlib.sha256(json.dumps(data, sort_keys=True, separators=(",", ":")).encode()
                          ).hexdigest()


def test_every_card_of_the_district_as_json_writes_it(district: District) -> None:
    writer = CardWriter()  # one writer for all: what it remembers must not leak
    kinds: set[str] = set()
    for period in ("2026Q1", "2026-02", "2026Q2"):
        a = compute(district.store, period)
        kinds |= {d.kind for c in a.cards for i in (*c.indicators, c.bonus)
                  for d in i.deductions}
        for card in a.cards:
            assert writer.write(card) == by_json(card)
            assert by_json(unpack(writer.write(card)[1])) == by_json(card)
        assert results_digest(a.cards) == digest_by_json(a.cards)
    assert len(kinds) >= 5, kinds


text = st.text(max_size=12)  # any character: quotes, backslashes, controls, 河长, emoji
points = st.decimals(min_value=-200, max_value=200, places=3, allow_nan=False)
refs = st.lists(st.builds(RecordRef, st.sampled_from(["patrol", "week", "xun", "section"]),
                          text, text), max_size=4)
deductions = st.lists(st.builds(
    Deduction, st.sampled_from(["missed_patrol", "bonus", "complaint"]), points,
    st.dictionaries(st.sampled_from(["n", "each", "label", "text"]),
                    st.one_of(text, st.integers(), st.booleans())), refs), max_size=3)
indicators = st.builds(
    IndicatorResult, st.sampled_from(["patrol", "water_quality", "bonus"]), points,
    st.one_of(st.none(), points), deductions,
    st.lists(st.tuples(st.sampled_from(["floor", "no_sections"]),
                       st.dictionaries(st.just("lost"), text)), max_size=2))
cards = st.builds(
    Scorecard, st.builds(ChiefRef, text, text, text, text, text, text, text),
    st.lists(indicators, min_size=1, max_size=4), indicators,
    st.one_of(st.none(), points), st.one_of(st.none(), points),
    st.one_of(st.none(), st.sampled_from(["excellent", "fail"])),
    st.one_of(st.none(), st.integers(1, 60000)), st.one_of(st.none(), st.integers(1, 60000)))


@settings(max_examples=300, deadline=None)
@given(st.lists(cards, max_size=5))
def test_any_card_as_json_writes_it(made: list[Scorecard]) -> None:
    writer = CardWriter()
    for card in made:
        assert writer.write(card) == by_json(card)
    assert results_digest(made) == digest_by_json(made)


def test_same_units_twice_and_a_plain_indicator_reused() -> None:
    weeks = [RecordRef("week", "2026-W01", "2026-W01"), RecordRef("week", "2026-W03", "2026-W03")]

    def card(cid: str, missed: list[RecordRef]) -> Scorecard:
        patrol = IndicatorResult("patrol", Decimal(35), Decimal(31),
                                 [Deduction("missed_patrol", Decimal(4), {"missed": 2}, missed)])
        plain = IndicatorResult("outfalls", Decimal(5), Decimal(5))
        return Scorecard(ChiefRef(cid, "C", "张三", "village", "a"), [patrol, plain],
                         IndicatorResult("bonus", Decimal(3), Decimal(0)), Decimal("91.2"),
                         Decimal("91.20"), "excellent", 1, 1)

    writer = CardWriter()
    first, second = card("c1", weeks), card("c2", list(weeks))
    assert writer.write(first) == by_json(first)
    assert writer.write(second) == by_json(second)
    other = card("c3", weeks[:1])
    assert writer.write(other) == by_json(other)
