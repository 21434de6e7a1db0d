"""``riverchief keys`` and ``riverchief packages`` from end to end."""

from __future__ import annotations

import json
from pathlib import Path

from exchange_sides import CHIEF_ID, TABLE, _make

from riverchief.cli import main
from riverchief.db import open_store, records
from riverchief.exchange import selection


def test_export_verify_import_receipt(tmp_path: Path, monkeypatch, capsys,
                                      exchanged_table) -> None:
    monkeypatch.setenv("RIVERCHIEF_KEY_PASSWORD", "口令1234")
    monkeypatch.setattr(selection, "CHIEF_RECORD_TABLES", {TABLE: "created_at"})
    laptop, office = tmp_path / "laptop.db", tmp_path / "office.db"
    for path in (laptop, office):
        _make(path).close()
    assert main(["--db", str(laptop), "keys", "create"]) == 0
    laptop_public = capsys.readouterr().out.split()[0]
    assert main(["--db", str(office), "keys", "create"]) == 0
    office_public = capsys.readouterr().out.split()[0]
    assert main(["--db", str(office), "keys", "enrol", laptop_public, "--label", "张伟的笔记本",
                 "--chief", "HZ001"]) == 0
    assert main(["--db", str(laptop), "keys", "enrol", office_public, "--label", "河长办"]) == 0
    with open_store(laptop) as store:
        for note in ("巡河正常", "发现垃圾"):
            records.insert(store, TABLE, {"chief_id": CHIEF_ID, "note": note}, actor="t")
    capsys.readouterr()
    pkg = tmp_path / "张伟-2026Q3.zip"
    assert main(["--db", str(laptop), "packages", "export", "--chief", "HZ001", "-o",
                 str(pkg)]) == 0
    capsys.readouterr()
    assert main(["--db", str(office), "packages", "verify", str(pkg), "--format", "json"]) == 0
    counts = {r["what"]: r["count"] for r in json.loads(capsys.readouterr().out)}
    assert counts["new"] == 2
    with open_store(office) as store:
        assert store.db[TABLE].count == 0  # verify imports nothing
    assert main(["--db", str(office), "packages", "import", str(pkg)]) == 0
    capsys.readouterr()
    assert main(["--db", str(office), "packages", "import", str(pkg)]) == 0
    assert "已导入" in capsys.readouterr().out
    with open_store(office) as store:
        assert store.db[TABLE].count == 2
    receipt = tmp_path / "receipt.zip"
    assert main(["--db", str(office), "packages", "receipt", str(pkg), "-o", str(receipt)]) == 0
    capsys.readouterr()
    assert main(["--db", str(laptop), "packages", "import", str(receipt)]) == 0
    assert "回执" in capsys.readouterr().err
    assert main(["--db", str(laptop), "packages", "export", "--chief", "HZ001", "-o",
                 str(tmp_path / "next.zip")]) == 0
    assert capsys.readouterr().out.startswith("已将 0 条记录")
    # the office's later changes for the chief's laptop
    from riverchief.registry import edit
    from riverchief.security import SYSTEM

    with open_store(office) as store:
        edit.change(store, SYSTEM, "chief", CHIEF_ID, {"phone": "13800000000"})
    updates = tmp_path / "updates.zip"
    assert main(["--db", str(office), "packages", "updates", "--chief", "HZ001", "-o",
                 str(updates)]) == 0
    assert "已将 2 条记录" in capsys.readouterr().out  # the chief and its area
    assert main(["--db", str(laptop), "packages", "import", str(updates)]) == 0
    with open_store(laptop) as store:
        assert store.db["chief"].get(CHIEF_ID)["phone"] == "13800000000"


def test_tampered_package_is_one_line_exit_1(tmp_path: Path, monkeypatch, capsys) -> None:
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 broken")
    db = tmp_path / "office.db"
    _make(db).close()
    assert main(["--db", str(db), "packages", "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.zip" in err
