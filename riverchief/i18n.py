"""Translations for the core, read from the same Qt ``.ts`` catalogs the UI compiles to ``.qm``.

There is one translation system: Qt's. Source strings are English; each room of the app
has a catalog ``resources/translations/<room>.zh_CN.ts`` that ``pyside6-lupdate`` keeps
up to date (``python tools/i18n.py update``). The UI loads the compiled ``.qm`` files
with ``QTranslator``; the core, which must not import Qt, reads the ``.ts`` XML here.
``translate("Context", "text")`` is found by ``lupdate`` like ``QCoreApplication.translate``.

Chinese (``zh_CN``) is the default language; English (``en``) shows the source strings.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from riverchief.paths import resource_path

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = {"zh_CN": "中文", "en": "English"}
LANG_ENV = "RIVERCHIEF_LANG"

_lock = threading.Lock()
_local = threading.local()
_language = os.environ.get(LANG_ENV, DEFAULT_LANGUAGE)
_catalogs: dict[str, dict[tuple[str, str], str]] = {}


def translations_dir() -> Path:
    return resource_path("translations")


def _load(language: str) -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ET

    catalog: dict[tuple[str, str], str] = {}
    for ts in sorted(translations_dir().glob(f"*.{language}.ts")):
        root = ET.parse(ts).getroot()
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                source = message.findtext("source", "")
                node = message.find("translation")
                if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                if node.text:
                    catalog[(name, source)] = node.text
    return catalog


def set_language(language: str) -> None:
    """Switch the core's language (``zh_CN`` or ``en``); unknown codes fall back to English."""
    global _language
    with _lock:
        _language = language if language in LANGUAGES else "en"


def language() -> str:
    return getattr(_local, "language", None) or _language


@contextmanager
def using_language(language: str | None) -> Iterator[None]:
    """Translate in ``language`` on this thread only while the block runs (a report made
    in English in the background while the window stays in Chinese); None: no change."""
    before = getattr(_local, "language", None)
    if language is not None:
        _local.language = language if language in LANGUAGES else "en"
    try:
        yield
    finally:
        _local.language = before


def translate(context: str, text: str) -> str:
    """``text`` in the current language; the English source when no translation exists."""
    lang = getattr(_local, "language", None) or _language
    if lang == "en":
        return text
    catalog = _catalogs.get(lang)
    if catalog is None:
        with _lock:
            catalog = _catalogs.get(lang)
            if catalog is None:
                catalog = _load(lang)
                _catalogs[lang] = catalog
    return catalog.get((context, text), text)


def reload() -> None:
    """Forget loaded catalogs (after ``tools/i18n.py update`` in a running test)."""
    with _lock:
        _catalogs.clear()
