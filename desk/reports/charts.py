"""The report's charts, drawn with reportlab.graphics: the monthly trend (line), the rates and
the top categories against the period before (bars), channels (bars) and kinds (pie).

A chart's strings are drawn in one face: every label is set to the bundled text face (never
ReportLab's default Helvetica, which would not be embedded), and a rare character that face
lacks is written as its code point, as the tables do when no face has it.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm

from desk.receipts.fonts import TEXT_FACE, face_runs, text_font
from desk.reports.tables import percent_text
from desk.store.metrics import Figures

INK = colors.Color(0.15, 0.15, 0.15)
GRID = colors.Color(0.85, 0.85, 0.85)
PALETTE = (
    colors.Color(0.16, 0.38, 0.64),  # blue
    colors.Color(0.85, 0.45, 0.13),  # orange
    colors.Color(0.30, 0.60, 0.33),  # green
    colors.Color(0.72, 0.25, 0.25),  # red
    colors.Color(0.52, 0.40, 0.66),  # violet
    colors.Color(0.55, 0.47, 0.38),  # brown
    colors.Color(0.80, 0.50, 0.70),  # pink
    colors.Color(0.50, 0.50, 0.50),  # grey
)
PREVIOUS = colors.Color(0.72, 0.78, 0.86)  # the period before: a pale blue beside the blue
TITLE_SIZE = 10
LABEL_SIZE = 7.5


def drawable(text: str) -> str:
    """`text` with each character the text face lacks written as its code point."""
    return "".join(
        run if face == TEXT_FACE.name else "".join(f"[U+{ord(c):04X}]" for c in run)
        for face, run in face_runs(text)
    )


def _drawing(width: float, height: float, title: str) -> Drawing:
    # The renderer's starting font: else it sets Helvetica, which the PDF would name.
    drawing = Drawing(width, height, initialFontName=text_font())
    if not title:
        return drawing
    drawing.add(
        String(0, height - TITLE_SIZE, drawable(title), fontName=text_font(), fontSize=TITLE_SIZE,
               fillColor=INK)
    )  # fmt: skip
    return drawing


def _axis_fonts(chart: HorizontalLineChart | VerticalBarChart | HorizontalBarChart) -> None:
    font = text_font()
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = font
        axis.labels.fontSize = LABEL_SIZE
        axis.labels.fillColor = INK
        axis.strokeColor = INK
        axis.strokeWidth = 0.5
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.valueAxis.forceZero = True


def _whole_number_axis(chart: HorizontalLineChart | VerticalBarChart | HorizontalBarChart,
                       largest: int) -> None:  # fmt: skip
    """Ticks at whole numbers, about five of them, with room above the largest value for its
    label; an axis of nothing still shows 0 to 1."""
    room = largest + max(1, largest // 6)  # the value labels sit above the bars and points
    step = max(1, _nice_step(room / 5))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(step, -(-room // step) * step)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labelTextFormat = "%d"


def _nice_step(rough: float) -> int:
    magnitude = 1
    while magnitude * 10 <= rough:
        magnitude *= 10
    for factor in (1, 2, 5, 10):
        if rough <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def trend_chart(figures: Figures, width: float) -> Drawing:
    """Visits per month over the 12 months: a line with its values above the points."""
    months = figures.trend
    first, last = months[0].month, months[-1].month
    title = f"月度来访件数（{_month(first, True)}—{_month(last, True)}）"
    height = 48 * mm
    drawing = _drawing(width, height, title)
    chart = HorizontalLineChart()
    chart.x, chart.y = 10 * mm, 8 * mm
    chart.width, chart.height = width - 14 * mm, height - 8 * mm - 2.2 * TITLE_SIZE
    chart.data = [[m.visits for m in months]]
    chart.categoryAxis.categoryNames = [
        _month(m.month, index == 0 or m.month.endswith("-01")) for index, m in enumerate(months)
    ]
    _axis_fonts(chart)
    _whole_number_axis(chart, max(m.visits for m in months))
    chart.lines[0].strokeColor = PALETTE[0]
    chart.lines[0].strokeWidth = 1.5
    chart.lines[0].symbol = makeMarker("FilledCircle", size=3, fillColor=PALETTE[0])
    chart.lineLabelFormat = "%d"
    chart.lineLabels.fontName = text_font()
    chart.lineLabels.fontSize = LABEL_SIZE
    chart.lineLabels.fillColor = INK
    chart.lineLabels.dy = 5
    drawing.add(chart)
    return drawing


def _month(month: str, with_year: bool) -> str:
    year, number = month.split("-")
    return f"{year}年{int(number)}月" if with_year else f"{int(number)}月"


def rates_chart(figures: Figures, width: float) -> Drawing:
    """The six rates as bars from 0 to 100%, each with its value (— when there is none)."""
    items = figures.rates.items()
    height = 10 * mm + 6 * mm * len(items)
    drawing = _drawing(width, height, "")  # under the heading 办理指标
    chart = HorizontalBarChart()
    chart.x, chart.y = 22 * mm, 6 * mm
    chart.width, chart.height = width - 36 * mm, height - 8 * mm
    # Bottom to top as the chart draws them, so the list reads from the top like the table.
    ordered = list(reversed(items))
    chart.data = [[(rate.value or 0) * 100 for _, rate in ordered]]
    chart.categoryAxis.categoryNames = [definition.name for definition, _ in ordered]
    _axis_fonts(chart)
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.bars[0].fillColor = PALETTE[0]
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "values"
    chart.barLabelArray = [[percent_text(rate.value) for _, rate in ordered]]
    chart.barLabels.fontName = text_font()
    chart.barLabels.fontSize = LABEL_SIZE
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def channel_chart(figures: Figures, width: float) -> Drawing:
    """Visits by channel: bars, the channels' names slanted to fit."""
    tallies = figures.by_channel
    height = 62 * mm
    drawing = _drawing(width, height, "来源渠道（件）")
    chart = VerticalBarChart()
    chart.x, chart.y = 9 * mm, 17 * mm
    chart.width, chart.height = width - 11 * mm, height - 17 * mm - 2.2 * TITLE_SIZE
    chart.data = [[t.visits for t in tallies]]
    chart.categoryAxis.categoryNames = [drawable(t.label) for t in tallies]
    _axis_fonts(chart)
    _whole_number_axis(chart, max((t.visits for t in tallies), default=0))
    chart.categoryAxis.labels.angle = 35
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.categoryAxis.labels.dy = -2
    chart.bars[0].fillColor = PALETTE[0]
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = text_font()
    chart.barLabels.fontSize = LABEL_SIZE
    chart.barLabels.nudge = 5
    drawing.add(chart)
    return drawing


def kind_chart(figures: Figures, width: float) -> Drawing:
    """Visits by kind (事项性质): a pie with a legend of names and counts."""
    tallies = [t for t in figures.by_kind if t.visits]
    height = 62 * mm
    drawing = _drawing(width, height, "事项性质（件）")
    if not tallies:
        drawing.add(_empty_note(width, height))
        return drawing
    pie = Pie()
    size = min(height - 2.2 * TITLE_SIZE - 6 * mm, width / 2 - 4 * mm)
    pie.x, pie.y, pie.width, pie.height = 4 * mm, 4 * mm, size, size
    pie.data = [t.visits for t in tallies]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.8
    pie.slices.fontName = text_font()
    for index in range(len(tallies)):
        pie.slices[index].fillColor = PALETTE[index % len(PALETTE)]
    drawing.add(pie)
    legend = Legend()
    legend.x, legend.y = size + 10 * mm, 4 * mm + size / 2 + 5 * mm
    legend.fontName = text_font()
    legend.fontSize = LABEL_SIZE + 0.5
    legend.alignment = "right"
    legend.columnMaximum = len(tallies)
    legend.colorNamePairs = [
        (PALETTE[index % len(PALETTE)], f"{drawable(t.label)}　{t.visits}")
        for index, t in enumerate(tallies)
    ]
    drawing.add(legend)
    return drawing


def category_chart(figures: Figures, width: float) -> Drawing:
    """The top categories: this period's visits beside the period before's."""
    changes = figures.top_categories
    height = 16 * mm + 8 * mm * max(1, len(changes))
    drawing = _drawing(
        width, height, f"主要问题（件）：本期与上期（{figures.previous_period.label}）"
    )
    if not changes:
        drawing.add(_empty_note(width, height))
        return drawing
    chart = HorizontalBarChart()
    chart.x, chart.y = 28 * mm, 10 * mm
    chart.width, chart.height = width - 36 * mm, height - 10 * mm - 2.2 * TITLE_SIZE
    ordered = list(reversed(changes))
    chart.data = [[c.previous_visits for c in ordered], [c.visits for c in ordered]]
    chart.categoryAxis.categoryNames = [drawable(c.category) for c in ordered]
    _axis_fonts(chart)
    _whole_number_axis(chart, max(max(c.visits, c.previous_visits) for c in changes))
    chart.bars[0].fillColor, chart.bars[1].fillColor = PREVIOUS, PALETTE[0]
    chart.bars.strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = text_font()
    chart.barLabels.fontSize = LABEL_SIZE - 0.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 40 * mm, 4 * mm
    legend.fontName = text_font()
    legend.fontSize = LABEL_SIZE
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.colorNamePairs = [(PALETTE[0], "本期"), (PREVIOUS, "上期")]
    drawing.add(legend)
    return drawing


def _empty_note(width: float, height: float) -> String:
    return String(width / 2, height / 2, "本期无数据", fontName=text_font(), fontSize=LABEL_SIZE,
                  fillColor=INK, textAnchor="middle")  # fmt: skip
