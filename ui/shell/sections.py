"""The navigation sections of the main window.

Each room of the UI contributes a :class:`Section` in its own module, listed in
:data:`SECTION_MODULES` (explicit so that a frozen build finds them). The navigation pane
shows only the sections that exist and are available to the signed-in user.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from ui.shell.context import AppContext

SECTION_MODULES = [
    "ui.shell.home",
    "ui.patrols",
    "ui.exchange.page",
    "ui.registry.waters_page",
    "ui.registry.chiefs_page",
    "ui.registry.lists_page",
    "ui.waterquality",
    "ui.security.account_page",
    "ui.assessment",
    "ui.reports",
    "ui.ledgers",
]


@dataclass(frozen=True)
class Section:
    key: str
    title: Callable[[], str]  # called at display time, so it follows the language
    factory: Callable[[AppContext], QWidget]
    order: int = 100
    available: Callable[[AppContext], bool] = lambda ctx: ctx.store is not None


def all_sections() -> list[Section]:
    found = []
    for name in SECTION_MODULES:
        module = importlib.import_module(name)
        found.extend(getattr(module, "SECTIONS", []))
    return sorted(found, key=lambda s: s.order)
