"""Judging patrols again with the rule set in force (the evaluator's installation never
trusts a verdict it did not compute): how many are waiting, then the work in the background
with progress and cancel; the result is shown in the dialog, not in a message box."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from riverchief.errors import UserError

from ui.patrols.common import current_actor
from ui.shell.context import AppContext


def may_judge(actor: Any) -> bool:
    """Evaluators (and administrators) judge patrols again; chiefs never do."""
    return actor is not None and (actor.role == "evaluator" or actor.is_admin)


class JudgeDialog(QDialog):
    """Count the patrols not judged here with the rule set in force, and judge them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("judgeDialog")
        self.setWindowTitle(self.tr("Judge patrols again"))
        self.resize(560, 300)
        self.job: Any = None
        self.last: Any = None  # the last result (a count or a Recomputed)
        layout = QVBoxLayout(self)
        self.rules = QLabel()
        self.rules.setObjectName("judgeRules")
        self.rules.setWordWrap(True)
        layout.addWidget(self.rules)
        form = QFormLayout()
        self.period = QLineEdit()
        self.period.setObjectName("judgePeriod")
        self.period.setPlaceholderText(self.tr("e.g. 2026, 2026Q3 or 2026-07 (empty: all)"))
        form.addRow(self.tr("Patrols of"), self.period)
        self.all = QCheckBox(self.tr("Also patrols already judged here with these rules"))
        self.all.setObjectName("judgeAll")
        form.addRow("", self.all)
        layout.addLayout(form)
        self.status = QLabel()
        self.status.setObjectName("judgeStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.count_button = QPushButton(self.tr("Count"))
        self.count_button.setObjectName("judgeCount")
        self.judge_button = QPushButton(self.tr("Judge again"))
        self.judge_button.setObjectName("judgeRun")
        buttons.addButton(self.count_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.judge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.count_button.clicked.connect(self.count)
        self.judge_button.clicked.connect(self.judge)
        self.period.textChanged.connect(lambda _t: self.status.clear())
        self.all.toggled.connect(lambda _on: self.status.clear())
        store = ctx.store
        if store is not None:
            from riverchief.patrols.service import ruleset_label
            from riverchief.rules import rules_in_force

            try:
                label = ruleset_label(rules_in_force(store))
            except UserError as exc:  # the chosen rule-set file went missing or bad
                label = str(exc)
            self.rules.setText(self.tr(
                "Rule set in force: {rules}. Patrols that arrived from chiefs' laptops, were "
                "corrected since, or were judged under other rules get this installation's "
                "own verdict; the chiefs' records themselves are not changed.").format(
                    rules=label))

    def _selection(self) -> Any:
        from riverchief.patrols import Selection
        from riverchief.periods import parse_period

        text = self.period.text().strip()
        period = parse_period(text) if text else None
        return Selection(period=(period.start, period.end) if period else None,
                         stale_only=not self.all.isChecked())

    def _start(self, title: str, work: Any, done: Any) -> None:
        from ui.shell.jobs import start_job

        self.count_button.setEnabled(False)
        self.judge_button.setEnabled(False)
        self.status.setText(self.tr("Working…"))
        self.job = start_job(self, title, work, done, on_error=self._failed,
                             on_cancel=self._cancelled)

    def _idle(self) -> None:
        self.job = None
        self.count_button.setEnabled(True)
        self.judge_button.setEnabled(True)

    def count(self) -> None:
        store, actor = self.ctx.store, current_actor(self.ctx)
        if store is None:
            return
        try:
            sel = self._selection()
        except UserError as exc:
            self.status.setText(str(exc))
            return
        from ui.patrols.tasks import count_unjudged
        from ui.shell.jobs import task

        self._start(self.tr("Counting patrols"),
                    task(count_unjudged, str(store.path), actor, sel, db=store.path),
                    self._counted)

    def _counted(self, n: int) -> None:
        self._idle()
        self.last = n
        self.status.setText(self.tr("{n} patrols have no verdict of this installation with the "
                                    "rule set in force.").format(n=f"{n:,}"))

    def judge(self) -> None:
        store, actor = self.ctx.store, current_actor(self.ctx)
        if store is None:
            return
        try:
            sel = self._selection()
        except UserError as exc:
            self.status.setText(str(exc))
            return
        from ui.patrols.tasks import judge_patrols
        from ui.shell.jobs import task

        # in a process of its own: judging is CPU-heavy Python (see ui/shell/jobs.py)
        self._start(self.tr("Judging patrols"),
                    task(judge_patrols, str(store.path), actor, sel, db=store.path),
                    self._judged)

    def _judged(self, result: Any) -> None:
        from ui.patrols.list_model import verdict_text

        self._idle()
        self.last = result
        lines = [self.tr("{judged} patrols judged with {rules}: {changed} verdicts changed.")
                 .format(judged=f"{result.judged:,}", rules=result.ruleset,
                         changed=f"{result.changed:,}")]
        for (before, after), n in sorted(result.transitions.items()):
            lines.append(self.tr("{before} → {after}: {n}").format(
                before=verdict_text(before), after=verdict_text(after), n=f"{n:,}"))
        self.status.setText("\n".join(lines))
        if result.changed:
            self.ctx.notify({"patrol"})

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        if isinstance(exc, UserError):
            self.status.setText(str(exc))
        else:
            from ui.shell.errors import show_error

            show_error(self, self.windowTitle(), exc)

    def _cancelled(self) -> None:
        self._idle()
        self.status.setText(self.tr(
            "Stopped. The patrols judged so far keep their new verdicts; count again to see "
            "how many are left."))
        self.ctx.notify({"patrol"})

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()  # the batch under way finishes; the rest is left for later
        super().reject()
