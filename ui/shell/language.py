"""Qt translators for the chosen language; switching applies at once, without losing work.

The UI loads every compiled catalog ``resources/translations/*.<lang>.qm``; the core's
``riverchief.i18n`` reads the same catalogs' ``.ts`` sources. Widgets react to
``QEvent.LanguageChange`` by re-setting their texts (``retranslate()``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from riverchief import i18n

SETTING_KEY = "ui/language"
_installed: list[QTranslator] = []


def saved_language() -> str:
    value = QSettings().value(SETTING_KEY, i18n.DEFAULT_LANGUAGE)
    return str(value) if str(value) in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE


def apply_language(language: str, *, save: bool = False) -> None:
    """Install the translators of ``language`` (``zh_CN`` or ``en``) and tell the core."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    i18n.set_language(language)
    if language != "en":
        folder = i18n.translations_dir()
        for qm in sorted(folder.glob(f"*.{language}.qm")):
            translator = QTranslator(app)
            if translator.load(str(qm)):
                app.installTranslator(translator)
                _installed.append(translator)
        qt_base = QTranslator(app)
        # Qt's own strings (standard buttons) when the wheel ships them.
        from PySide6.QtCore import QLibraryInfo

        if qt_base.load(QLocale(language), "qtbase", "_",
                        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_base)
            _installed.append(qt_base)
    QLocale.setDefault(QLocale(language if language != "en" else "en_US"))
    if save:
        QSettings().setValue(SETTING_KEY, language)
