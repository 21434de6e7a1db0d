"""Nothing in the app assumes Linux: the same code runs in the Windows bundle.

A static scan of ``riverchief/`` and ``ui/``: no shell calls or subprocesses at all, and
POSIX-only modules, calls and absolute Unix paths only in a function (or module) that
checks the platform (``sys.platform`` / ``os.name``) and so has a Windows branch.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

NO_SHELL = {"subprocess", "os.system", "os.popen", "os.spawnl", "os.spawnv", "os.execv",
            "os.execl", "pty"}
POSIX_MODULES = {"fcntl", "termios", "tty", "pwd", "grp", "resource", "posix", "crypt",
                 "readline", "curses", "syslog"}
POSIX_CALLS = {"os.kill", "os.fork", "os.getuid", "os.geteuid", "os.getgid", "os.uname",
               "os.sync", "os.mkfifo", "os.chown", "os.killpg", "os.setsid", "os.nice",
               "signal.SIGKILL", "signal.SIGHUP", "os.O_DIRECTORY", "os.startfile"}
# Windows' C library refuses times before 1970 and after 3000 here (OSError): use
# riverchief.ids.from_unix
WINDOWS_TIME = {"fromtimestamp", "utcfromtimestamp"}
UNIX_PATHS = ("/proc", "/tmp", "/home", "/usr", "/etc", "/dev/", "/var", "/mnt", "/media")


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""


def _checks_platform(scope: ast.AST) -> bool:
    return any(_dotted(n) in ("sys.platform", "os.name", "platform.system")
               for n in ast.walk(scope))


def findings(path: Path) -> list[str]:
    """What in one file would not work on Windows: ``file:line what``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    docstrings = {
        id(node.body[0].value) for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
        and node.body and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    scopes: dict[int, ast.AST] = {}
    for scope in ast.walk(tree):
        if isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef):
            for inner in ast.walk(scope):
                scopes.setdefault(id(inner), scope)
    out = []
    rel = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name

    def flag(node: ast.AST, what: str, *, guardable: bool) -> None:
        scope = scopes.get(id(node), tree)
        if guardable and _checks_platform(scope):
            return
        out.append(f"{rel}:{getattr(node, 'lineno', 0)} {what}")

    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] + [f"{node.module}.{a.name}" for a in node.names])
            for name in names:
                if name.split(".")[0] in NO_SHELL or name in NO_SHELL:
                    flag(node, f"imports {name} (no shell calls in the app)", guardable=False)
                elif name.split(".")[0] in POSIX_MODULES:
                    flag(node, f"imports POSIX-only {name}", guardable=True)
        elif isinstance(node, ast.Attribute):
            name = _dotted(node)
            if name in NO_SHELL:
                flag(node, f"uses {name} (no shell calls in the app)", guardable=False)
            elif name in POSIX_CALLS:
                flag(node, f"uses {name}, which is not portable", guardable=True)
            elif node.attr in WINDOWS_TIME:
                flag(node, f"uses {name}, which fails on Windows before 1970 (use "
                     "riverchief.ids.from_unix)", guardable=False)
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
              and id(node) not in docstrings and node.value.startswith(UNIX_PATHS)):
            flag(node, f"hard-codes the Unix path {node.value!r}", guardable=True)
    return out


def _sources() -> list[Path]:
    return sorted((ROOT / "riverchief").rglob("*.py")) + sorted((ROOT / "ui").rglob("*.py"))


def test_app_code_assumes_no_linux() -> None:
    files = _sources()
    assert len(files) > 20
    problems = [f for path in files for f in findings(path)]
    assert problems == []


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("import subprocess\n", "no shell calls"),
        ("import os\nos.system('ls')\n", "no shell calls"),
        ("import fcntl\n", "POSIX-only fcntl"),
        ("import os\ndef f(pid):\n    os.kill(pid, 0)\n", "os.kill"),
        ("from pathlib import Path\nP = Path('/tmp/x')\n", "'/tmp/x'"),
        ("import os\ndef f():\n    return os.startfile('x')\n", "os.startfile"),
        ("from datetime import datetime as d\nd.fromtimestamp(-1)\n", "from_unix"),
    ],
)
def test_the_scan_catches_linux_only_code(tmp_path: Path, code: str, expected: str) -> None:
    path = tmp_path / "probe.py"
    path.write_text(code, encoding="utf-8")
    found = findings(path)
    assert len(found) == 1 and expected in found[0], found


def test_a_platform_branch_makes_posix_code_acceptable(tmp_path: Path) -> None:
    code = (
        "import os, sys\n"
        "def alive(pid):\n"
        "    if sys.platform == 'win32':\n"
        "        return True\n"
        "    os.kill(pid, 0)\n"
        "    return True\n"
        "def f():\n"
        "    '''Reads /proc/mounts on Linux.'''\n"
    )
    path = tmp_path / "probe.py"
    path.write_text(code, encoding="utf-8")
    assert findings(path) == []
