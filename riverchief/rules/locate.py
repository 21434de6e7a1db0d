"""Where each key of a TOML file is written, so that every validation error names its line.

:mod:`tomllib` gives values but no positions. :func:`key_lines` reads the text once more,
line by line, and records the line of every table header and every ``key = value``
(dotted keys and quoted keys included). Values spanning several lines (multi-line
strings and arrays) are skipped over so their content is never mistaken for a key.
"""

from __future__ import annotations

import re

_BARE = re.compile(r"[A-Za-z0-9_-]+")


def _read_key(text: str, pos: int) -> tuple[list[str], int] | None:
    """Parse a (dotted) key starting at ``pos``; returns its parts and the position after it."""
    parts: list[str] = []
    n = len(text)
    while True:
        while pos < n and text[pos] in " \t":
            pos += 1
        if pos >= n:
            return None
        ch = text[pos]
        if ch in "\"'":
            end = pos + 1
            while end < n and text[end] != ch:
                end += 2 if (ch == '"' and text[end] == "\\") else 1
            if end >= n:
                return None
            raw = text[pos + 1:end]
            parts.append(raw.encode().decode("unicode_escape") if ch == '"' and "\\" in raw
                         else raw)
            pos = end + 1
        else:
            m = _BARE.match(text, pos)
            if not m:
                return None
            parts.append(m.group(0))
            pos = m.end()
        while pos < n and text[pos] in " \t":
            pos += 1
        if pos < n and text[pos] == ".":
            pos += 1
            continue
        return parts, pos


def _value_balance(value: str) -> tuple[int, bool]:
    """Bracket depth left open by ``value`` and whether a multi-line string is left open."""
    depth = 0
    i = 0
    n = len(value)
    while i < n:
        ch = value[i]
        if value.startswith('"""', i) or value.startswith("'''", i):
            quote = value[i:i + 3]
            end = value.find(quote, i + 3)
            if end < 0:
                return depth, True
            i = end + 3
            continue
        if ch in "\"'":
            end = i + 1
            while end < n and value[end] != ch:
                end += 2 if (ch == '"' and value[end] == "\\") else 1
            i = end + 1
            continue
        if ch == "#":
            break
        if ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
        i += 1
    return depth, False


def key_lines(text: str) -> dict[tuple[str, ...], int]:
    """Line number (1-based) of every table and key path in a TOML document."""
    lines: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] = ()
    depth = 0
    in_string: str | None = None
    array_counts: dict[tuple[str, ...], int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if in_string:
            if in_string in line:
                rest = line.split(in_string, 1)[-1]
                in_string = None
                depth += _value_balance(rest)[0]
            continue
        if depth > 0:
            d, open_string = _value_balance(line)
            depth += d
            if open_string:
                in_string = '"""' if '"""' in line else "'''"
            continue
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("[["):
            parsed = _read_key(stripped, 2)
            if parsed:
                path = tuple(parsed[0])
                index = array_counts.get(path, 0)
                array_counts[path] = index + 1
                table = (*path, str(index))
                lines.setdefault(path, number)
                lines[table] = number
            continue
        if stripped.startswith("["):
            parsed = _read_key(stripped, 1)
            if parsed:
                table = tuple(parsed[0])
                lines[table] = number
            continue
        parsed = _read_key(stripped, 0)
        if parsed is None:
            continue
        key, pos = parsed
        if pos >= len(stripped) or stripped[pos] != "=":
            continue
        path = (*table, *key)
        for i in range(len(table) + 1, len(path)):
            lines.setdefault(path[:i], number)
        lines[path] = number
        value = stripped[pos + 1:]
        d, open_string = _value_balance(value)
        depth = max(d, 0)
        if open_string:
            in_string = '"""' if '"""' in value else "'''"
    return lines


def line_of(lines: dict[tuple[str, ...], int], path: tuple[str, ...]) -> int:
    """The line of ``path``, or of its nearest written ancestor (1 when none is written)."""
    for i in range(len(path), 0, -1):
        if path[:i] in lines:
            return lines[path[:i]]
    return 1
