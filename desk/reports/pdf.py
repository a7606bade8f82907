"""The report as a PDF: Figures in, bytes out (ReportLab; no database, no Qt).

A4 portrait. Every page has the station and the period at the top and "第n页 共m页" at the
bottom; the first page has the title, the 概况 and the rates. The tables are those of
desk.reports.tables, in the order the sections name them, each with its chart where a chart
helps. The bundled faces are embedded as subsets, with the slips' per-character fallback; the
same figures give the same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desk.receipts.fonts import face_runs, markup, text_font

# Importing the slip module sets what every report needs too: binary streams, and the Chinese
# punctuation that may not start a line.
from desk.receipts.slip import INK, RULE
from desk.reports import charts
from desk.reports.tables import STATION, Cell, ReportTable, cell_text, report_tables
from desk.store.metrics import Figures

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm  # the header sits in it
MARGIN_BOTTOM = 18 * mm  # the page number sits in it
HEADER_Y = PAGE_HEIGHT - 12 * mm
FOOTER_Y = 9 * mm
HEADER_SIZE = 8.5
TEXT_SIZE = 9.5
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
HEADING_FILL = colors.Color(0.92, 0.93, 0.95)

# The sections: a heading, then the tables (by key) and charts under it.
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("一、概况", ("summary",)),
    ("二、办理指标", ("rates", "chart:rates")),
    ("三、月度趋势", ("chart:trend", "trend")),
    ("四、来源渠道与事项性质", ("chart:channel_kind", "channel", "kind")),
    ("五、内容分类与主要问题", ("category", "chart:categories", "top_categories")),
    ("六、村（社区）", ("village",)),
    ("七、办理状态与回访评价", ("state", "follow_up")),
    ("八、在办事项", ("open_by_leader", "open_by_office")),
    ("九、各站情况", ("stations", "station_rates")),
    ("十、口径说明", ("definitions",)),
)


def report_pdf(figures: Figures, *, station_name: str, period_label: str) -> bytes:
    """The report as an A4 PDF; fonts embedded as subsets; the same input, the same bytes."""
    styles = _Styles()
    buffer = io.BytesIO()
    frame = Frame(
        MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="report",
    )  # fmt: skip
    title = f"{station_name}信访工作统计报表"
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        pageTemplates=[PageTemplate("report", [frame])],
        title=f"{title}（{period_label}）",
        author=station_name,
        subject=period_label,
        invariant=True,  # no time stamp, no random ID
        pageCompression=1,
        initialFontName=styles.body.fontName,  # or ReportLab names an unembedded Helvetica
    )
    header = (station_name, f"{period_label}　统计日 {figures.today.isoformat()}")

    def numbered_canvas(*args: Any, **kwargs: Any) -> _ReportCanvas:
        return _ReportCanvas(*args, header=header, **kwargs)

    document.build(_story(figures, title, period_label, styles), canvasmaker=numbered_canvas)
    return buffer.getvalue()


class _Styles:
    def __init__(self) -> None:
        font = text_font()
        base = ParagraphStyle(
            "base", fontName=font, bulletFontName=font, fontSize=TEXT_SIZE,
            leading=TEXT_SIZE * 1.35, wordWrap="CJK", textColor=INK,
        )  # fmt: skip
        self.body = base
        self.title = ParagraphStyle(
            "title", parent=base, fontSize=18, leading=26, alignment=TA_CENTER
        )
        self.subtitle = ParagraphStyle(
            "subtitle", parent=base, fontSize=10, leading=15, alignment=TA_CENTER,
            spaceAfter=3 * mm,
        )  # fmt: skip
        self.section = ParagraphStyle(
            "section", parent=base, fontSize=12.5, leading=18, spaceBefore=4 * mm,
            spaceAfter=1.5 * mm,
        )  # fmt: skip
        self.caption = ParagraphStyle(
            "caption", parent=base, fontSize=10, leading=14, spaceBefore=2.5 * mm,
            spaceAfter=1 * mm,
        )  # fmt: skip
        self.cell = ParagraphStyle("cell", parent=base, fontSize=9, leading=12)
        self.number = ParagraphStyle("number", parent=self.cell, alignment=TA_RIGHT)
        self.heading = ParagraphStyle("heading", parent=self.cell, alignment=TA_CENTER)
        self.note = ParagraphStyle(
            "note", parent=base, fontSize=8, leading=11, textColor=RULE, spaceBefore=1 * mm
        )
        self.definition = ParagraphStyle(
            "definition", parent=base, fontSize=9, leading=13, leftIndent=4 * mm
        )


def _story(figures: Figures, title: str, period_label: str, styles: _Styles) -> list[Flowable]:
    period = figures.period
    scope = f"站点代码 {figures.station_code}　" if figures.station_code else ""
    story: list[Flowable] = [
        Paragraph(markup(title), styles.title),
        Paragraph(
            markup(
                f"统计期间：{period_label}（{period.start.isoformat()}至{period.end.isoformat()}）"
                f"　{scope}统计日：{figures.today.isoformat()}"
            ),
            styles.subtitle,
        ),
    ]
    tables = {table.key: table for table in report_tables(figures)}
    drawings = _charts(figures)
    for heading, parts in SECTIONS:
        present = [p for p in parts if p in tables or p in drawings]
        if not present:
            continue  # e.g. no stations
        captions = sum(p in tables for p in present) > 1
        blocks = [
            _block(p, tables, drawings, styles, captions, first=index == 0)
            for index, p in enumerate(present)
        ]
        # The heading stays with what follows it: never alone at the foot of a page.
        story.append(KeepTogether([Paragraph(markup(heading), styles.section), *blocks[0]]))
        for block in blocks[1:]:
            story.append(KeepTogether(block))
    return story


def _charts(figures: Figures) -> Mapping[str, Flowable]:
    half = FRAME_WIDTH / 2
    pair = Table(
        [[charts.channel_chart(figures, half), charts.kind_chart(figures, half)]],
        colWidths=[half, half],
    )
    pair.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), text_font()),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
    return {
        "chart:rates": charts.rates_chart(figures, FRAME_WIDTH),
        "chart:trend": charts.trend_chart(figures, FRAME_WIDTH),
        "chart:channel_kind": pair,
        "chart:categories": charts.category_chart(figures, FRAME_WIDTH),
    }


def _block(
    part: str,
    tables: Mapping[str, ReportTable],
    drawings: Mapping[str, Flowable],
    styles: _Styles,
    captions: bool,
    *,
    first: bool,
) -> list[Flowable]:
    if part in drawings:  # a little air between a table and the chart under it
        return [*([] if first else [Spacer(1, 3 * mm)]), drawings[part], Spacer(1, 2 * mm)]
    if part == "definitions":
        return _definitions(tables[part], styles)
    return _table_block(tables[part], styles, captions)


def _definitions(table: ReportTable, styles: _Styles) -> list[Flowable]:
    """The definitions as paragraphs: long sentences read badly in narrow columns."""
    block: list[Flowable] = []
    for row in table.rows:
        name, *texts = (str(cell) for cell in row)
        block.append(Paragraph(markup(name), styles.caption))
        for heading, text in zip(table.headings[1:], texts, strict=True):
            if text:
                block.append(Paragraph(markup(f"{heading}：{text}"), styles.definition))
    return block


def _table_block(table: ReportTable, styles: _Styles, with_caption: bool) -> list[Flowable]:
    """The table with its caption (when its section has several) and its note; a long
    table may break across pages, its headings repeated."""
    block: list[Flowable] = []
    if with_caption:
        block.append(Paragraph(markup(table.title), styles.caption))
    block.append(_table(table, styles))
    if table.note:
        block.append(Paragraph(markup(f"注：{table.note}"), styles.note))
    return block


def _table(table: ReportTable, styles: _Styles) -> Table:
    cell_style = styles.cell
    rows: list[list[Any]] = [[Paragraph(markup(h), styles.heading) for h in table.headings]]
    for row in table.rows:
        rows.append([_cell(value, cell_style, styles.number) for value in row])
    if not table.rows:
        rows.append([Paragraph("本期无数据", cell_style)] + [""] * (len(table.headings) - 1))
    result = Table(rows, colWidths=_column_widths(table), repeatRows=1, hAlign="LEFT")
    result.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.cell.fontName),  # not Helvetica
                ("BACKGROUND", (0, 0), (-1, 0), HEADING_FILL),
                ("BOX", (0, 0), (-1, -1), 0.7, INK),
                ("INNERGRID", (0, 0), (-1, -1), 0.3, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.4 * mm),
                ("LEFTPADDING", (0, 0), (-1, -1), 1.6 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 1.6 * mm),
                *([("SPAN", (0, 1), (-1, 1))] if not table.rows else []),
            ]
        )
    )
    return result


def _cell(value: Cell, text_style: ParagraphStyle, number_style: ParagraphStyle) -> Paragraph:
    style = text_style if isinstance(value, str) else number_style
    return Paragraph(markup(cell_text(value)), style)


def _column_widths(table: ReportTable) -> list[float]:
    """The first column for names, the others narrower; a station's code and its name side
    by side, the name on one line."""
    columns = len(table.headings)
    if table.headings[:2] == STATION:
        code, name = 27 * mm, 31 * mm
        return [code, name, *([(FRAME_WIDTH - code - name) / (columns - 2)] * (columns - 2))]
    if columns >= 7:
        first = 28 * mm
        return [first, *([(FRAME_WIDTH - first) / (columns - 1)] * (columns - 1))]
    first = 46 * mm
    return [first, *([24 * mm] * (columns - 1))]


class _ReportCanvas(Canvas):
    """Holds the pages back until the end, so each can say how many there are; draws the
    header and the page number on each."""

    def __init__(self, *args: Any, header: tuple[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.header = header
        self.pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self.pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self.pages)
        for number, page in enumerate(self.pages, start=1):
            self.__dict__.update(page)
            self._decorate(number, total)
            super().showPage()
        super().save()

    def _decorate(self, number: int, total: int) -> None:
        left, right = self.header
        self.saveState()
        self.setFillColor(RULE)
        self.setStrokeColor(RULE)
        self._runs(left, MARGIN_X, HEADER_Y, TA_LEFT)
        self._runs(right, PAGE_WIDTH - MARGIN_X, HEADER_Y, TA_RIGHT)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, HEADER_Y - 2.5 * mm, PAGE_WIDTH - MARGIN_X, HEADER_Y - 2.5 * mm)
        self._runs(f"第{number}页　共{total}页", PAGE_WIDTH / 2, FOOTER_Y, TA_CENTER)
        self.restoreState()

    def _runs(self, text: str, x: float, y: float, alignment: int) -> None:
        """`text` in its fallback faces, aligned at x."""
        runs = list(face_runs(text))
        width = sum(stringWidth(run, face, HEADER_SIZE) for face, run in runs)
        x -= {TA_LEFT: 0, TA_CENTER: width / 2, TA_RIGHT: width}[alignment]
        for face, run in runs:
            self.setFont(face, HEADER_SIZE)
            self.drawString(x, y, run)
            x += stringWidth(run, face, HEADER_SIZE)
