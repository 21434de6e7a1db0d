"""Demo step: the problem ledger and the outfall ledger, as of the demo's today (``as_of``).

Problems are walked through the real state machine (:func:`riverchief.problems.workflow.
apply`) in memory — registered, assigned, accepted or returned, reminded, extended,
fixed with an after-photo, rejected and redone, verified, re-inspected (confirmed or
reopened as recurring) — and written in bulk with their timelines. Some are overdue, some
come from public complaints and supervision batches, some are linked as the same kind
(举一反三). Outfalls of every type and remediation category stand at every stage of the
campaign with their plans, milestones, monitoring results and evidence.

Photos are small generated pictures (a littered bank before, a clean one after), stored
once in the media folder beside the final database file.

Leaves ``ctx.made["problems"]`` and ``ctx.made["outfalls"]``: counts per state / stage.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from riverchief.db import records
from riverchief.i18n import translate
from riverchief.ids import uuid7
from riverchief.problems import workflow
from riverchief.problems.categories import CATEGORY_CN
from riverchief.security import Actor

if TYPE_CHECKING:
    from riverchief.demo import DemoContext

ACTOR = "demo"
TZ = ZoneInfo("Asia/Shanghai")
YEAR = 2026


def _now(today: date) -> datetime:
    """The moment the demo stands at: the morning of its today."""
    return datetime.combine(today, time(8, 30), TZ)

DESCRIPTIONS = {
    "water.odour": "水体发黑发臭，约{n}0米河段有明显异味",
    "water.colour": "河水呈异常{c}色，疑似上游排放",
    "surface.floating": "河面漂浮生活垃圾和水草约{n}0平方米",
    "surface.oil": "河面有油污带，长约{n}0米",
    "surface.dead_animals": "岸边发现死鱼{n}0余条",
    "channel.net_farming": "河道内设置围网养殖{n}处",
    "channel.silt": "河道淤积严重，影响行洪",
    "channel.wreck": "河道内有废弃沉船{n}艘",
    "channel.dumping": "河道内倾倒建筑弃渣约{n}0立方米",
    "channel.hazardous": "河滩堆放疑似危险废物{n}袋",
    "bank.household": "河岸堆放生活垃圾约{n}立方米",
    "bank.industrial": "河岸堆放工业固废约{n}吨",
    "bank.construction": "河岸倾倒建筑垃圾约{n}0立方米",
    "activity.fishing": "有人在河段电鱼，现场已劝离",
    "activity.sand": "发现夜间非法采砂痕迹",
    "activity.encroach": "沿岸私搭菜园侵占水域约{n}00平方米",
    "outfall.direct": "发现生活污水直排口{n}处",
    "outfall.dry_weather": "晴天雨水口有污水排出",
    "outfall.odd": "排口出水异色异味",
    "outfall.new": "发现未登记的新增排污口",
    "outfall.unmarked": "排污口未设置标识牌",
    "sign.missing": "河长公示牌缺失",
    "sign.outdated": "河长公示牌信息未及时更新",
    "sign.irregular": "河长公示牌内容不规范",
    "sign.damaged": "河长公示牌破损",
    "works.encroach": "河道管理范围内堆放杂物侵占河道",
    "works.illegal": "河道管理范围内新建违章建筑约{n}0平方米",
    "works.fault": "闸门启闭不灵，运行异常",
    "other": "群众反映河段周边环境脏乱",
}
REQUIREMENTS = ["立即组织清理，{d}日内完成并报送整改前后照片",
                "查明原因，{d}日内完成整改并建立长效管护机制",
                "依法查处，{d}日内恢复原状",
                "{d}日内完成整改，举一反三排查同类问题"]
MEASURES = ["已组织人员清理完毕，并安排专人每日巡查", "已拆除并恢复原状，设置警示牌",
            "已封堵排口，污水接入市政管网", "已更换公示牌，信息已更新",
            "已联合执法查处，责令停止违法行为并恢复河岸"]
COMPLAINTS = ["群众来电反映{seg}有人倾倒垃圾", "网民反映{seg}河水发黑发臭",
              "来信反映{seg}岸边违章搭建", "群众反映{seg}夜间有人采砂",
              "热线反映{seg}排口排放污水"]
CHANNELS = ["hotline", "hotline", "online", "letter", "visit", "media"]
PARAMETERS = [("COD", "mg/L", 50.0), ("氨氮", "mg/L", 5.0), ("总磷", "mg/L", 0.5)]


def _picture(rng: random.Random, clean: bool) -> bytes:
    """A small JPEG: a river bank, with litter unless clean."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (320, 240), (120, 170, 210))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 140, 320, 240), fill=(70, 110 + rng.randint(0, 30), 150))  # water
    d.polygon([(0, 90), (320, 110), (320, 150), (0, 140)], fill=(110, 150, 80))  # bank
    for _ in range(6):
        x = rng.randint(0, 300)
        d.ellipse((x, 40 + rng.randint(0, 20), x + 40, 70 + rng.randint(0, 20)),
                  fill=(235, 240, 245))
    if not clean:
        for _ in range(14):
            x, y = rng.randint(10, 300), rng.randint(100, 150)
            colour = rng.choice([(200, 200, 190), (90, 90, 90), (180, 60, 50), (230, 220, 90)])
            d.rectangle((x, y, x + rng.randint(6, 18), y + rng.randint(4, 10)), fill=colour)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=80)
    return buf.getvalue()


def _media(ctx: DemoContext) -> tuple[list[str], list[str]]:
    """Store four before and four after pictures; returns their SHA-256."""
    store = ctx.store
    final = Path(str(store.path).removesuffix(".part"))  # generate() renames the file at the end
    folder = final.with_name(final.name + ".media")
    rows: list[dict[str, Any]] = []
    before: list[str] = []
    after: list[str] = []
    for n in range(8):
        data = _picture(ctx.rng, clean=n >= 4)
        sha = hashlib.sha256(data).hexdigest()
        target = folder / sha[:2] / sha
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        (after if n >= 4 else before).append(sha)
        rows.append({"sha256": sha, "kind": "photo", "mime": "image/jpeg", "size": len(data),
                     "name": f"{'整改后' if n >= 4 else '现场'}{n % 4 + 1}.jpg"})
    records.insert_many(store, "media", rows, actor=ACTOR, summary=translate("Demo", "demo photos"))
    return before, after


@dataclass
class _Walk:
    """One problem taken through the workflow in memory."""

    row: dict[str, Any]
    events: list[dict[str, Any]]
    media: list[dict[str, Any]]
    now: datetime  # nothing happens from the demo's now on

    def act(self, key: str, actor: Actor, at: datetime, rules: workflow.Rules,
            **params: Any) -> bool:
        if at >= self.now:
            return False
        out = workflow.apply(self.row, key, actor, at, params, rules)
        self.row.update(out.changes)
        seq = len(self.events) + 1
        data = dict(out.data)
        if key == "report_fix":
            data["evidence"] = [sha for sha, _ in params["evidence"]]
            for sha, kind in params["evidence"]:
                self.media.append({"problem_id": self.row["id"], "sha256": sha, "kind": kind,
                                   "event_seq": seq})
        self.events.append({"problem_id": self.row["id"], "seq": seq, "kind": key,
                            "at": at.isoformat(timespec="seconds"), "actor": actor.code,
                            "actor_name": actor.name, "from_state": out.from_state,
                            "to_state": out.to_state, "note": out.note,
                            "data": json.dumps(data, ensure_ascii=False)})
        return True


def _hours(rng: random.Random, lo: float, hi: float) -> timedelta:
    return timedelta(hours=rng.uniform(lo, hi))


def _walk(rng: random.Random, walk: _Walk, target: str, evaluator: Actor, unit: Actor,
          unit_row: dict[str, Any], after: list[str], rules: workflow.Rules) -> None:
    """Take the problem towards ``target`` (stopping at the demo's today)."""
    row = walk.row
    t = datetime.fromisoformat(row["found_at"])
    if target == "registered":
        return
    t += _hours(rng, 2, 60)
    urgency = rng.choices(["normal", "urgent", "critical"], [70, 22, 8])[0]
    days = {"normal": 30, "urgent": 15, "critical": 7}[urgency]
    if target == "rectifying_overdue":
        days = rng.randint(5, 20)
    assign = {"unit_id": unit_row["id"], "urgency": urgency,
              "deadline": (t.date() + timedelta(days=days)).isoformat(),
              "requirement": rng.choice(REQUIREMENTS).format(d=days),
              "unit_contact": unit_row["phone"], "public_notice": rng.random() < 0.06}
    if not walk.act("assign", evaluator, t, rules, **assign):
        return
    if rng.random() < 0.06:  # the unit returns it; the office assigns it again
        t += _hours(rng, 1, 20)
        if not walk.act("return", unit, t, rules, note="该问题不属于本单位职责范围，请重新交办"):
            return
        t += _hours(rng, 4, 30)
        assign["deadline"] = (t.date() + timedelta(days=days)).isoformat()
        if not walk.act("assign", evaluator, t, rules, **assign):
            return
    if target == "assigned":
        return
    t += _hours(rng, 1, 22)
    if not walk.act("accept", unit, t, rules):
        return
    deadline = datetime.combine(date.fromisoformat(row["deadline"]), time(17), TZ)
    if rng.random() < 0.3:
        t += _hours(rng, 24, 24 * 6)
        walk.act("feedback", unit, t, rules, note="已安排人员现场处置，正在整改中")
    if target.startswith("rectifying"):
        if target == "rectifying_overdue" and deadline < walk.now:
            walk.act("remind", evaluator, deadline + _hours(rng, 20, 70), rules,
                     note="已超过整改时限，请抓紧整改")
        return
    if rng.random() < 0.08:
        new = date.fromisoformat(row["deadline"]) + timedelta(days=rng.randint(10, 30))
        walk.act("extend", evaluator, t + _hours(rng, 24, 72), rules,
                 deadline=new.isoformat(), note="受汛期影响无法施工，申请延期")
        deadline = datetime.combine(new, time(17), TZ)
    for attempt in range(3):
        span = max(6.0, (deadline - t).total_seconds() / 3600)
        t += _hours(rng, 4, span * (1.4 if rng.random() < 0.2 else 0.9))
        if not walk.act("report_fix", unit, t, rules, measures=rng.choice(MEASURES),
                        evidence=[(rng.choice(after), "after")]):
            return
        if target == "awaiting":
            return
        if row["public_notice"]:
            t += _hours(rng, 2, 30)
            if not walk.act("publish", evaluator, t, rules):
                return
            t += timedelta(days=row["notice_days"], hours=rng.uniform(1, 50))
        else:
            t += _hours(rng, 6, 24 * 5)
        if attempt == 0 and rng.random() < 0.1:
            if not walk.act("reject", evaluator, t, rules,
                            note="整改照片不能反映整改效果，请重新整改"):
                return
            deadline = max(deadline, t + timedelta(days=7))
            continue
        if not walk.act("verify", evaluator, t, rules):
            return
        break
    if row["state"] != "closed":
        return
    recheck = datetime.combine(date.fromisoformat(row["recheck_on"]), time(10), TZ)
    if target == "closed_due":
        return
    when = recheck + _hours(rng, 0, 24 * 6)
    if target == "reopened":
        new_deadline = (when.date() + timedelta(days=15)).isoformat()
        walk.act("recheck_reopen", evaluator, when, rules, deadline=new_deadline,
                 note="回头看发现问题反弹，重新交办整改")
    else:
        walk.act("recheck_confirm", evaluator, when, rules, note="回头看现场核查，未发现反弹")


TARGETS = [("registered", 6), ("assigned", 6), ("rectifying", 14), ("rectifying_overdue", 9),
           ("awaiting", 7), ("closed", 46), ("closed_due", 6), ("reopened", 6)]
# how long ago (days) a problem with this target was found
AGE = {"registered": (0, 12), "assigned": (1, 14), "rectifying": (6, 40),
       "rectifying_overdue": (25, 150), "awaiting": (8, 60), "closed": (70, 320),
       "closed_due": (35, 80), "reopened": (90, 320)}


def _district_of(store: Any) -> dict[str, str]:
    """area id -> the id of its district (or itself above the district level)."""
    rows = list(store.db.query("SELECT id, level, parent_id FROM area WHERE deleted_at IS NULL"))
    by_id = {r["id"]: r for r in rows}
    out = {}
    for r in rows:
        a = r
        while a["level"] in ("township", "village") and a["parent_id"] in by_id:
            a = by_id[a["parent_id"]]
        out[r["id"]] = a["id"]
    return out


def _patrols(store: Any) -> dict[str, list[tuple[str, str]]]:
    """chief id -> their patrols as (start time, id), oldest first, when the patrol log made
    some."""
    if not store.db["patrol"].exists():
        return {}
    out: dict[str, list[tuple[str, str]]] = {}
    try:
        for pid, chief, start in store.conn.execute(
                "SELECT id, chief_id, start_at FROM patrol WHERE deleted_at IS NULL "
                "ORDER BY start_at LIMIT 300000"):
            out.setdefault(chief, []).append((start, pid))
    except Exception:  # noqa: BLE001 - another patrol schema: leave problems unlinked
        return {}
    return out


def _patrol_before(patrols: list[tuple[str, str]], found: datetime) -> tuple[str, str] | None:
    """The chief's last patrol started before ``found``, if within ten days (the one the
    problem was found on)."""
    import bisect

    at = bisect.bisect_right(patrols, (found.isoformat(), "~")) - 1
    if at < 0:
        return None
    start = datetime.fromisoformat(patrols[at][0])
    return patrols[at] if found - start <= timedelta(days=10) else None


def generate(ctx: DemoContext) -> None:
    store, rng, tier = ctx.store, ctx.rng, ctx.tier
    today = ctx.as_of
    now = _now(today)
    rules = workflow.Rules()
    before, after = _media(ctx)
    district_of = _district_of(store)
    segments = ctx.made["segments"]
    units_by_district: dict[str, list[dict[str, Any]]] = {}
    for u in ctx.made["units"]:
        units_by_district.setdefault(district_of.get(u["area_id"], u["area_id"]), []).append(u)
    first_unit = ctx.made["units"][0]
    chiefs_of: dict[str, list[str]] = {}
    for a in ctx.made["assignments"]:
        if a.end is None:
            chiefs_of.setdefault(a.segment_id, []).append(a.chief_id)
    patrols = _patrols(store)
    used = {district_of[s.area_id] for s in segments}
    districts = [r[0] for r in store.conn.execute(
        "SELECT id FROM area WHERE deleted_at IS NULL ORDER BY code") if r[0] in used]
    chief_code = {c.id: c.code for c in ctx.made["chiefs"]}
    chief_name = {c.id: c.name for c in ctx.made["chiefs"]}
    root = next(iter(store.conn.execute(
        "SELECT id FROM area WHERE parent_id IS NULL AND deleted_at IS NULL ORDER BY code")))[0]
    users = ctx.made.get("users", {})

    def evaluator_for(district: str, n: int) -> Actor:
        code = "hzb" if n == 0 and "hzb" in users else f"hzb-{n + 1:03d}"
        return Actor("", code, "区河长办", "admin")

    # complaints and supervision batches
    complaints, batches = [], []
    # about one problem per segment, at most 10,000 (the province tier stays quick)
    n_problems = max(220, min(10_000, round(len(segments) * 1.2)))
    per_district = max(1, round(n_problems / 12 / len(districts)))
    for n, d in enumerate(districts):
        for k in range(per_district):
            day = today - timedelta(days=rng.randint(5, 300))
            anonymous = rng.random() < 0.4
            complaints.append({
                "id": uuid7(), "code": f"TS{day.year}-{n + 1:03d}{k + 1:03d}",
                "received_via": rng.choice(CHANNELS), "received_on": day.isoformat(),
                "anonymous": int(anonymous),
                "complainant": "" if anonymous else rng.choice("张王李赵刘陈杨黄") + "先生",
                "contact": "" if anonymous else f"13{rng.randint(100000000, 999999999)}",
                "content": "", "area_id": d, "reply": "", "replied_on": None})
        issued = today - timedelta(days=rng.randint(90, 200))
        batches.append({"id": uuid7(), "code": f"DC2026-{n + 1:04d}", "level": "district",
                        "name": "2026年区级河湖长制督察反馈问题", "issued_on": issued.isoformat(),
                        "due_on": (issued + timedelta(days=75)).isoformat(), "area_id": d})
    for level, name, ago in (("provincial", "2026年省级河湖长制督察反馈问题", 150),
                             ("central", "第三轮中央生态环境保护督察反馈问题", 260)):
        if level == "central" and tier.name == "district":
            continue
        issued = today - timedelta(days=ago)
        batches.append({"id": uuid7(), "code": f"DC2026-{level[0].upper()}01", "level": level,
                        "name": name, "issued_on": issued.isoformat(),
                        "due_on": (issued + timedelta(days=120)).isoformat(), "area_id": root})
    complaint_by_district: dict[str, list[dict[str, Any]]] = {}
    for c in complaints:
        complaint_by_district.setdefault(c["area_id"], []).append(c)
    batch_by_district = {b["area_id"]: b for b in batches if b["level"] == "district"}
    upper = [b for b in batches if b["level"] != "district"]

    # problems
    walks: list[_Walk] = []
    categories = list(CATEGORY_CN)
    targets, weights = zip(*TARGETS, strict=True)
    eval_of = {d: evaluator_for(d, n) for n, d in enumerate(districts)}
    def build(seg: Any, chief: str | None, target: str, found: datetime, source: str,
              complaint_id: str | None, batch_id: str | None, patrol_id: str | None,
              forced: bool) -> None:
        """Register one problem and take it through the workflow towards ``target``."""
        district = district_of[seg.area_id]
        category = rng.choice(categories)
        units = units_by_district.get(district) or ctx.made["units"]
        unit_row = first_unit if forced else rng.choice(units)
        row = {
            "id": uuid7(), "code": None, "source": source, "patrol_id": patrol_id,
            "complaint_id": complaint_id, "batch_id": batch_id, "category": category,
            "description": DESCRIPTIONS[category].format(n=rng.randint(1, 9),
                                                         c=rng.choice("红黄白绿")),
            "segment_id": seg.id, "area_id": seg.area_id, "chief_id": chief,
            "lon": None, "lat": None, "found_at": found.isoformat(timespec="seconds"),
            "photos": json.dumps([rng.choice(before)]), "reported_by": "",
            "state": "registered", "urgency": None, "unit_id": None, "unit_contact": "",
            "requirement": "", "deadline": None, "assigned_at": None,
            "return_hours": rules.return_hours, "measures": "", "fix_reported_by": None,
            "fix_reported_at": None, "verifier": None, "closed_on": None, "public_notice": 0,
            "notice_days": rules.notice_days, "notice_start": None, "recheck_on": None,
            "recheck_result": "", "recurring": 0, "reopen_count": 0}
        if seg.line:
            lon, lat = seg.line[rng.randrange(len(seg.line))]
            row["lon"], row["lat"] = round(lon, 6), round(lat, 6)
        reporter = "chief" if source == "patrol" else "office"
        row["reported_by"] = (chief_code[chief] if reporter == "chief" and chief
                              else eval_of[district].code)
        walk = _Walk(row, [], [], now)
        walk.events.append({"problem_id": row["id"], "seq": 1, "kind": "register",
                            "at": row["found_at"], "actor": row["reported_by"],
                            "actor_name": chief_name[chief] if reporter == "chief" and chief
                            else eval_of[district].name, "from_state": None,
                            "to_state": "registered", "note": "",
                            "data": json.dumps({"source": source})})
        unit_actor = Actor("", "unit" if unit_row is first_unit else f"unit-{unit_row['code']}",
                           unit_row["name"], "admin")
        _walk(rng, walk, target, eval_of[district], unit_actor, unit_row, after, rules)
        walks.append(walk)

    for i in range(n_problems):
        check_every = 500
        if i % check_every == 0:
            ctx.progress.report(i, n_problems, "ledgers")
        forced = i < 2 * len(targets)  # every state shows in the first district
        target = targets[i // 2] if forced else rng.choices(targets, weights)[0]
        seg = segments[rng.randrange(len(segments))] if not forced else rng.choice(
            [s for s in segments[:60] if district_of[s.area_id] == districts[0]] or segments)
        district = district_of[seg.area_id]
        chief: str | None = (chiefs_of.get(seg.id) or [None])[0]  # type: ignore[list-item]
        lo, hi = AGE[target]
        found = now - timedelta(days=rng.uniform(lo, hi), hours=rng.uniform(0, 9))
        roll = rng.random()
        source, complaint_id, batch_id, patrol_id = "patrol", None, None, None
        early = target in ("registered", "assigned")  # a batch's problems are all assigned
        if roll < 0.1 and complaint_by_district.get(district) and not early:
            c = rng.choice(complaint_by_district[district])
            source, complaint_id = "complaint", c["id"]
            found = max(found, datetime.combine(date.fromisoformat(c["received_on"]),
                                                time(9), TZ))
        elif roll < 0.18 and not early:
            b = batch_by_district.get(district) if rng.random() < 0.7 or not upper else \
                rng.choice(upper)
            if b:
                source, batch_id = "supervision", b["id"]
                found = datetime.combine(date.fromisoformat(b["issued_on"]), time(10), TZ) \
                    + timedelta(days=rng.randint(0, 3))
        elif roll < 0.23:
            source = "monitoring"
        elif roll < 0.27:
            source = "superior"
        elif roll < 0.29:
            source = "media"
        if found >= now:
            found = now - timedelta(hours=rng.uniform(2, 30))
        if source == "patrol":
            # found on the latest patrol of one of the segment's chiefs
            hits = [(hit, c) for c in chiefs_of.get(seg.id, [])
                    if (hit := _patrol_before(patrols.get(c, []), found))]
            if hits:
                (start, patrol_id), chief = max(hits)
                found = datetime.fromisoformat(start).astimezone(TZ) + timedelta(
                    minutes=rng.randint(10, 50))
        build(seg, chief, target, found, source, complaint_id, batch_id, patrol_id, forced)
    # the chiefs who neglect their duty (the patrol step names them): problems others
    # found on their waters in January, still not fixed, and a supervision finding left
    # unfixed after its deadline
    segment_of_chief: dict[str, Any] = {}
    seg_by_id = {x.id: x for x in segments}
    for a in ctx.made["assignments"]:
        if a.end is None and a.segment_id in seg_by_id:
            segment_of_chief.setdefault(a.chief_id, seg_by_id[a.segment_id])
    for chief in ctx.made.get("negligent_chiefs", []):
        seg = segment_of_chief.get(chief)
        if seg is None:
            continue
        for _ in range(3):
            found = datetime(YEAR, 1, rng.randint(3, 15), rng.randint(8, 16), tzinfo=TZ)
            if found < now:
                build(seg, chief, "rectifying_overdue", found,
                      rng.choice(["superior", "monitoring"]), None, None, None, False)
        b = batch_by_district.get(district_of[seg.area_id])
        if b:
            found = datetime.combine(date.fromisoformat(b["issued_on"]), time(10), TZ) \
                + timedelta(days=rng.randint(0, 3))
            if found < now:
                build(seg, chief, "rectifying_overdue", found, "supervision", None, b["id"],
                      None, False)
    walks.sort(key=lambda w: (w.row["found_at"], w.row["id"]))
    serial: Counter[str] = Counter()
    for w in walks:
        year = w.row["found_at"][:4]
        serial[year] += 1
        w.row["code"] = f"P{year}-{serial[year]:05d}"
    # 举一反三: problems of one category on one segment are linked to the first of them
    first_of: dict[tuple[str, str], _Walk] = {}
    links: list[dict[str, Any]] = []
    for w in walks:
        key = (w.row["segment_id"], w.row["category"])
        if key in first_of and len(links) < n_problems // 15:
            a, b = sorted([first_of[key].row["id"], w.row["id"]])
            links.append({"a_id": a, "b_id": b, "note": "同一河段同类问题"})
        first_of.setdefault(key, w)
    by_complaint: dict[str, list[_Walk]] = {}
    for w in walks:
        if w.row["complaint_id"]:
            by_complaint.setdefault(w.row["complaint_id"], []).append(w)
    segment_name = {s.id: s.name for s in segments}
    for c in complaints:
        linked = by_complaint.get(c["id"], [])
        seg_name = segment_name[linked[0].row["segment_id"]] if linked else "某河段"
        c["content"] = rng.choice(COMPLAINTS).format(seg=seg_name)
        closed = [w for w in linked if w.row["state"] == "closed"]
        if closed:
            c["reply"] = "经核查情况属实，已责令责任单位整改完毕，感谢您的监督。"
            c["replied_on"] = closed[0].row["closed_on"]

    records.insert_many(store, "complaint", complaints, actor=ACTOR,
                        summary=translate("Demo", "demo complaints"))
    records.insert_many(store, "supervision_batch", batches, actor=ACTOR,
                        summary=translate("Demo", "demo supervision batches"))
    records.insert_many(store, "problem", [w.row for w in walks], actor=ACTOR,
                        summary=translate("Demo", "demo problems"))
    records.insert_many(store, "problem_event", [e for w in walks for e in w.events],
                        actor=ACTOR, summary=translate("Demo", "demo problem timelines"))
    records.insert_many(store, "problem_media", [m for w in walks for m in w.media],
                        actor=ACTOR, summary=translate("Demo", "demo problem evidence"))
    records.insert_many(store, "problem_link", links, actor=ACTOR,
                        summary=translate("Demo", "demo links"))
    ctx.made["problems"] = dict(Counter(w.row["state"] for w in walks))
    _outfalls(ctx, district_of, districts, eval_of, after)


def _outfalls(ctx: DemoContext, district_of: dict[str, str], districts: list[str],
              eval_of: dict[str, Actor], after: list[str]) -> None:
    store, rng = ctx.store, ctx.rng
    segments = ctx.made["segments"]
    types = ["industrial", "sewage_plant", "agricultural", "other"]
    remediations = ["ban", "merge", "regulate"]
    stages = ["found", "monitored", "traced", "remediated", "closed"]
    n = max(40, round(len(segments) / 8))
    rows, events, milestones, monitoring, media = [], [], [], [], []
    names = {"industrial": "厂排口", "sewage_plant": "污水处理厂排口",
             "agricultural": "养殖场排口", "other": "雨污混排口"}
    for i in range(n):
        seg = segments[rng.randrange(len(segments))]
        kind = types[i % 4] if i < 12 else rng.choices(types, [30, 10, 25, 35])[0]
        remediation = remediations[i % 3] if i < 12 else rng.choices(remediations, [25, 20, 55])[0]
        stage = stages[i % 5] if i < 10 else rng.choices(stages, [12, 13, 15, 20, 40])[0]
        district = district_of[seg.area_id]
        ev = eval_of[district]
        # the field officer reports the remediation; the office's user verifies it
        verifier, field = ev.code, ev.code + "-field"
        found = ctx.as_of - timedelta(days=rng.randint(120, 330))
        deadline = date(2026, 12, 31) if rng.random() < 0.6 else \
            ctx.as_of + timedelta(days=rng.randint(-60, 40))
        oid = uuid7()
        lon, lat = seg.line[rng.randrange(len(seg.line))] if seg.line else (None, None)
        row = {"id": oid, "code": f"PWK-{i + 1:05d}",
               "national_code": f"{seg.code[:6]}{i + 1:06d}" if rng.random() < 0.7 else "",
               "name": seg.name.split("段")[0] + names[kind], "location": seg.name + "左岸",
               "lon": lon, "lat": lat, "segment_id": seg.id, "area_id": seg.area_id,
               "type": kind, "discharge_mode": rng.choice(["continuous", "intermittent",
                                                           "rainy_season"]),
               "responsible_entity": seg.name[:2] + rng.choice(["造纸有限公司", "污水处理厂",
                                                                "养殖合作社", "街道办事处"]),
               "remediation": remediation,
               "measures": {"ban": "依法取缔，封堵排口", "merge": "清理合并至园区总排口",
                            "regulate": "规范设置排口标识，安装在线监测"}[remediation],
               "deadline": deadline.isoformat(), "stage": stage, "source_traced": "",
               "remediated": 0, "standardised": 0, "remediated_by": None, "verifier": None,
               "closed_on": None}
        seq = 0

        def event(kind: str, day: date, frm: str | None, to: str | None, note: str = "",
                  data: dict[str, Any] | None = None, actor: str = ev.code,
                  oid: str = oid) -> int:
            nonlocal seq
            seq += 1
            events.append({"outfall_id": oid, "seq": seq, "kind": kind,
                           "at": datetime.combine(day, time(10), TZ).isoformat(),
                           "actor": actor, "actor_name": "", "from_stage": frm, "to_stage": to,
                           "note": note, "data": json.dumps(data or {}, ensure_ascii=False)})
            return seq

        event("found", found, None, "found")
        day = found + timedelta(days=3)
        event("plan", day, "found", None, "", {"remediation": remediation})
        steps = [("整治方案编制", 30), ("工程实施", 90), ("验收销号", 150)]
        k = stages.index(stage)
        for s_no, (title, offset) in enumerate(steps, start=1):
            due = found + timedelta(days=offset)
            done = due - timedelta(days=rng.randint(0, 10)) if k >= 3 or (
                k >= 1 and s_no == 1) else None
            if done and done > ctx.as_of:
                done = None
            milestones.append({"outfall_id": oid, "seq": s_no, "title": title,
                               "due_on": due.isoformat(),
                               "done_on": done.isoformat() if done else None})
        if stage == "closed":
            for m in milestones[-3:]:
                m["done_on"] = m["done_on"] or m["due_on"]
        for step in range(1, k + 1):
            day = min(ctx.as_of - timedelta(days=1), day + timedelta(days=rng.randint(10, 40)))
            frm, to = stages[step - 1], stages[step]
            data: dict[str, Any] = {}
            if to == "monitored":
                for p, unit, limit in PARAMETERS:
                    monitoring.append({"outfall_id": oid, "sampled_on": day.isoformat(),
                                       "parameter": p, "value": round(limit * rng.uniform(
                                           0.3, 2.5), 2), "unit": unit, "limit_value": limit,
                                       "note": ""})
            elif to == "traced":
                row["source_traced"] = data["source_traced"] = rng.choice(
                    ["企业生产废水经雨水管网排出", "沿街商户生活污水混接", "养殖场废水直排"])
            elif to == "remediated":
                row.update(remediated=1, standardised=int(rng.random() < 0.8),
                           remediated_by=field)
                sha = rng.choice(after)
                data["evidence"] = [sha]
                media.append({"outfall_id": oid, "sha256": sha, "kind": "after",
                              "event_seq": seq + 1})
            elif to == "closed":
                row.update(verifier=verifier, closed_on=day.isoformat())
                data["verifier"] = verifier
            event("stage", day, frm, to, "", data, field if to == "remediated" else ev.code)
        rows.append(row)
    records.insert_many(store, "outfall", rows, actor=ACTOR,
                        summary=translate("Demo", "demo outfalls"))
    records.insert_many(store, "outfall_event", events, actor=ACTOR,
                        summary=translate("Demo", "demo outfall events"))
    records.insert_many(store, "outfall_milestone", milestones, actor=ACTOR,
                        summary=translate("Demo", "demo outfall milestones"))
    records.insert_many(store, "outfall_monitoring", monitoring, actor=ACTOR,
                        summary=translate("Demo", "demo outfall monitoring"))
    records.insert_many(store, "outfall_media", media, actor=ACTOR,
                        summary=translate("Demo", "demo outfall photos"))
    ctx.made["outfalls"] = dict(Counter(r["stage"] for r in rows))
