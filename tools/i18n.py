"""Keep the translation catalogs in step with the code (Qt's lupdate/lrelease).

One catalog per room: every source file under ``riverchief/<room>`` (package or module)
and ``ui/<room>`` feeds ``resources/translations/<room>.zh_CN.ts``. Source strings are
English; the Chinese catalog must be complete (``check`` fails otherwise).

    python tools/i18n.py update        # re-extract strings, keep existing translations
    python tools/i18n.py missing       # list strings still untranslated
    python tools/i18n.py apply FILE    # fill translations from a TSV: context<TAB>source<TAB>中文
    python tools/i18n.py harvest A.ts… # take finished translations from other catalogs
    python tools/i18n.py compile       # write the .qm files the UI loads
    python tools/i18n.py check         # exit 1 if anything is untranslated or .qm is stale
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "translations"
LANGS = ("zh_CN",)


def rooms() -> dict[str, list[Path]]:
    found: dict[str, list[Path]] = defaultdict(list)
    for top in ("riverchief", "ui"):
        for path in sorted((ROOT / top).rglob("*.py")):
            rel = path.relative_to(ROOT / top)
            room = rel.parts[0].removesuffix(".py")
            if room == "__init__":
                room = "app" if top == "ui" else "core"
            if room == "cli" and len(rel.parts) > 1:
                # one catalog per command module, so rooms adding commands do not collide
                room = "cli-" + rel.parts[1].removesuffix(".py")
            if "translate(" in path.read_text(encoding="utf-8") or ".tr(" in path.read_text(
                encoding="utf-8"
            ):
                found[room].append(path)
    return dict(found)


def _tool(name: str) -> str:
    exe = shutil.which(f"pyside6-{name}")
    if not exe:
        sys.exit(f"pyside6-{name} not found: install PySide6-Essentials")
    return exe


def update() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for room, files in rooms().items():
        for lang in LANGS:
            ts = OUT / f"{room}.{lang}.ts"
            cmd = [_tool("lupdate"), "-locations", "none", "-no-obsolete", "-source-language",
                   "en", "-target-language", lang]
            cmd += [str(f.relative_to(ROOT)) for f in files] + ["-ts", str(ts.relative_to(ROOT))]
            subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
            if not ET.parse(ts).getroot().findall(".//message"):
                ts.unlink()


def _unfinished(ts: Path) -> list[tuple[str, str]]:
    out = []
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") == "unfinished" or not (node.text or "").strip():
                out.append((name, message.findtext("source", "")))
    return out


def missing() -> int:
    count = 0
    for ts in sorted(OUT.glob("*.ts")):
        for context, source in _unfinished(ts):
            print(f"{ts.name}\t{context}\t{source}")
            count += 1
    return count


def apply(tsv: Path) -> None:
    wanted: dict[tuple[str, str], str] = {}
    # utf-8-sig: Notepad and Excel on Windows start a UTF-8 file with a byte-order mark
    for n, line in enumerate(tsv.read_text(encoding="utf-8-sig").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            sys.exit(f"{tsv}:{n}: expected context<TAB>source<TAB>translation")
        wanted[(parts[0], parts[1].replace("\\n", "\n"))] = parts[2].replace("\\n", "\n")
    used = set()
    for ts in sorted(OUT.glob("*.zh_CN.ts")):
        tree = ET.parse(ts)
        changed = False
        for context in tree.getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                key = (name, message.findtext("source", ""))
                if key in wanted:
                    node = message.find("translation")
                    assert node is not None
                    node.text = wanted[key]
                    node.attrib.pop("type", None)
                    used.add(key)
                    changed = True
        if changed:
            tree.write(ts, encoding="utf-8", xml_declaration=True)
    for key in wanted.keys() - used:
        print(f"not found in any catalog: {key[0]}\t{key[1]}", file=sys.stderr)


def harvest(sources: list[Path]) -> None:
    """Fill untranslated strings from other catalogs (e.g. the other side of a merge)."""
    found: dict[tuple[str, str], str] = {}
    for src in sources:
        for context in ET.parse(src).getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                node = message.find("translation")
                if node is not None and node.get("type") is None and (node.text or "").strip():
                    found[(name, message.findtext("source", ""))] = node.text or ""
    for ts in sorted(OUT.glob("*.zh_CN.ts")):
        tree = ET.parse(ts)
        changed = False
        for context in tree.getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                key = (name, message.findtext("source", ""))
                node = message.find("translation")
                if node is not None and node.get("type") == "unfinished" and key in found:
                    node.text = found[key]
                    node.attrib.pop("type", None)
                    changed = True
        if changed:
            tree.write(ts, encoding="utf-8", xml_declaration=True)


def compile_(dest: Path = OUT) -> None:
    for ts in sorted(OUT.glob("*.ts")):
        qm = dest / (ts.stem + ".qm")
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def check() -> int:
    status = 0
    if missing():
        print("untranslated strings above", file=sys.stderr)
        status = 1
    with tempfile.TemporaryDirectory() as tmp:
        compile_(Path(tmp))
        for qm in Path(tmp).glob("*.qm"):
            shipped = OUT / qm.name
            if not shipped.exists() or shipped.read_bytes() != qm.read_bytes():
                print(f"{shipped.name} is stale: run python tools/i18n.py compile", file=sys.stderr)
                status = 1
    return status


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    cmd = argv[0]
    if cmd == "update":
        update()
    elif cmd == "missing":
        missing()
    elif cmd == "apply":
        apply(Path(argv[1]))
    elif cmd == "harvest":
        harvest([Path(a) for a in argv[1:]])
    elif cmd == "compile":
        compile_()
    elif cmd == "check":
        return check()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
