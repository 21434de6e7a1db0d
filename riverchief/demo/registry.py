"""Demo step: waters, segments with meandering lines, sections, chiefs, assignments, signs,
responsible units and one user per role (password :data:`DEMO_PASSWORD`).

Each district is a box about 0.3° × 0.24° on a grid around lon 113.6, lat 34.7 (Henan);
its twelve townships are a 4 × 3 grid of cells inside it. Three main rivers (河/江) cross
the district from west to east, one per row of townships; tributaries and canals
(溪/渠/沟) flow into them inside one township; a lake and a reservoir lie in two
townships. Every township and village chief has segments; a few chiefs are replaced in
mid-2026, and some of their signs were not updated.

Leaves in ``ctx.made``: ``waters``, ``segments``, ``sections``, ``chiefs``, ``units``
(lists of :mod:`riverchief.registry.model` values, units as dicts), ``assignments``
(:class:`~riverchief.registry.model.Assignment`), ``chief_segments`` (chief id → segment
ids), ``users`` (role → sign-in name) and ``demo_password``.
"""

from __future__ import annotations

import json
import math
import random
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from riverchief.db import records
from riverchief.demo.names import PLACE_FIRST, PLACE_SECOND, person
from riverchief.i18n import translate
from riverchief.ids import uuid7
from riverchief.registry import geometry
from riverchief.registry.model import Assignment, Chief, Section, Segment, Water
from riverchief.security.audit import table_name
from riverchief.security.users import hash_password

if TYPE_CHECKING:
    from riverchief.demo import DemoContext

DEMO_PASSWORD = "demo1234"
CENTRE = (113.62, 34.72)
DISTRICT_W, DISTRICT_H = 0.30, 0.24
COLS, ROWS = 4, 3
YEAR = 2026
ACTOR = "demo"

Point = tuple[float, float]


def _meander(rng: random.Random, start: Point, end: Point, n: int, wiggle: float) -> list[Point]:
    """A river-like line from start to end: sideways sine waves of random phase, plus jitter."""
    (x0, y0), (x1, y1) = start, end
    dx, dy = x1 - x0, y1 - y0
    length = math.hypot(dx, dy) or 1e-9
    nx, ny = -dy / length, dx / length
    waves = [(rng.uniform(1.0, 3.5), rng.uniform(0, math.tau), rng.uniform(0.3, 1.0))
             for _ in range(3)]
    pts = []
    for i in range(n):
        t = i / (n - 1)
        side = sum(a * math.sin(math.pi * f * t + ph) for f, ph, a in waves) / 3
        side *= wiggle * length * math.sin(math.pi * t) ** 0.5  # pinned at both ends
        side += rng.gauss(0, length * 0.004) if 0 < i < n - 1 else 0
        pts.append((round(x0 + dx * t + nx * side, 6), round(y0 + dy * t + ny * side, 6)))
    return pts


def _ring(rng: random.Random, centre: Point, rx: float, ry: float, n: int) -> list[Point]:
    pts = []
    phase = rng.uniform(0, math.tau)
    for i in range(n):
        a = math.tau * i / n
        r = 1 + 0.15 * math.sin(3 * a + phase) + rng.uniform(-0.04, 0.04)
        pts.append((round(centre[0] + rx * r * math.cos(a), 6),
                    round(centre[1] + ry * r * math.sin(a), 6)))
    pts.append(pts[0])
    return pts


def _water_name(rng: random.Random, used: set[str], suffix: str) -> str:
    for _ in range(200):
        name = rng.choice(PLACE_FIRST) + rng.choice(PLACE_SECOND)
        if name[-1] in "河水湖溪渠沟江":
            continue
        full = name + suffix
        if full not in used:
            used.add(full)
            return full
    full = f"{rng.choice(PLACE_FIRST)}{len(used)}{suffix}"
    used.add(full)
    return full


def _phone(rng: random.Random) -> str:
    return "1" + rng.choice("3589") + "".join(rng.choice("0123456789") for _ in range(9))


def _split(line: list[Point], parts: int) -> list[list[Point]]:
    n = len(line) - 1
    cuts = [round(n * k / parts) for k in range(parts + 1)]
    return [line[cuts[k]:cuts[k + 1] + 1] for k in range(parts)]


class _Builder:
    def __init__(self, ctx: DemoContext) -> None:
        self.ctx = ctx
        self.rng = ctx.rng
        self.waters: list[dict[str, Any]] = []
        self.segments: list[dict[str, Any]] = []
        self.sections: list[dict[str, Any]] = []
        self.chiefs: list[dict[str, Any]] = []
        self.assignments: list[dict[str, Any]] = []
        self.signs: list[dict[str, Any]] = []
        self.units: list[dict[str, Any]] = []
        self.users: list[dict[str, Any]] = []
        self.seg_meta: dict[str, dict[str, Any]] = {}

    # --- waters and segments ----------------------------------------------------------
    def add_water(self, code: str, name: str, kind: str, area_id: str,
                  parent_id: str | None = None) -> str:
        wid = uuid7()
        self.waters.append({"id": wid, "code": code, "name": name, "kind": kind,
                            "parent_id": parent_id, "area_id": area_id, "description": ""})
        return wid

    def add_segment(self, code: str, name: str, water_id: str, area_id: str, line: list[Point],
                    from_desc: str, to_desc: str, kind: str, main: bool) -> str:
        sid = uuid7()
        lo_lon, lo_lat, hi_lon, hi_lat = geometry.bbox(line)
        self.segments.append({
            "id": sid, "code": code, "name": name, "water_id": water_id, "area_id": area_id,
            "from_desc": from_desc, "to_desc": to_desc, "geometry": geometry.to_json(line),
            "length_m": round(geometry.length_m(line), 1), "min_lon": lo_lon, "min_lat": lo_lat,
            "max_lon": hi_lon, "max_lat": hi_lat})
        self.seg_meta[sid] = {"kind": kind, "main": main, "area": area_id, "line": line}
        return sid

    def district(self, d_id: str, d_code: str, origin: Point,
                 townships: list[dict[str, Any]], seg_quota: int, section_quota: int) -> None:
        rng = self.rng
        used: set[str] = set()
        cw, ch = DISTRICT_W / COLS, DISTRICT_H / ROWS
        cell = {}
        for k, t in enumerate(townships[: COLS * ROWS]):
            cell[t["id"]] = (origin[0] + (k % COLS) * cw, origin[1] + (k // COLS) * ch)
        rows_of = [[t for k, t in enumerate(townships[: COLS * ROWS]) if k // COLS == r]
                   for r in range(ROWS)]
        per_town = 2 if seg_quota < 200 else 4
        n_main_segments = sum(len(r) for r in rows_of) * per_town
        lakes = 2
        tributary_segments = max(0, seg_quota - n_main_segments - lakes)
        seg_no = 0

        def seg_code() -> str:
            nonlocal seg_no
            seg_no += 1
            return f"{d_code}-{seg_no:04d}"

        main_lines: dict[str, list[Point]] = {}
        main_water: dict[str, dict[str, Any]] = {}
        for r, row in enumerate(rows_of):
            if not row:
                continue
            suffix = "江" if r == 1 and rng.random() < 0.5 else "河"
            name = _water_name(rng, used, suffix)
            wid = self.add_water(f"{d_code}-W{r + 1:02d}", name, "river", d_id)
            y = origin[1] + (r + 0.5) * ch + rng.uniform(-0.2, 0.2) * ch
            x = origin[0]
            for t in row:
                x_end = cell[t["id"]][0] + cw
                y_end = origin[1] + (r + 0.5) * ch + rng.uniform(-0.25, 0.25) * ch
                line = _meander(rng, (x, y), (x_end, y_end), 12 * per_town * 2 + 1, 0.18)
                main_lines[t["id"]] = line
                main_water[t["id"]] = self.waters[-1]
                for p, part in enumerate(_split(line, per_town)):
                    town = t["name"]
                    self.add_segment(seg_code(), f"{name}{town}段" + (f"{p + 1}" if per_town > 1
                                                                      else ""),
                                     wid, t["id"], part,
                                     f"{town}{'西' if p == 0 else '中'}界",
                                     f"{town}{'东' if p == per_town - 1 else '中'}界",
                                     "river", True)
                x, y = x_end, y_end
        # tributaries and canals: two segments each, inside one township
        towns = [t for t in townships[: COLS * ROWS] if t["id"] in main_lines]
        k = 0
        while tributary_segments > 0:
            t = towns[k % len(towns)]
            k += 1
            kind, suffix = rng.choice([("river", "溪"), ("river", "河"), ("canal", "渠"),
                                       ("canal", "沟"), ("river", "溪")])
            name = _water_name(rng, used, suffix)
            parent = main_water[t["id"]]
            wid = self.add_water(f"{d_code}-T{k:03d}", name, kind, d_id, parent["id"])
            cx, cy = cell[t["id"]]
            main = main_lines[t["id"]]
            mouth = main[rng.randrange(2, len(main) - 2)]
            north = mouth[1] < cy + ch / 2
            src = (cx + rng.uniform(0.1, 0.9) * cw,
                   cy + (rng.uniform(0.8, 0.97) if north else rng.uniform(0.03, 0.2)) * ch)
            parts = min(2, tributary_segments)
            line = _meander(rng, src, mouth, 14 * parts + 1, 0.12)
            for p, part in enumerate(_split(line, parts)):
                self.add_segment(seg_code(), f"{name}{['上', '下'][p] if parts > 1 else ''}段",
                                 wid, t["id"], part,
                                 "源头" if p == 0 else f"{name}中段",
                                 f"入{parent['name']}口" if p == parts - 1 else f"{name}中段",
                                 kind, False)
            tributary_segments -= parts
        # a lake and a reservoir
        for j, (kind, suffix) in enumerate([("lake", "湖"), ("reservoir", "水库")]):
            t = towns[(3 + 5 * j) % len(towns)]
            name = _water_name(rng, used, suffix)
            wid = self.add_water(f"{d_code}-L{j + 1}", name, kind, d_id)
            cx, cy = cell[t["id"]]
            centre = (cx + cw * rng.uniform(0.3, 0.7), cy + ch * rng.uniform(0.25, 0.4))
            line = _ring(rng, centre, cw * 0.12, ch * 0.1, 32)
            self.add_segment(seg_code(), f"{name}", wid, t["id"], line, f"{name}沿岸",
                             f"{name}沿岸", "lake", False)
        self.district_sections(d_code, section_quota, first_segment=len(self.segments) - seg_no)

    def district_sections(self, d_code: str, quota: int, first_segment: int) -> None:
        rng = self.rng
        segs = self.segments[first_segment:]
        lakes = [s for s in segs if self.seg_meta[s["id"]]["kind"] == "lake"]
        mains = [s for s in segs if self.seg_meta[s["id"]]["main"]]
        others = [s for s in segs if s not in lakes and s not in mains]
        chosen = lakes[: min(len(lakes), max(1, quota // 6))]
        pool = mains[::2] + others
        rng.shuffle(pool)
        chosen += pool[: max(0, quota - len(chosen))]
        for i, s in enumerate(chosen):
            meta = self.seg_meta[s["id"]]
            line = meta["line"]
            lon, lat = line[len(line) // 2] if meta["kind"] != "lake" else line[0]
            water_type = "lake" if meta["kind"] == "lake" else "river"
            if meta["kind"] == "lake":
                target, level = rng.choice(["II", "III", "III"]), rng.choice(
                    ["provincial", "city"])
            elif meta["main"]:
                target = rng.choice(["III", "III", "IV"])
                level = "national" if i % 10 == 0 else rng.choice(["provincial", "city"])
            else:
                target, level = rng.choice(["IV", "IV", "V", "III"]), "district"
            name = s["name"].removesuffix("段") + ("断面" if water_type == "river" else "湖心")
            self.sections.append({
                "id": uuid7(), "code": f"{d_code}-S{i + 1:03d}", "name": name,
                "segment_id": s["id"], "level": level, "water_type": water_type,
                "target_class": target, "lon": round(lon, 6), "lat": round(lat, 6)})

    # --- chiefs, assignments, signs -------------------------------------------------------
    def add_chief(self, code: str, level: str, title: str, area: dict[str, Any], org: str,
                  post: str) -> dict[str, Any]:
        c = {"id": uuid7(), "code": code, "name": person(self.rng), "level": level,
             "title": title, "area_id": area["id"], "organisation": org, "post": post,
             "phone": _phone(self.rng)}
        self.chiefs.append(c)
        return c

    def assign(self, chief: dict[str, Any], seg_id: str, start: date,
               end: date | None = None) -> None:
        self.assignments.append({"id": uuid7(), "chief_id": chief["id"], "segment_id": seg_id,
                                 "start_date": start.isoformat(),
                                 "end_date": end.isoformat() if end else None, "note": ""})

    def start_date(self) -> date:
        return date(self.rng.randint(2022, 2025), self.rng.randint(1, 12), 1)

    def district_chiefs(self, d_code: str, district: dict[str, Any],
                        townships: list[dict[str, Any]], villages: dict[str, list[dict[str, Any]]],
                        quota: int, seg_range: tuple[int, int]) -> None:
        rng = self.rng
        segs = self.segments[seg_range[0]:seg_range[1]]
        waters: dict[str, list[dict[str, Any]]] = {}
        for s in segs:
            waters.setdefault(s["water_id"], []).append(s)
        n = 0

        def code() -> str:
            nonlocal n
            n += 1
            return f"{d_code}-C{n:04d}"

        gov = f"{district['name']}人民政府"
        posts = ["区长", "常务副区长", "副区长", "副区长", "副区长", "区委副书记"]
        # district chiefs: one per main river, lake and reservoir
        big = [wid for wid, ss in waters.items()
               if self.seg_meta[ss[0]["id"]]["main"] or self.seg_meta[ss[0]["id"]]["kind"]
               == "lake"]
        for k, wid in enumerate(big):
            lake = self.seg_meta[waters[wid][0]["id"]]["kind"] == "lake"
            c = self.add_chief(code(), "district", "lake_chief" if lake else "river_chief",
                               district, gov, posts[k % len(posts)])
            start = self.start_date()
            for s in waters[wid]:
                self.assign(c, s["id"], start)
        # township chiefs: each township's head is chief of every segment in it
        by_town: dict[str, list[dict[str, Any]]] = {}
        for s in segs:
            by_town.setdefault(s["area_id"], []).append(s)
        town_chiefs = []
        for t in townships:
            org = f"{t['name']}{'办事处' if t['name'].endswith('街道') else '人民政府'}"
            post = "主任" if t["name"].endswith("街道") else "镇长"
            c = self.add_chief(code(), "township", "river_chief", t, org, post)
            d = self.add_chief(code(), "township", "deputy_chief", t, org,
                               rng.choice(["副镇长", "党委副书记", "人大主席"]))
            town_chiefs.append((t, c, d))
            start = self.start_date()
            for s in by_town.get(t["id"], []):
                self.assign(c, s["id"], start)
                self.assign(d, s["id"], start)
        # village chiefs share the rest of the quota; each gets one or two segments
        remaining = max(0, quota - n)
        all_villages = [v for t in townships for v in villages.get(t["id"], [])]
        used_in_town: dict[str, int] = {}
        for k in range(remaining):
            if not all_villages:
                break
            v = all_villages[k % len(all_villages)]
            t = next(t for t in townships if t["id"] == v["parent_id"])
            lake = False
            town_segs = by_town.get(t["id"], [])
            if not town_segs:
                continue
            seg = town_segs[used_in_town.get(t["id"], 0) % len(town_segs)]
            used_in_town[t["id"]] = used_in_town.get(t["id"], 0) + 1
            lake = self.seg_meta[seg["id"]]["kind"] == "lake"
            org = f"{v['name']}{'居委会' if v['name'].endswith('社区') else '村委会'}"
            c = self.add_chief(code(), "village", "lake_chief" if lake else "river_chief", v,
                               org, rng.choice(["党支部书记", "主任", "党支部书记兼主任"]))
            start = self.start_date()
            self.assign(c, seg["id"], start)
            if rng.random() < 0.3 and len(town_segs) > 1:
                other = rng.choice([s for s in town_segs if s["id"] != seg["id"]])
                self.assign(c, other["id"], start)

    def replacements(self, count: int) -> None:
        """A few chiefs leave in mid-2026; a new chief takes their segments the next day."""
        rng = self.rng
        candidates = [c for c in self.chiefs if c["level"] in ("village", "township")]
        by_chief: dict[str, list[dict[str, Any]]] = {}
        for a in self.assignments:
            by_chief.setdefault(a["chief_id"], []).append(a)
        for old in rng.sample(candidates, min(count, len(candidates))):
            mine = by_chief.get(old["id"], [])
            if not mine:
                continue
            day = date(YEAR, rng.randint(3, 9), rng.choice([1, 11, 21]))
            new = dict(old, id=uuid7(), code=old["code"] + "N", name=person(rng),
                       phone=_phone(rng))
            self.chiefs.append(new)
            for a in mine:
                if date.fromisoformat(a["start_date"]) < day:
                    a["end_date"] = (day - timedelta(days=1)).isoformat()
                    self.assign(new, a["segment_id"], day)

    def make_signs(self) -> None:
        rng = self.rng
        by_seg: dict[str, list[dict[str, Any]]] = {}
        for a in self.assignments:
            by_seg.setdefault(a["segment_id"], []).append(a)
        for s in self.segments:
            mine = by_seg.get(s["id"], [])
            changes = sorted({a["start_date"] for a in mine if a["start_date"] >= f"{YEAR}-01-01"})
            updated = date(YEAR, 1, 1) + timedelta(days=rng.randint(0, 40))
            if changes:
                change = date.fromisoformat(changes[-1])
                if rng.random() < 0.7:  # most offices update the sign within two weeks
                    updated = change + timedelta(days=rng.randint(3, 14))
            named = [a["chief_id"] for a in mine
                     if a["start_date"] <= updated.isoformat()
                     and (a["end_date"] is None or a["end_date"] >= updated.isoformat())]
            line = self.seg_meta[s["id"]]["line"]
            lon, lat = line[0]
            self.signs.append({
                "id": uuid7(), "code": f"{s['code']}-P1", "segment_id": s["id"],
                "location": f"{s['from_desc']}", "lon": lon, "lat": lat,
                "named_chief_ids": json.dumps(named), "last_updated": updated.isoformat()})

    def make_units(self, d_code: str, district: dict[str, Any],
                   townships: list[dict[str, Any]]) -> None:
        short = district["name"]
        for k, name in enumerate(["水利局", "生态环境分局", "住房和城乡建设局", "农业农村局",
                                  "城市管理局", "自然资源局"]):
            self.units.append({"id": uuid7(), "code": f"{d_code}-U{k + 1:02d}",
                               "name": short + name, "area_id": district["id"],
                               "phone": _phone(self.rng)})
        for k, t in enumerate(townships):
            self.units.append({"id": uuid7(), "code": f"{d_code}-U{k + 11:02d}",
                               "name": t["name"] + ("办事处" if t["name"].endswith("街道")
                                                    else "人民政府"),
                               "area_id": t["id"], "phone": _phone(self.rng)})

    def make_users(self, district: dict[str, Any], township: dict[str, Any]) -> dict[str, str]:
        pw = hash_password(DEMO_PASSWORD, salt=self.rng.randbytes(16))
        first = {c["level"]: c for c in reversed(self.chiefs) if c["area_id"] in
                 {district["id"], township["id"]} or c["level"] == "village"}
        plan = [("admin", "系统管理员", "admin", {}),
                ("hzb", "区河长办", "evaluator", {"scope_area_id": district["id"]}),
                ("hzb-town", f"{township['name']}河长办", "evaluator",
                 {"scope_area_id": township["id"]}),
                ("unit", self.units[0]["name"], "unit", {"unit_id": self.units[0]["id"]})]
        for level in ("district", "township", "village"):
            if level in first:
                c = first[level]
                plan.append((f"chief-{level}", c["name"], "chief", {"chief_id": c["id"]}))
        out = {}
        for code, name, role, links in plan:
            self.users.append({"id": uuid7(), "code": code, "name": name, "role": role,
                               "chief_id": None, "unit_id": None, "scope_area_id": None,
                               **links, "password_hash": pw, "failed_attempts": 0,
                               "locked_at": None, "must_change_password": 0, "active": 1})
            out[code] = role
        return out


def generate(ctx: DemoContext) -> None:
    store, tier = ctx.store, ctx.tier
    areas = list(store.db.query(
        "SELECT id, code, name, level, parent_id FROM area WHERE deleted_at IS NULL ORDER BY code"))
    districts = [a for a in areas if a["level"] == "district"]
    townships: dict[str, list[dict[str, Any]]] = {}
    villages: dict[str, list[dict[str, Any]]] = {}
    for a in areas:
        if a["level"] == "township":
            townships.setdefault(a["parent_id"], []).append(a)
        elif a["level"] == "village":
            villages.setdefault(a["parent_id"], []).append(a)
    b = _Builder(ctx)
    nd = len(districts)
    grid_cols = max(1, math.ceil(math.sqrt(nd * 1.2)))
    grid_rows = math.ceil(nd / grid_cols)
    west = CENTRE[0] - grid_cols * DISTRICT_W / 2
    south = CENTRE[1] - grid_rows * DISTRICT_H / 2
    seg_quota = max(30, round(tier.segments / nd))
    section_quota = max(4, round(tier.sections / nd))
    chief_quota = round(tier.chiefs / nd * 0.97)  # the rest come as mid-year replacements
    for n, d in enumerate(districts):
        origin = (west + (n % grid_cols) * DISTRICT_W, south + (n // grid_cols) * DISTRICT_H)
        towns = townships.get(d["id"], [])
        before = len(b.segments)
        b.district(d["id"], d["code"], origin, towns, seg_quota, section_quota)
        b.district_chiefs(d["code"], d, towns, villages, chief_quota, (before, len(b.segments)))
        b.make_units(d["code"], d, towns)
        ctx.progress.report(n + 1, nd, "registry")
    b.replacements(max(3, round(tier.chiefs * 0.03)))
    b.make_signs()
    first_district = districts[0]
    users = b.make_users(first_district, townships[first_district["id"]][2])
    margin = 0.05
    store.set_setting("registry.bounds", [round(west - margin, 3), round(south - margin, 3),
                                          round(west + grid_cols * DISTRICT_W + margin, 3),
                                          round(south + grid_rows * DISTRICT_H + margin, 3)])
    for table, rows in [("water", b.waters), ("segment", b.segments), ("section", b.sections),
                        ("chief", b.chiefs), ("unit", b.units), ("assignment", b.assignments),
                        ("sign", b.signs), ("app_user", b.users)]:
        records.insert_many(store, table, rows, actor=ACTOR,
                            summary=translate("Demo", "demo {records}").format(
                                records=table_name(table)))
    ctx.made["waters"] = [Water.from_row(w) for w in b.waters]
    ctx.made["segments"] = [Segment.from_row(s) for s in b.segments]
    ctx.made["sections"] = [Section.from_row(s) for s in b.sections]
    ctx.made["chiefs"] = [Chief.from_row(c) for c in b.chiefs]
    ctx.made["units"] = b.units
    ctx.made["assignments"] = [Assignment.from_row(a) for a in b.assignments]
    chief_segments: dict[str, list[str]] = {}
    for a in b.assignments:
        chief_segments.setdefault(a["chief_id"], []).append(a["segment_id"])
    ctx.made["chief_segments"] = chief_segments
    ctx.made["users"] = users
    ctx.made["demo_password"] = DEMO_PASSWORD
