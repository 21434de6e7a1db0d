"""The chief's home page: what is due, what is overdue, this period's count against the
required one, and the chief's open problems with their deadlines."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from riverchief.patrols.taxonomy import category_name

from ui.patrols.common import current_actor
from ui.shell.context import AppContext


class ChiefHomePage(QWidget):
    def __init__(self, ctx: AppContext, today: date | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.today = today
        self.setObjectName("chiefHome")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.chief = QComboBox()
        self.chief.setObjectName("homeChief")
        top.addWidget(self.heading, 1)
        top.addWidget(self.chief)
        layout.addLayout(top)
        # a patrol filled in but not submitted: it counts for nothing until it is sent
        self.draft_banner = QFrame()
        self.draft_banner.setObjectName("homeDraftBanner")
        self.draft_banner.setStyleSheet("QFrame#homeDraftBanner { background: #fff4d6; border: "
                                        "1px solid #e0b84c; border-radius: 4px; }")
        bl = QHBoxLayout(self.draft_banner)
        self.draft_text = QLabel()
        self.draft_text.setObjectName("homeDraftText")
        self.draft_text.setWordWrap(True)
        self.continue_draft = QPushButton()
        self.continue_draft.setObjectName("homeContinueDraft")
        bl.addWidget(self.draft_text, 1)
        bl.addWidget(self.continue_draft)
        self.draft_banner.hide()
        layout.addWidget(self.draft_banner)
        self.due_box = QGroupBox()
        dv = QVBoxLayout(self.due_box)
        self.due = QLabel()
        self.due.setObjectName("dueText")
        self.due.setWordWrap(True)
        self.due.setStyleSheet("font-size: 12pt;")
        self.segments = QLabel()
        self.segments.setWordWrap(True)
        dv.addWidget(self.due)
        dv.addWidget(self.segments)
        layout.addWidget(self.due_box)
        self.problems_box = QGroupBox()
        pv = QVBoxLayout(self.problems_box)
        self.problems = QListWidget()
        self.problems.setObjectName("openProblems")
        pv.addWidget(self.problems)
        layout.addWidget(self.problems_box, 1)
        buttons = QHBoxLayout()
        self.new_patrol = QPushButton()
        self.new_patrol.setObjectName("newPatrol")
        self.all_patrols = QPushButton()
        buttons.addWidget(self.new_patrol)
        buttons.addWidget(self.all_patrols)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.new_patrol.clicked.connect(lambda: self._go("patrol_form"))
        self.continue_draft.clicked.connect(lambda: self._go("patrol_form"))
        self.all_patrols.clicked.connect(lambda: self._go("patrols"))
        self.chief.currentIndexChanged.connect(lambda _i: self.refresh())
        ctx.database_changed.connect(self.attach)
        ctx.data_changed.connect(self._data_changed)  # a method: disconnected when deleted
        self.attach()

    def _data_changed(self, tables: set[str]) -> None:
        if tables & {"patrol", "problem", "assignment"}:
            self.refresh()

    def _go(self, key: str) -> None:
        window = self.window()
        if hasattr(window, "show_section") and key in window.section_keys():
            window.show_section(key)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        # drafts are saved as the chief types (no data_changed): look again when shown
        self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    def attach(self) -> None:
        store = self.ctx.store
        self.chief.blockSignals(True)
        self.chief.clear()
        actor = current_actor(self.ctx) if store is not None else None
        if store is not None:
            if actor is not None and actor.role == "chief":
                rows = list(store.db.query("SELECT id, code, name FROM chief WHERE id = ?",
                                           [actor.chief_id]))
            else:
                rows = list(store.db.query(
                    "SELECT id, code, name FROM chief WHERE deleted_at IS NULL ORDER BY code"
                    " LIMIT 5000"))
            for r in rows:
                self.chief.addItem(f"{r['name']} ({r['code']})", r["id"])
        self.chief.setVisible(self.chief.count() > 1)
        self.chief.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        self.heading.setText(self.tr("My patrols"))
        self.due_box.setTitle(self.tr("Patrol duty"))
        self.problems_box.setTitle(self.tr("My open problems"))
        self.new_patrol.setText(self.tr("New patrol"))
        self.all_patrols.setText(self.tr("All my patrols"))
        self.continue_draft.setText(self.tr("Continue it"))
        store = self.ctx.store
        chief_id = self.chief.currentData()
        self.problems.clear()
        self._show_drafts(chief_id)
        if store is None or not chief_id:
            self.due.setText(self.tr("No river chief to show."))
            self.segments.clear()
            return
        from riverchief.patrols.due import due_status, open_problems
        from riverchief.rules.patrol import period_name

        today = self.today or date.today()
        s = due_status(store, chief_id, today)
        if s is None:
            self.due.setText(self.tr("The rule set has no patrol duty for this level."))
            self.segments.clear()
        else:
            lines = []
            if not s.active:
                lines.append(self.tr("No patrols are required this {period}.").format(
                    period=period_name(s.per)))
            else:
                colour = "#2e7d32" if s.met else "#b26a00"
                lines.append(self.tr("This {period} ({start} – {end}): <b style='color:{colour}'>"
                                     "{done} of {required}</b> patrol(s) done.").format(
                    period=period_name(s.per), start=s.period_start.isoformat(),
                    end=s.period_end.isoformat(), colour=colour, done=s.done,
                    required=s.required))
            if s.invalid:
                lines.append(self.tr("{n} invalid patrol(s) this period do not count.").format(
                    n=s.invalid))
            if s.overdue:
                lines.append("<b style='color:#c62828'>" + self.tr(
                    "Missed: last {period}'s required patrols were not all done.").format(
                        period=period_name(s.per)) + "</b>")
            if s.next_due is not None:
                days = (s.next_due - today).days
                if days < 0:
                    lines.append("<b style='color:#c62828'>" + self.tr(
                        "The next patrol was due on {date}: {days} day(s) overdue.").format(
                            date=s.next_due.isoformat(), days=-days) + "</b>")
                elif days == 0:
                    lines.append(self.tr("Next patrol due <b>today</b> ({date}).").format(
                        date=s.next_due.isoformat()))
                else:
                    lines.append(self.tr("Next patrol due by <b>{date}</b> ({days} day(s) left).")
                                 .format(date=s.next_due.isoformat(), days=days))
            self.due.setText("<br>".join(lines))
            self.segments.setText(self.tr("Segments: {list}").format(list="; ".join(
                self.tr("{segment} ({n} patrol(s) this {period})").format(
                    segment=f"{x.segment_code} {x.segment_name}", n=x.done,
                    period=period_name(s.per)) for x in s.segments) or "—"))
        found = open_problems(store, chief_id, today)
        for prob in found:
            deadline = prob.deadline or self.tr("no deadline yet")
            text = self.tr("{found} · {segment} · {category} · {description} · deadline: "
                           "{deadline}").format(
                found=prob.found_at[:10], segment=prob.segment_code or "—",
                category=category_name(prob.category), description=prob.description,
                deadline=deadline)
            if not prob.mine:
                text += " · " + self.tr("found by others on your segment")
            item = QListWidgetItem(text)
            if prob.overdue(today):
                item.setText(text + " · " + self.tr("overdue"))
                item.setForeground(QBrush(QColor("#c62828")))
            item.setToolTip(prob.code)
            self.problems.addItem(item)
        if not found:
            self.problems.addItem(self.tr("No open problems."))

    def _show_drafts(self, chief_id: str | None) -> None:
        """Say when the signed-in user left patrols of this chief unsubmitted."""
        store = self.ctx.store
        actor = current_actor(self.ctx) if store is not None else None
        found = []
        if store is not None and actor is not None and chief_id:
            from riverchief.patrols import drafts

            found = [d for d in drafts(store, actor) if d.chief_id == chief_id]
        self.draft_banner.setVisible(bool(found))
        if not found:
            return
        newest = found[0]
        when = newest.updated_at[:16].replace("T", " ")
        day = str(newest.content.get("start") or "")[:16].replace("T", " ")
        if len(found) == 1:
            text = self.tr("The patrol of {day} was filled in but not submitted (last saved "
                           "{when}); it does not count until it is submitted.").format(
                day=day or "—", when=when)
        else:
            text = self.tr("{n} patrols were filled in but not submitted (the last saved "
                           "{when}); they do not count until they are submitted.").format(
                n=len(found), when=when)
        self.draft_text.setText(text)
