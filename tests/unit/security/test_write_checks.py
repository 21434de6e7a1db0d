"""Every core function that writes checks the actor's permission first.

The functions are found by reading the source (ast), not by a decorator: a function
that calls ``records.insert/update/tombstone/insert_many``, writes through a sqlite-utils
table (``db[...].insert/insert_all/upsert/update/delete``), calls ``set_setting`` or
executes an INSERT/UPDATE/DELETE/REPLACE statement must also call ``require(...)``.
``riverchief/db`` (the storage itself) and ``riverchief/demo`` (the generator writes as
SYSTEM) are exempt, and so are the few functions listed in EXEMPT, each with its reason.
"""

from __future__ import annotations

import ast
import re
import textwrap
from pathlib import Path

CORE = Path(__file__).resolve().parents[3] / "riverchief"
EXEMPT_DIRS = ("db", "demo")
EXEMPT: dict[tuple[str, str], str] = {
    ("security/users.py", "sign_in"): "counts failed sign-ins before anyone is signed in",
}
RECORD_WRITES = {"insert", "update", "tombstone", "insert_many"}
TABLE_WRITES = {"insert", "insert_all", "upsert", "upsert_all", "update", "delete",
                "delete_where"}
SQL_WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)


def _sql_text(node: ast.expr) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values
                       if isinstance(v, ast.Constant) and isinstance(v.value, str))
    if isinstance(node, ast.BinOp):
        return _sql_text(node.left) + _sql_text(node.right)
    return ""


def _is_write(call: ast.Call) -> bool:
    func = call.func
    if not isinstance(func, ast.Attribute):
        return False
    if func.attr in RECORD_WRITES and isinstance(func.value, ast.Name) \
            and func.value.id == "records":
        return True
    if func.attr in TABLE_WRITES and isinstance(func.value, ast.Subscript):
        return True
    if func.attr == "set_setting":
        return True
    if func.attr in ("execute", "executemany") and call.args:
        return bool(SQL_WRITE.match(_sql_text(call.args[0])))
    return False


def _is_check(call: ast.Call) -> bool:
    func = call.func
    name = func.id if isinstance(func, ast.Name) else func.attr \
        if isinstance(func, ast.Attribute) else ""
    return name == "require"


def unchecked_writers(source: str) -> list[str]:
    """Names of the functions in ``source`` that write without calling ``require``."""
    tree = ast.parse(source)
    found = []

    def visit(defs: list[ast.stmt], prefix: str) -> None:
        for node in defs:
            if isinstance(node, ast.ClassDef):
                visit(node.body, f"{prefix}{node.name}.")
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                calls = [n for n in ast.walk(node) if isinstance(n, ast.Call)]
                if any(_is_write(c) for c in calls) and not any(_is_check(c) for c in calls):
                    found.append(prefix + node.name)

    visit(tree.body, "")
    return found


def core_modules() -> list[Path]:
    return [p for p in sorted(CORE.rglob("*.py"))
            if p.relative_to(CORE).parts[0] not in EXEMPT_DIRS]


def test_every_core_write_checks_permission() -> None:
    missing = []
    for path in core_modules():
        rel = path.relative_to(CORE).as_posix()
        for name in unchecked_writers(path.read_text(encoding="utf-8")):
            if (rel, name) not in EXEMPT:
                missing.append(f"riverchief/{rel}: {name}")
    assert not missing, (
        "these functions write without calling riverchief.security.require() "
        "(see HACKING.md, Roles):\n" + "\n".join(missing)
    )


def test_scanner_finds_unchecked_writes() -> None:
    source = textwrap.dedent('''
        def bad_insert(store, actor):
            records.insert(store, "segment", {}, actor=actor.code)

        def bad_sql(store):
            store.db.execute("UPDATE segment SET name = ?", ["x"])

        def bad_fstring(store, t):
            store.conn.execute(f"DELETE FROM {t}")

        def bad_table(store):
            store.db["segment"].insert_all([])

        def good(store, actor):
            require(actor, "registry.edit")
            records.update(store, "segment", "id", {}, actor=actor.code)

        def reader(store):
            return list(store.db.query("SELECT * FROM segment"))

        class Service:
            def bad_setting(self, store):
                store.set_setting("x", 1)
    ''')
    assert unchecked_writers(source) == [
        "bad_insert", "bad_sql", "bad_fstring", "bad_table", "Service.bad_setting"]


def test_exemptions_still_exist() -> None:
    for rel, name in EXEMPT:
        source = (CORE / rel).read_text(encoding="utf-8")
        assert name in unchecked_writers(source), f"stale exemption {rel}: {name}"
