"""The main window: navigation pane, pages, menus and the database path in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSettings, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from riverchief.errors import UserError

from ui.shell.context import AppContext
from ui.shell.folders import suggested
from ui.shell.sections import Section, all_sections

DB_FILTER = "RiverChief (*.db *.sqlite);;*"
NAV_MIN, NAV_WIDE, NAV_MAX = 150, 220, 280  # the navigation pane's width, pixels


class _Unbuilt(QWidget):
    """A section's place in the pages until it is first shown."""

    def __init__(self, section: Section) -> None:
        super().__init__()
        self.section = section


class MainWindow(QMainWindow):
    first_painted = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.sync_warning: object = None  # the box saying the file is in OneDrive, if open
        self._painted = False
        self.setObjectName("mainWindow")
        self.setMinimumSize(760, 520)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(NAV_WIDE)
        self.nav.setMinimumWidth(NAV_MIN)
        self.nav.setStyleSheet(
            "QListWidget#navigation { font-size: 11pt; }"
            "QListWidget#navigation::item { padding: 8px 10px; }"
        )
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        # Horizontal is QSplitter's default; the Qt namespace (16 ms of enums) is left
        # unloaded until after the first paint.
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        self.db_label = QLabel()
        self.db_label.setObjectName("dbPath")
        self.statusBar().addPermanentWidget(self.db_label)
        self.nav.currentRowChanged.connect(self._show_row)
        self._sections: list[Section] = []
        self._build_actions()
        self.retranslate()
        ctx.database_changed.connect(self.rebuild_sections)
        ctx.actor_changed.connect(self.rebuild_sections)
        self.rebuild_sections()
        self._restore_geometry()
        from ui.shell.backups import BackupKeeper

        self.backups = BackupKeeper(self, ctx)  # the daily backup while the app is used

    # --- actions and menus ------------------------------------------------------------
    def _build_actions(self) -> None:
        self.act_new = QAction(self)
        self.act_new.triggered.connect(self.new_database)
        self.act_open = QAction(self)
        self.act_open.triggered.connect(self.open_database)
        self.act_backup = QAction(self)
        self.act_backup.triggered.connect(self.backup_database)
        self.act_restore = QAction(self)
        self.act_restore.setObjectName("actionRestore")
        self.act_restore.triggered.connect(self.restore_database)
        self.act_quit = QAction(self)
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.act_quit.triggered.connect(self.close)
        self.act_settings = QAction(self)
        self.act_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.act_settings.triggered.connect(self.show_settings)
        self.act_about = QAction(self)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.act_about.triggered.connect(self.show_about)
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.setObjectName("menuFile")
        for act in (self.act_new, self.act_open):
            self.menu_file.addAction(act)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_backup)
        self.menu_file.addAction(self.act_restore)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_tools = bar.addMenu("")
        self.menu_tools.addAction(self.act_settings)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_about)

    def install_shortcuts(self) -> None:
        """Standard shortcuts; set just after the first paint (they load Qt's key enums)."""
        self.act_new.setShortcut(QKeySequence.StandardKey.New)
        self.act_open.setShortcut(QKeySequence.StandardKey.Open)
        self.act_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.act_settings.setShortcut(QKeySequence.StandardKey.Preferences)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("RiverChief 河长巡河"))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_tools.setTitle(self.tr("&Tools"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_new.setText(self.tr("&New database…"))
        self.act_open.setText(self.tr("&Open database…"))
        self.act_backup.setText(self.tr("&Back up now"))
        self.act_restore.setText(self.tr("&Restore from backup…"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_settings.setText(self.tr("&Settings…"))
        self.act_about.setText(self.tr("&About RiverChief"))
        for row, section in enumerate(self._sections):
            item = self.nav.item(row)
            if item is not None:
                item.setText(section.title())
        self._fit_navigation()
        path = self.ctx.db_path
        self.db_label.setText(
            self.tr("Database: {path}").format(path=path) if path else self.tr("No database open")
        )
        self.act_backup.setEnabled(path is not None)
        self.act_restore.setEnabled(path is not None)

    def _fit_navigation(self) -> None:
        """Wide enough for the longest section title in this language (English ones are
        longer), within bounds."""
        self.nav.ensurePolished()  # the style sheet's font and padding count
        wanted = max(NAV_MIN, min(NAV_MAX, self.nav.sizeHintForColumn(0)
                                  + 2 * self.nav.frameWidth() + 8))
        self.nav.setMinimumWidth(wanted)
        self.nav.setMaximumWidth(max(wanted, NAV_WIDE))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- sections -----------------------------------------------------------------------
    def rebuild_sections(self) -> None:
        current = self.current_section_key()
        while self.pages.count():
            page = self.pages.widget(0)
            self.pages.removeWidget(page)
            page.deleteLater()
        self.nav.clear()
        # Every section needs an open database; without one, the section modules (and the
        # libraries they load) are not imported at all — start-up paints the shell first.
        self._sections = ([] if self.ctx.store is None
                          else [s for s in all_sections() if s.available(self.ctx)])
        # A page is built when it is first shown: opening a province's file built all
        # fifteen, reading every list, and froze the window for 1.8 s
        for section in self._sections:
            holder = _Unbuilt(section)
            holder.setProperty("sectionKey", section.key)
            self.pages.addWidget(holder)
            self.nav.addItem(QListWidgetItem(section.title()))
        keys = [s.key for s in self._sections]
        self.nav.setCurrentRow(keys.index(current) if current in keys else 0)
        self.retranslate()

    def _show_row(self, row: int) -> None:
        if 0 <= row < self.pages.count():
            self.page_at(row)
        self.pages.setCurrentIndex(row)

    def page_at(self, row: int) -> QWidget:
        """The page of the section in ``row``, built now if it never was."""
        widget = self.pages.widget(row)
        if not isinstance(widget, _Unbuilt):
            return widget
        page = widget.section.factory(self.ctx)
        page.setProperty("sectionKey", widget.section.key)
        self.pages.insertWidget(row, page)
        self.pages.removeWidget(widget)
        widget.deleteLater()
        return page

    def current_section_key(self) -> str | None:
        row = self.nav.currentRow()
        return self._sections[row].key if 0 <= row < len(self._sections) else None

    def section_keys(self) -> list[str]:
        return [s.key for s in self._sections]

    def show_section(self, key: str) -> QWidget:
        row = self.section_keys().index(key)
        page = self.page_at(row)
        self.nav.setCurrentRow(row)
        return page

    # --- file actions -----------------------------------------------------------------
    def new_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), suggested("riverchief.db"), DB_FILTER
        )
        if path:
            if Path(path).exists():
                QMessageBox.warning(self, self.tr("New database"),
                                    self.tr("The file already exists; choose a new name."))
                return
            self._open(Path(path), create=True)

    def open_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), suggested(), DB_FILTER
        )
        if path:
            self._open(Path(path))

    def _open(self, path: Path, *, create: bool = False,
              failed: Callable[[], None] | None = None) -> None:
        """Open ``path`` (``failed`` is called when it could not be). A file of an older
        version is first brought up to date in a process of its own, with a progress
        dialog: a migration of a province's patrols takes minutes."""

        def refused(exc: BaseException) -> None:
            self._open_failed(exc)
            if failed is not None:
                failed()

        try:
            if self.ctx.open(path, create=create, migrate=create) is not None:
                QSettings().setValue("ui/last_db", str(path))
                self._warn_about_folder(path)
                return
            from riverchief.db.location import is_network_path
            from riverchief.db.lock import acquire

            # held while the file is migrated: another window is told, as for an open file
            lock = acquire(path, purpose="migration", network=is_network_path(path))
        except UserError as exc:
            refused(exc)
            return
        from ui.shell.jobs import start_job, task
        from ui.shell.tasks import update_database

        def updated(_backups: object) -> None:
            try:
                self.ctx.open(path)  # up to date now: nothing left to migrate
            except UserError as exc:
                refused(exc)
                return
            finally:
                lock.release()  # the open store holds its own
            QSettings().setValue("ui/last_db", str(path))
            self._warn_about_folder(path)

        def not_updated(exc: BaseException) -> None:
            lock.release()
            refused(exc)

        def cancelled() -> None:
            lock.release()
            if failed is not None:
                failed()

        start_job(self, self.tr("Updating the database to this version"),
                  task(update_database, str(path), db=path), updated,
                  on_error=not_updated, on_cancel=cancelled)

    def _warn_about_folder(self, path: Path) -> None:
        """A database in a folder OneDrive (or another sync client) copies: said once the
        window shows it (ui.shell.sync_warning)."""
        from ui.shell.sync_warning import warn_if_synced

        self.sync_warning = warn_if_synced(self, path)

    def _open_failed(self, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        if isinstance(exc, UserError):
            QMessageBox.warning(self, self.tr("Open database"), str(exc))
            return
        from ui.shell.errors import show_error

        show_error(self, self.tr("Open database"), exc)

    def backup_database(self) -> None:
        """File → Back up now: the copy is written in the background, on its own connection
        (a province's file takes many seconds to copy)."""
        store = self.ctx.store
        if store is None:
            return
        from ui.shell.jobs import start_job

        db_path = store.path

        def work(progress: object) -> Path:
            from riverchief.db import backup_now, open_store

            with open_store(db_path) as own:
                return backup_now(own)

        start_job(self, self.tr("Back up"), work, self._backed_up,
                  on_error=self._backup_failed)

    def _backed_up(self, dest: Path) -> None:
        self.statusBar().showMessage(self.tr("Backup written to {path}").format(path=dest), 8000)

    def _backup_failed(self, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        if isinstance(exc, (UserError, OSError)):  # a full disk, a folder not writable
            QMessageBox.warning(self, self.tr("Back up"), str(exc))
            return
        from ui.shell.errors import show_error

        show_error(self, self.tr("Back up"), exc)

    def restore_database(self) -> None:
        from ui.shell.backups import restore_from_backup

        restore_from_backup(self, self.ctx)

    def show_settings(self) -> None:
        from ui.shell.settings_dialog import SettingsDialog

        SettingsDialog(self).exec()

    def show_about(self) -> None:
        from ui.shell.about import show_about

        show_about(self)

    # --- window state -------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("ui/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 780)
        state = settings.value("ui/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        settings = QSettings()
        settings.setValue("ui/geometry", self.saveGeometry())
        settings.setValue("ui/state", self.saveState())
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self.install_shortcuts)
