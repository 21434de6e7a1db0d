"""The dashboard of a period (考核看板): the figures a district leader quotes, as cards, and
the distribution of grades as a chart."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.assessment.common import FigureCard, canvas


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{x:.1f}%"


class DashboardView(QWidget):
    """Cards for patrol compliance, problems, water quality and complaints; grades chart."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("assessmentDashboard")
        self.figures: Any = None
        self.chart_figure: Any = None
        self.heading = QLabel(self.tr("Compute the ranking to see the period's figures."))
        self.heading.setObjectName("dashboardHeading")
        self.heading.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.cards = {
            "chiefs": FigureCard("chiefs", self.tr("Chiefs assessed")),
            "patrols": FigureCard("patrols", self.tr("Patrol compliance rate")),
            "found": FigureCard("found", self.tr("Problems found")),
            "closed": FigureCard("closed", self.tr("Problems closed")),
            "overdue": FigureCard("overdue", self.tr("Problems overdue at the period's end")),
            "attained": FigureCard("attained", self.tr("Section-months meeting the target")),
            "worst": FigureCard("worst", self.tr("Section-months worse than class V (劣V)")),
            "complaints": FigureCard("complaints", self.tr("Complaints")),
        }
        grid = QGridLayout()
        grid.setSpacing(10)
        for n, card in enumerate(self.cards.values()):
            grid.addWidget(card, n // 4, n % 4)
        self.chart_host = QHBoxLayout()
        self.grades = QLabel()
        self.grades.setObjectName("dashboardGrades")
        self.grades.setWordWrap(True)
        self.chart_host.addWidget(self.grades)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addLayout(self.chart_host, 1)

    def card_value(self, key: str) -> str:
        return self.cards[key].value.text()

    def card_detail(self, key: str) -> str:
        return self.cards[key].detail.text()

    def show_figures(self, f: Any, heading: str, chart: Any) -> None:
        """Show the :class:`~riverchief.assessment.dashboard.Figures` of a period."""
        from riverchief.rules.assessment import GRADES, grade_name

        self.figures = f
        self.heading.setText(heading)
        c = self.cards
        c["chiefs"].set(str(f.chiefs), self.tr("with an assignment in the period"))
        rate = f.patrol_rate
        c["patrols"].set(_pct(rate), self.tr("{counted} of {required} required patrols "
                                             "counted").format(counted=f.patrols_counted,
                                                               required=f.patrols_required),
                         None if rate is None else "#2e7d32" if rate >= 95 else
                         "#ef6c00" if rate >= 80 else "#c62828")
        c["found"].set(str(f.problems_found), self.tr("in the period"))
        share = (100.0 * f.problems_closed / f.problems_found) if f.problems_found else None
        c["closed"].set(str(f.problems_closed), self.tr("closed in the period ({share} of "
                                                        "those found)").format(
                                                            share=_pct(share)))
        c["overdue"].set(str(f.problems_overdue), self.tr("past the deadline, not fixed"),
                         "#c62828" if f.problems_overdue else "#2e7d32")
        c["attained"].set(_pct(f.attained_share), self.tr(
            "{n} of {total} section-months").format(n=f.section_months_attained,
                                                    total=f.section_months))
        c["worst"].set(_pct(f.worse_than_v_share), self.tr(
            "{n} of {total} section-months").format(n=f.section_months_worse_than_v,
                                                    total=f.section_months),
                       "#c62828" if f.section_months_worse_than_v else None)
        if f.complaints is None:
            c["complaints"].set("-", self.tr("the app keeps no complaints yet"))
        else:
            prev = f.complaints_previous or 0
            diff = f.complaints - prev
            arrow = "▲" if diff > 0 else "▼" if diff < 0 else "="
            c["complaints"].set(str(f.complaints), self.tr(
                "previous period {previous} ({arrow} {diff:+d})").format(
                    previous=prev, arrow=arrow, diff=diff),
                "#c62828" if diff > 0 else None)
        total = sum(f.grades.values())
        self.grades.setText("\n".join(
            [self.tr("Grades:")] + [self.tr("{grade}: {n} ({share})").format(
                grade=grade_name(g), n=f.grades.get(g, 0),
                share=_pct(100.0 * f.grades.get(g, 0) / total if total else None))
                for g in GRADES]))
        self._drop_chart()
        self.chart_figure = chart
        if chart is not None:
            widget = canvas(chart, 260)
            widget.setMaximumWidth(760)
            self.chart_host.addWidget(widget, 1)
            self.chart_host.addStretch(0)

    def _drop_chart(self) -> None:
        while self.chart_host.count() > 1:
            item = self.chart_host.takeAt(self.chart_host.count() - 1)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.chart_figure = None

    def clear(self) -> None:
        for card in self.cards.values():
            card.set("-")
        self.figures = None
        self.grades.setText("")
        self.heading.setText(self.tr("Compute the ranking to see the period's figures."))
        self._drop_chart()


def dashboard_chart(f: Any, period_label: str) -> Any:
    """The grade-distribution figure of the dashboard (built in the background)."""
    from riverchief.charts.assessment import grade_distribution
    from riverchief.i18n import translate
    from riverchief.rules.assessment import GRADES, grade_name

    return grade_distribution(f.grades, {g: grade_name(g) for g in GRADES},
                              title=translate("Assessment", "Grades of the chiefs, {period}")
                              .format(period=period_label))
