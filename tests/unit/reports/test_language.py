"""A report made in English on a background thread leaves the rest of the app in Chinese."""

from __future__ import annotations

import threading

from riverchief import i18n


def test_using_language_is_per_thread() -> None:
    assert i18n.translate("Reports", "1. Summary") == "一、总体情况"
    seen: list[str] = []
    inside = threading.Event()
    release = threading.Event()

    def worker() -> None:
        with i18n.using_language("en"):
            seen.append(i18n.translate("Reports", "1. Summary"))
            seen.append(i18n.language())
            inside.set()
            release.wait(5)
        seen.append(i18n.translate("Reports", "1. Summary"))

    t = threading.Thread(target=worker)
    t.start()
    assert inside.wait(5)
    # while the worker is in English, this thread stays in Chinese
    assert i18n.translate("Reports", "1. Summary") == "一、总体情况"
    assert i18n.language() == "zh_CN"
    release.set()
    t.join(5)
    assert seen == ["1. Summary", "en", "一、总体情况"]


def test_none_changes_nothing() -> None:
    with i18n.using_language(None):
        assert i18n.translate("Reports", "1. Summary") == "一、总体情况"
