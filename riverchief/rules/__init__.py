"""Rule sets (规则): the figures the checks and the assessment use, from a TOML file.

A rule set lives in ``resources/rules/*.toml`` (the shipped ``default.toml``) or a file
the administrator chooses. It is made of sections: ``[ruleset]`` (name, version),
``[patrol]`` (frequencies and what counts as a valid patrol, see
:mod:`riverchief.rules.patrol`), and later ones added by other rooms. Each section has a
parser registered in :data:`SECTIONS`; a parser reads its tables through a
:class:`~riverchief.rules.schema.Checker`, so every mistake is reported with the line it
is on, and all mistakes of a file are reported at once. Unknown sections and keys are
errors (a misspelt key must not silently fall back to a default).
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from riverchief.errors import UserError
from riverchief.i18n import translate
from riverchief.paths import resource_path
from riverchief.rules.assessment import AssessmentRules, parse_assessment
from riverchief.rules.locate import key_lines
from riverchief.rules.patrol import (
    Frequency,
    LevelRules,
    MethodRules,
    PatrolRules,
    parse_patrol,
)
from riverchief.rules.schema import Checker, RuleProblem, RuleSetError
from riverchief.waterquality.rules import parse_waterquality

if TYPE_CHECKING:
    from riverchief.db import Store
    from riverchief.security import Actor

__all__ = [
    "AssessmentRules", "Frequency", "LevelRules", "MethodRules", "PatrolRules", "RuleProblem",
    "RuleSet", "RuleSetError", "SECTIONS", "default_rules", "load_rules", "parse_rules",
    "rules_in_force", "shown_name", "use_rules",
]

DEFAULT_FILE = "default.toml"
RULES_SETTING = "rules_file"  # setting naming the rule-set file in force (else the default)


def _shipped_names() -> dict[str, str]:
    return {"Default (Henan 2018 frequencies)": translate(
        "Rules", "Default (Henan 2018 frequencies)")}


def shown_name(name: str) -> str:
    """A rule set's name (or a ``name version`` label, as patrols keep it) as the reader
    sees it: the names of the shipped rule sets in the reader's language, any other as its
    author wrote it. The stored name, and so the rule set's digest, do not change."""
    for shipped, shown in _shipped_names().items():
        if name == shipped or name.startswith(shipped + " "):
            return shown + name[len(shipped):]
    return name


@dataclass(frozen=True)
class RuleSet:
    """A validated rule set; ``sections`` holds what parsers of later rooms returned."""

    name: str
    version: str
    source: str
    patrol: PatrolRules
    sections: dict[str, Any] = field(default_factory=dict)
    text: str = ""  # the file's text as read, for export and the editor
    digest: str = ""  # SHA-256 of the parsed content (comments and layout do not count)

    @property
    def assessment(self) -> AssessmentRules:
        value = self.sections["assessment"]
        assert isinstance(value, AssessmentRules)
        return value


def _parse_header(doc: dict[str, Any], c: Checker) -> dict[str, str]:
    head = c.table(doc, (), "ruleset", required=True)
    c.only(head, ("ruleset",), ("name", "version", "description"))
    return {
        "name": c.text(head, ("ruleset",), "name", None),
        "version": c.text(head, ("ruleset",), "version", None),
    }


# Section name -> parser.
SECTIONS: dict[str, Callable[[dict[str, Any], Checker], Any]] = {
    "ruleset": _parse_header,
    "patrol": parse_patrol,
    "assessment": parse_assessment,
    "waterquality": parse_waterquality,
}


def content_digest(doc: dict[str, Any]) -> str:
    """SHA-256 of a parsed rule set: the same figures give the same digest."""
    canonical = json.dumps(doc, sort_keys=True, ensure_ascii=False, default=str,
                           separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def parse_rules(text: str, source: str) -> RuleSet:
    """Validate a rule set's text; ``source`` (a file name) is used in messages."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        line = 1
        if "(at line " in message:
            try:
                line = int(message.rsplit("(at line ", 1)[1].split(",")[0])
            except ValueError:
                line = 1
            message = message.rsplit(" (at line ", 1)[0]
        elif "(at end of document)" in message:
            line = max(1, text.count("\n") + 1)
            message = message.replace(" (at end of document)", "")
        raise RuleSetError(source, [RuleProblem(line, "", translate(
            "Rules", "not valid TOML: {error}").format(error=message))]) from exc
    checker = Checker(source, key_lines(text))
    for key in doc:
        if key not in SECTIONS:
            checker.error((key,), translate(
                "Rules", "unknown section; expected one of: {names}").format(
                    names=", ".join(SECTIONS)))
    results = {name: parser(doc, checker) for name, parser in SECTIONS.items()}
    checker.raise_if_any()
    header = results.pop("ruleset")
    patrol = results.pop("patrol")
    return RuleSet(header["name"], header["version"], source, patrol, results, text,
                   content_digest(doc))


def load_rules(path: Path | str | None = None) -> RuleSet:
    """Load and validate a rule-set file (the shipped default when ``path`` is None)."""
    file = Path(path) if path is not None else resource_path("rules", DEFAULT_FILE)
    try:
        raw = file.read_bytes()
    except FileNotFoundError as exc:
        raise UserError(translate("Rules", "The rule-set file does not exist."),
                        where=str(file)) from exc
    except OSError as exc:
        raise UserError(translate("Rules", "Cannot read the rule-set file: {error}").format(
            error=exc.strerror or exc), where=str(file)) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(translate("Rules", "A rule-set file must be UTF-8 text."),
                        where=str(file)) from exc
    return parse_rules(text, file.name)


_default: RuleSet | None = None


def default_rules() -> RuleSet:
    """The shipped rule set, loaded once."""
    global _default
    if _default is None:
        _default = load_rules()
    return _default


def rules_in_force(store: Store) -> RuleSet:
    """The rule set the installation uses: the file named in its settings, else the default."""
    chosen = store.setting(RULES_SETTING)
    return load_rules(chosen) if chosen else default_rules()


def use_rules(store: Store, path: Path | str | None, *, actor: Actor) -> RuleSet:
    """Put a rule-set file in force (an administrator's choice; None: the shipped default).

    The file is validated first, so a file with mistakes is never put in force.
    """
    from riverchief.security import require

    require(actor, "settings.manage")
    rules = load_rules(path) if path is not None else default_rules()
    store.set_setting(RULES_SETTING, str(Path(path).resolve()) if path is not None else None)
    return rules
