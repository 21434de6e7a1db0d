"""The rule editor (考核规则): the assessment part of the rule set as a form.

Evaluators change the period, indicators (on or off, maximum points, every deduction
figure), the grade bands, the bonus cap and the consequences; the form is checked by the
same parser as the file (every problem named), a preview scores the current period with
the edited rules beside the rules in force, and the TOML file stays the storage: export,
import, or put it in force (an administrator's choice).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from riverchief.errors import UserError
from riverchief.files import part_path
from riverchief.files import replace as replace_file
from riverchief.rules import shown_name

from ui.shell.context import AppContext
from ui.shell.folders import suggested
from ui.shell.jobs import start_job, task


def figure_label(key: str) -> str:
    """What a deduction figure of the rule set means, in the reader's language."""
    from riverchief.assessment.review import figure_label as label

    return label(key)


class RuleEditor(QWidget):
    """The assessment part of the rule set as a form: validate, preview, import, export."""

    rules_changed = Signal()
    previewed = Signal()

    def __init__(self, ctx: AppContext, page: Any) -> None:
        super().__init__()
        from riverchief.rules.assessment import GRADES, INDICATORS, grade_name

        self.setObjectName("ruleEditor")
        self.ctx = ctx
        self.page = page
        self.base = page.rules()
        self.last_preview: tuple[dict[str, int], dict[str, int]] | None = None
        self.fields: dict[tuple[str, str], QDoubleSpinBox] = {}
        self.enabled: dict[str, QCheckBox] = {}
        self.grade_boxes: dict[tuple[str, str], QCheckBox] = {}
        form_host = QWidget()
        form = QVBoxLayout(form_host)
        general = QGroupBox(self.tr("Period, grades and bonus"))
        gl = QFormLayout(general)
        self.period = QComboBox()
        self.period.setObjectName("rulePeriod")
        self.period.addItem(self.tr("quarter"), "quarter")
        self.period.addItem(self.tr("month"), "month")
        gl.addRow(self.tr("Assessment period"), self.period)
        for key, label in (("excellent", self.tr("Excellent from")),
                           ("good", self.tr("Good from")), ("pass", self.tr("Pass from")),
                           ("bonus_cap", self.tr("Bonus points at most"))):
            spin = self._spin(100)
            spin.setObjectName(f"rule_{key}")
            self.fields[("", key)] = spin
            gl.addRow(label, spin)
        form.addWidget(general)
        from riverchief.rules.assessment import indicator_name

        for key, (_mx, figures) in INDICATORS.items():
            box = QGroupBox(indicator_name(key))
            bl = QFormLayout(box)
            check = QCheckBox(self.tr("counts in the score"))
            check.setObjectName(f"enabled_{key}")
            self.enabled[key] = check
            bl.addRow(check)
            spin = self._spin(100)
            spin.setObjectName(f"rule_{key}_max_points")
            self.fields[(key, "max_points")] = spin
            bl.addRow(self.tr("Maximum points"), spin)
            for f in figures:
                spin = self._spin(float(f.maximum) if f.maximum is not None else 1000,
                                  float(f.minimum), f.integer)
                spin.setObjectName(f"rule_{key}_{f.key}")
                spin.setToolTip(f.key)
                self.fields[(key, f.key)] = spin
                bl.addRow(figure_label(f.key), spin)
            form.addWidget(box)
        q_box = QGroupBox(self.tr("Praise and accountability"))
        ql = QFormLayout(q_box)
        for field, label in (("praise_grades", self.tr("Public praise for")),
                             ("interview_grades", self.tr("Admonitory talk for")),
                             ("interview_running_grades",
                              self.tr("Admonitory talk when running for"))):
            row = QHBoxLayout()
            for g in GRADES:
                box = QCheckBox(grade_name(g))
                box.setObjectName(f"{field}_{g}")
                self.grade_boxes[(field, g)] = box
                row.addWidget(box)
            row.addStretch(1)
            ql.addRow(label, row)
        self.running = QSpinBox()
        self.running.setObjectName("ruleRunningPeriods")
        self.running.setRange(2, 12)
        ql.addRow(self.tr("Periods running"), self.running)
        self.criticise = QCheckBox(self.tr("Public criticism for an overdue supervision "
                                           "finding"))
        self.criticise.setObjectName("ruleCriticise")
        ql.addRow(self.criticise)
        form.addWidget(q_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        self.source = QLabel()
        self.source.setObjectName("ruleSource")
        self.source.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("ruleMessage")
        self.message.setWordWrap(True)
        self.preview_label = QLabel()
        self.preview_label.setObjectName("rulePreview")
        self.preview_label.setWordWrap(True)
        # read from the top of its box (it floated in the middle, under an empty band)
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.btn_preview = QPushButton(self.tr("Check and preview"))
        self.btn_preview.setObjectName("rulePreviewButton")
        self.btn_preview.clicked.connect(self.preview)
        self.btn_apply = QPushButton(self.tr("Use for the ranking"))
        self.btn_apply.setToolTip(self.tr("Score the ranking with these rules until the app "
                                          "is closed; the rules in force do not change."))
        self.btn_apply.clicked.connect(self.apply)
        self.btn_force = QPushButton(self.tr("Save and put in force…"))
        self.btn_force.setToolTip(self.tr("Save the rule set as a file and make it the rules "
                                          "in force (administrators)."))
        self.btn_force.clicked.connect(lambda: self.put_in_force())
        self.btn_reset = QPushButton(self.tr("Undo changes"))
        self.btn_reset.clicked.connect(lambda: self.load(self.base))
        self.btn_import = QPushButton(self.tr("Import…"))
        self.btn_import.clicked.connect(lambda: self.import_file())
        self.btn_export = QPushButton(self.tr("Export…"))
        self.btn_export.clicked.connect(lambda: self.export_file())
        buttons = QHBoxLayout()
        for b in (self.btn_preview, self.btn_apply, self.btn_force, self.btn_reset,
                  self.btn_import, self.btn_export):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        preview = QScrollArea()
        preview.setWidgetResizable(True)
        preview.setWidget(self.preview_label)
        preview.setMinimumHeight(130)
        layout.addWidget(scroll, 3)
        layout.addWidget(self.message)
        layout.addWidget(preview, 1)
        layout.addLayout(buttons)
        self.resize(640, 760)
        self.load(self.base)

    def _spin(self, maximum: float, minimum: float = 0, integer: bool = False
              ) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setDecimals(0 if integer else 2)
        spin.setRange(minimum, maximum)
        return spin

    def load(self, rules: Any) -> None:
        a = rules.assessment
        self.source.setText(self.tr("Rule set {name}, version {version} ({source})").format(
            name=shown_name(rules.name), version=rules.version, source=rules.source))
        self.period.setCurrentIndex(max(0, self.period.findData(a.period)))
        for k in ("excellent", "good", "pass"):
            self.fields[("", k)].setValue(float(a.bands[k]))
        self.fields[("", "bonus_cap")].setValue(float(a.bonus_cap))
        for key, ind in a.indicators.items():
            self.enabled[key].setChecked(ind.enabled)
            self.fields[(key, "max_points")].setValue(float(ind.max_points))
            for fk, v in ind.figures.items():
                self.fields[(key, fk)].setValue(float(v))
        q = a.consequences
        for (field, g), box in self.grade_boxes.items():
            box.setChecked(g in getattr(q, field))
        self.running.setValue(q.interview_running_periods)
        self.criticise.setChecked(q.criticise_overdue_findings)
        self.message.setText("")
        self.preview_label.setText("")

    def edited(self) -> Any:
        """The assessment rules as the form has them (not yet checked)."""
        from riverchief.rules.assessment import GRADES, ConsequenceRules

        def val(key: tuple[str, str]) -> Decimal:
            return Decimal(f"{self.fields[key].value():.2f}").normalize()

        a = self.base.assessment
        indicators = {
            key: replace(ind, max_points=val((key, "max_points")),
                         enabled=self.enabled[key].isChecked(),
                         figures={fk: val((key, fk)) for fk in ind.figures})
            for key, ind in a.indicators.items()}

        def grades(field: str) -> tuple[str, ...]:
            return tuple(g for g in GRADES if self.grade_boxes[(field, g)].isChecked())

        consequences = ConsequenceRules(
            praise_grades=grades("praise_grades"), interview_grades=grades("interview_grades"),
            interview_running_grades=grades("interview_running_grades"),
            interview_running_periods=self.running.value(),
            criticise_overdue_findings=self.criticise.isChecked())
        return replace(a, period=self.period.currentData(),
                       bands={k: val(("", k)) for k in ("excellent", "good", "pass")},
                       bonus_cap=val(("", "bonus_cap")), indicators=indicators,
                       consequences=consequences)

    def text(self) -> str:
        """The whole rule set as TOML with the form's assessment figures."""
        from riverchief.rules.assessment import replace_assessment

        return replace_assessment(self.base.text, self.edited())

    def parsed(self) -> Any:
        from riverchief.rules import parse_rules

        return parse_rules(self.text(), self.base.source)

    def check(self) -> Any:
        """The edited rule set, or None with every problem shown under the form."""
        try:
            rules = self.parsed()
        except UserError as exc:
            self.message.setText(str(exc))
            self.message.setStyleSheet("color: #c62828")
            self.preview_label.setText("")
            return None
        self.message.setText(self.tr("The rule set is valid (hash {digest}).").format(
            digest=rules.digest[:12]))
        self.message.setStyleSheet("color: #2e7d32")
        return rules

    def preview(self) -> bool:
        """Check the form; score the current period under both rule sets in the background
        and show how the grades would change."""
        rules = self.check()
        if rules is None:
            return False
        store = self.ctx.store
        if store is None:
            return True
        from riverchief.assessment import tasks

        current = self.page.rules()
        scope = self.page.scope()
        self.preview_label.setText(self.tr("Scoring {period} with both rule sets…").format(
            period=scope[0]))

        # both scored in a process of its own; the edited rules travel as their text
        work = task(tasks.preview, str(store.path), *scope, tasks.rules_arg(current),
                    tasks.rules_arg(rules), db=store.path)
        start_job(self, self.tr("Previewing the rule set"), work, self._show_preview,
                  on_error=lambda exc: self.preview_label.setText(str(exc)))
        return True

    def _show_preview(self, result: Any) -> None:
        from riverchief.rules.assessment import GRADES, grade_name

        before, after = result

        def counts(a: Any) -> dict[str, int]:
            out: dict[str, int] = {}
            for c in a.cards:
                if c.grade:
                    out[c.grade] = out.get(c.grade, 0) + 1
            return out

        b, a = counts(before), counts(after)
        self.last_preview = (b, a)
        old = {c.chief.id: c for c in before.cards}
        moved = [(old[c.chief.id], c) for c in after.cards
                 if c.chief.id in old and old[c.chief.id].grade != c.grade]
        lines = [self.tr("Grades in {period}: {changes}").format(
            period=after.period.label, changes=self.tr("; ").join(
                f"{grade_name(g)} {b.get(g, 0)} → {a.get(g, 0)}" for g in GRADES))]
        lines.append(self.tr("{n} of {total} chiefs change grade.").format(
            n=len(moved), total=len(after.cards)))
        from riverchief.assessment.review import rule_changes

        changes = rule_changes(before.rules, after.rules)
        if changes:  # what was edited, beside what it does
            lines.append(self.tr("Changed: {changes}").format(
                changes=self.tr("; ").join(changes)))
        for o, c in moved[:8]:
            lines.append("  " + self.tr("{name} ({code}): {before} {grade_before} → {after} "
                                        "{grade_after}").format(
                name=c.chief.name, code=c.chief.code, before=o.total,
                grade_before=o.grade_name, after=c.total, grade_after=c.grade_name))
        if len(moved) > 8:
            lines.append("  " + self.tr("… and {n} more (freeze a run of each rule set and "
                                        "compare them to see all)").format(n=len(moved) - 8))
        self.preview_label.setText("\n".join(lines))
        self.previewed.emit()

    def apply(self) -> None:
        rules = self.check()
        if rules is not None:
            self.page.use_rules(rules)
            self.rules_changed.emit()

    def export_file(self, path: str | None = None) -> Path | None:
        if self.check() is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the rule set"),
                                                  suggested("rules.toml"), "TOML (*.toml)")
        if not path:
            return None
        out = Path(path)
        try:
            tmp = part_path(out)  # refused first when Windows could not write the path
        except UserError as exc:
            self.message.setText(str(exc))
            self.message.setStyleSheet("color: #c62828")
            return None
        try:
            tmp.write_text(self.text(), encoding="utf-8")
            replace_file(tmp, out)
        except OSError as exc:
            self.message.setText(self.tr("Could not write {path}: {error}").format(
                path=out, error=exc.strerror or exc))
            self.message.setStyleSheet("color: #c62828")
            return None
        finally:
            tmp.unlink(missing_ok=True)
        self.message.setText(self.tr("Exported to {path}.").format(path=out))
        return out

    def import_file(self, path: str | None = None) -> bool:
        from riverchief.rules import load_rules

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a rule set"), "",
                                                  "TOML (*.toml)")
        if not path:
            return False
        try:
            rules = load_rules(path)
        except UserError as exc:
            self.message.setText(str(exc))
            self.message.setStyleSheet("color: #c62828")
            return False
        self.base = rules
        self.load(rules)
        self.message.setText(self.tr("Imported {path}: check the preview, then use it.").format(
            path=path))
        self.message.setStyleSheet("")
        return True

    def put_in_force(self, path: str | None = None) -> bool:
        """Save the edited rule set to a file and make it the rules in force."""
        from riverchief.rules import use_rules

        from ui.assessment.common import signed_in

        if self.check() is None or self.ctx.store is None:
            return False
        actor = signed_in(self, self.ctx)
        if actor is None:
            return False
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the rule set"),
                                                  suggested("rules.toml"), "TOML (*.toml)")
        if not path:
            return False
        try:
            from riverchief.security import require

            require(actor, "settings.manage")
            out = self.export_file(path)
            if out is None:
                return False
            rules = use_rules(self.ctx.store, out, actor=actor)
        except UserError as exc:
            self.message.setText(str(exc))
            self.message.setStyleSheet("color: #c62828")
            return False
        self.base = rules
        self.load(rules)
        self.message.setText(self.tr("{path} is now the rule set in force.").format(path=path))
        self.page.use_rules(rules)
        self.rules_changed.emit()
        return True
