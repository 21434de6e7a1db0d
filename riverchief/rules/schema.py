"""Checking a parsed TOML table against what a section expects, error by error, with lines.

A section parser walks its tables with a :class:`Checker`: each getter returns the value
(or the default) and records an error naming the line and the key path when the value
is missing, of the wrong type, out of range or unknown. All errors of a file are
collected and raised together as one :class:`RuleSetError`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from riverchief.errors import UserError, place
from riverchief.i18n import translate
from riverchief.rules.locate import line_of


@dataclass(frozen=True)
class RuleProblem:
    line: int
    path: str
    message: str


class RuleSetError(UserError):
    """A rule-set file with one or more mistakes; ``problems`` lists each with its line."""

    def __init__(self, file: str, problems: Sequence[RuleProblem]) -> None:
        self.file = file
        self.problems = list(problems)
        first = self.problems[0]
        super().__init__(first.message, where=self._where(first))

    def _where(self, p: RuleProblem) -> str:
        where = translate("Rules", "{file}, line {line}").format(file=self.file, line=p.line)
        return place(where, p.path)

    def __str__(self) -> str:
        return "\n".join(f"{self._where(p)}: {p.message}" for p in self.problems)


_MISSING = object()


class Checker:
    """Typed access to a TOML document that records every problem with its line."""

    def __init__(self, file: str, lines: dict[tuple[str, ...], int]) -> None:
        self.file = file
        self.lines = lines
        self.problems: list[RuleProblem] = []

    def error(self, path: tuple[str, ...], message: str) -> None:
        self.problems.append(RuleProblem(line_of(self.lines, path), ".".join(path), message))

    def raise_if_any(self) -> None:
        if self.problems:
            self.problems.sort(key=lambda p: p.line)
            raise RuleSetError(self.file, self.problems)

    def table(self, parent: dict[str, Any], path: tuple[str, ...], key: str,
              *, required: bool = False) -> dict[str, Any]:
        value = parent.get(key, _MISSING)
        if value is _MISSING:
            if required:
                self.error(path, translate("Rules", "the table [{name}] is missing").format(
                    name=".".join((*path, key))))
            return {}
        if not isinstance(value, dict):
            self.error((*path, key), translate("Rules", "must be a table"))
            return {}
        return value

    def only(self, table: dict[str, Any], path: tuple[str, ...], allowed: Sequence[str]) -> None:
        for key in table:
            if key not in allowed:
                self.error((*path, key), translate(
                    "Rules", "unknown key; expected one of: {keys}").format(
                        keys=", ".join(allowed)))

    def number(
        self, table: dict[str, Any], path: tuple[str, ...], key: str, default: float | None,
        *, minimum: float | None = None, maximum: float | None = None, integer: bool = False,
        above: float | None = None,
    ) -> float:
        value = table.get(key, _MISSING)
        full = (*path, key)
        if value is _MISSING:
            if default is None:
                self.error(path, translate("Rules", "the key {key} is missing").format(key=key))
                return 0.0
            return default
        if isinstance(value, bool) or not isinstance(value, int | float) or (
            integer and not isinstance(value, int)
        ):
            self.error(full, translate("Rules", "must be a whole number") if integer
                       else translate("Rules", "must be a number"))
            return default or 0.0
        if value != value:  # NaN
            self.error(full, translate("Rules", "must be a number"))
            return default or 0.0
        if minimum is not None and value < minimum:
            self.error(full, translate("Rules", "must be at least {min} (is {value})").format(
                min=minimum, value=value))
        if above is not None and value <= above:
            self.error(full, translate("Rules", "must be more than {min} (is {value})").format(
                min=above, value=value))
        if maximum is not None and value > maximum:
            self.error(full, translate("Rules", "must be at most {max} (is {value})").format(
                max=maximum, value=value))
        return float(value)

    def choice(self, table: dict[str, Any], path: tuple[str, ...], key: str,
               choices: Sequence[str], default: str | None) -> str:
        value = table.get(key, _MISSING)
        if value is _MISSING:
            if default is None:
                self.error(path, translate("Rules", "the key {key} is missing").format(key=key))
                return choices[0]
            return default
        if not isinstance(value, str) or value not in choices:
            self.error((*path, key), translate(
                "Rules", "must be one of: {choices} (is {value})").format(
                    choices=", ".join(choices), value=value))
            return default or choices[0]
        return value

    def text(self, table: dict[str, Any], path: tuple[str, ...], key: str,
             default: str | None) -> str:
        value = table.get(key, _MISSING)
        if value is _MISSING:
            if default is None:
                self.error(path, translate("Rules", "the key {key} is missing").format(key=key))
                return ""
            return default
        if not isinstance(value, str) or not value.strip():
            self.error((*path, key), translate("Rules", "must be a non-empty text"))
            return default or ""
        return value

    def int_list(self, table: dict[str, Any], path: tuple[str, ...], key: str,
                 default: tuple[int, ...], *, minimum: int, maximum: int) -> tuple[int, ...]:
        value = table.get(key, _MISSING)
        if value is _MISSING:
            return default
        ok = isinstance(value, list) and value and all(
            isinstance(v, int) and not isinstance(v, bool) and minimum <= v <= maximum
            for v in value)
        if not ok:
            self.error((*path, key), translate(
                "Rules", "must be a non-empty list of whole numbers from {min} to {max}").format(
                    min=minimum, max=maximum))
            return default
        if len(set(value)) != len(value):
            self.error((*path, key), translate("Rules", "lists a value twice"))
        return tuple(sorted(set(value)))
