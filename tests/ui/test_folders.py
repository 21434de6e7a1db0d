"""File dialogs start in the user's Documents folder, never in the working directory (the
program's folder, for the app installed on Windows) nor at the top of the home folder."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from ui.shell import folders

ROOT = Path(__file__).resolve().parents[2]


def _save_dialogs() -> list[tuple[str, ast.Call]]:
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "getSaveFileName"):
                found.append((f"{path.relative_to(ROOT)}:{node.lineno}", node))
    return found


def _starts_in_a_folder(call: ast.Call) -> bool:
    """The dialog's ``dir`` is a path made by ui.shell.folders or held in a variable,
    not a bare file name (taken from the working directory) nor the home folder."""
    arg = call.args[2] if len(call.args) > 2 else next(
        (k.value for k in call.keywords if k.arg == "dir"), None)
    if arg is None or "Path.home" in ast.unparse(arg):
        return False
    if isinstance(arg, ast.Name):
        return True
    return isinstance(arg, ast.Call) and isinstance(arg.func, ast.Name) and arg.func.id in (
        "suggested", "suggested_path")


def test_every_save_dialog_starts_in_a_folder() -> None:
    dialogs = _save_dialogs()
    assert len(dialogs) >= 10
    assert [where for where, call in dialogs if not _starts_in_a_folder(call)] == []


@pytest.mark.parametrize(("code", "ok"), [
    ('QFileDialog.getSaveFileName(self, "t", "rules.toml", "TOML (*.toml)")', False),
    ('QFileDialog.getSaveFileName(self, "t", self.tr("ledger.xlsx"), "")', False),
    ('QFileDialog.getSaveFileName(self, "t", str(Path.home() / "a.csv"), "")', False),
    ('QFileDialog.getSaveFileName(self, "t", suggested("rules.toml"), "")', True),
    ('QFileDialog.getSaveFileName(self, "t", chosen, "")', True),
])
def test_the_rule_catches_a_bare_name(code: str, ok: bool) -> None:
    call = ast.parse(code).body[0].value  # type: ignore[attr-defined]
    assert _starts_in_a_folder(call) is ok


def test_documents_or_else_home(monkeypatch, tmp_path: Path) -> None:
    from PySide6.QtCore import QStandardPaths

    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda location: str(tmp_path))
    assert folders.suggested("问题台账.xlsx") == str(tmp_path / "问题台账.xlsx")
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda location: "")
    assert folders.documents_dir() == Path.home()
    monkeypatch.setattr(QStandardPaths, "writableLocation",
                        lambda location: str(tmp_path / "gone"))
    assert folders.suggested() == str(Path.home())
