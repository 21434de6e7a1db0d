"""The shell: main window, first-run choice, background jobs, language, fonts, errors."""

from ui.shell.pyside_fix import guard as _guard_emit

_guard_emit()  # before any signal is emitted: see ui/shell/pyside_fix.py
