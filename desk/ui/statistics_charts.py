"""The 统计 page's charts (QtCharts), drawn from one Figures as the PDF's charts are: the trend
of 12 months (line), visits by channel (bars), by kind (pie), the top categories against the
period before (bars), and the rates (bars from 0 to 100%)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QApplication

from desk.reports.tables import percent_text
from desk.store.metrics import Figures
from desk.ui.messages import message_text

BLUE, PALE = QColor("#295fa3"), QColor("#b8c7db")  # this period, the period before
INK = QColor("#222222")
PALETTE = ("#295fa3", "#d97321", "#4d9954", "#b84040", "#8566a8", "#8c7861", "#cc80b3")
CHART_HEIGHT = 270


def _font(delta: float = 0) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(max(7.0, font.pointSizeF() + delta))
    return font


def _view(chart: QChart, object_name: str, title: str, height: int = CHART_HEIGHT) -> QChartView:
    chart.setTitle(title)
    chart.setTitleFont(_font(1))
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(2)
    chart.legend().setFont(_font(-1))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart)
    view.setObjectName(object_name)
    view.setAccessibleName(title)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(height)
    return view


def _category_axis(labels: list[str]) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(labels)
    axis.setLabelsFont(_font(-1))
    return axis


def _count_axis(largest: int) -> QValueAxis:
    """Whole numbers from 0, with room above the largest for its label."""
    axis = QValueAxis()
    top = max(4, largest + max(1, largest // 6))
    axis.setRange(0, top)
    axis.setLabelFormat("%d")
    axis.setTickCount(5 if top >= 4 else top + 1)
    axis.applyNiceNumbers()
    axis.setLabelsFont(_font(-1))
    return axis


def trend_chart(figures: Figures, title: str) -> QChartView:
    months = figures.trend
    series = QLineSeries()
    for index, month in enumerate(months):
        series.append(index, month.visits)
    series.setPen(QPen(BLUE, 2.5))
    series.setPointsVisible(True)
    series.setPointLabelsVisible(True)
    series.setPointLabelsFormat("@yPoint")
    series.setPointLabelsFont(_font(-1))
    series.setPointLabelsClipping(False)
    chart = QChart()
    chart.addSeries(series)
    chart.legend().hide()
    labels = [_month_label(m.month, with_year=i == 0 or m.month.endswith("-01"))
              for i, m in enumerate(months)]  # fmt: skip
    _attach(chart, series, _category_axis(labels), _count_axis(max(m.visits for m in months)))
    return _view(chart, "trendChart", title)


def _month_label(month: str, *, with_year: bool) -> str:
    """ "2026年1月" for the first month shown and each January, "2月" for the others."""
    year, number = month[:4], str(int(month[5:]))
    if with_year:
        text = QCoreApplication.translate("StatisticsCharts", "%1年%2月")
        return text.replace("%1", year).replace("%2", number)
    return QCoreApplication.translate("StatisticsCharts", "%1月").replace("%1", number)


def channel_chart(figures: Figures, title: str) -> QChartView:
    """Visits by channel: bars, the channels' names beside them, in the form's order."""
    tallies = list(reversed(figures.by_channel))  # the chart draws them bottom up
    bars = QBarSet(QCoreApplication.translate("StatisticsCharts", "件数"))
    bars.append([t.visits for t in tallies])
    bars.setColor(BLUE)
    bars.setLabelColor(INK)
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart = QChart()
    chart.addSeries(series)
    chart.legend().hide()
    largest = max((t.visits for t in tallies), default=0)
    _attach(
        chart,
        series,
        _count_axis(largest),
        _category_axis([message_text(t.label) for t in tallies]),
    )
    return _view(chart, "channelChart", title)


def kind_chart(figures: Figures, title: str) -> QChartView:
    series = QPieSeries()
    for index, tally in enumerate(t for t in figures.by_kind if t.visits):
        piece = series.append(f"{message_text(tally.label)} {tally.visits}", tally.visits)
        piece.setColor(QColor(PALETTE[index % len(PALETTE)]))
        piece.setLabelVisible(True)
        piece.setLabelFont(_font(-1))
    series.setPieSize(0.6)
    chart = QChart()
    chart.addSeries(series)
    chart.legend().hide()  # each piece is labelled with its kind and count
    empty = QCoreApplication.translate("StatisticsCharts", "%1（本期无数据）").replace("%1", title)
    return _view(chart, "kindChart", title if series.count() else empty)


def category_chart(figures: Figures, title: str) -> QChartView:
    """This period beside the one before, the largest at the top."""
    changes = list(reversed(figures.top_categories))
    previous = message_text(figures.previous_period.label)
    before = QBarSet(
        QCoreApplication.translate("StatisticsCharts", "上期（%1）").replace("%1", previous)
    )
    now = QBarSet(QCoreApplication.translate("StatisticsCharts", "本期"))
    before.append([c.previous_visits for c in changes])
    now.append([c.visits for c in changes])
    before.setColor(PALE)
    now.setColor(BLUE)
    for bar_set in (before, now):
        bar_set.setLabelColor(INK)
    series = QHorizontalBarSeries()
    series.append(before)
    series.append(now)
    series.setBarWidth(0.8)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart = QChart()
    chart.addSeries(series)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    largest = max((max(c.visits, c.previous_visits) for c in changes), default=0)
    axis = _category_axis([message_text(c.category) for c in changes] or ["—"])
    _attach(chart, series, _count_axis(largest), axis)
    height = max(CHART_HEIGHT, 90 + 34 * len(changes))
    return _view(chart, "categoryChart", title, height)


def rates_chart(figures: Figures, title: str) -> QChartView:
    """The six rates as bars, each labelled with its value ("—" when nothing to rate)."""
    items = list(reversed(figures.rates.items()))  # the chart draws them bottom up
    bars = QBarSet(QCoreApplication.translate("StatisticsCharts", "比率"))
    bars.append([(rate.value or 0) * 100 for _, rate in items])
    bars.setColor(BLUE)
    series = QHorizontalBarSeries()
    series.append(bars)
    chart = QChart()
    chart.addSeries(series)
    chart.legend().hide()
    names = [f"{message_text(d.name)}　{percent_text(rate.value)}" for d, rate in items]
    value_axis = QValueAxis()
    value_axis.setRange(0, 100)
    value_axis.setTickCount(6)
    value_axis.setLabelFormat("%d%%")
    value_axis.setLabelsFont(_font(-1))
    _attach(chart, series, value_axis, _category_axis(names))
    return _view(chart, "ratesChart", title)


def _attach(chart: QChart, series, x_axis, y_axis) -> None:  # type: ignore[no-untyped-def]
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)
