"""Drawing a slip with ReportLab: ReceiptContent in, PDF bytes out. No database, no Qt.

Two layouts: A5 for an office printer, and an 80 mm roll whose length follows the content.
Long values are shortened with an ellipsis to their line budget, so nothing overflows and no
line is cut in half.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import segno
from reportlab import rl_config
from reportlab.lib import colors, textsplit
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
    paragraph,
)
from reportlab.platypus.flowables import HRFlowable

from desk.domain.receipt import Layout, ReceiptContent, SlipField
from desk.receipts.fonts import markup, text_font

# Streams stay binary: ASCII85 only makes files larger and slower to write (about 1 ms a slip).
rl_config.useA85 = 0
# ReportLab's list of characters that may not start a line is Japanese; add the full-width
# Chinese punctuation, so no line of a slip begins with "，" or "。".
_CHINESE_CANNOT_START = "，。；：！？、）》」』】〕”’％…"
textsplit.ALL_CANNOT_START += _CHINESE_CANNOT_START  # single-font paragraphs
paragraph.ALL_CANNOT_START += _CHINESE_CANNOT_START  # paragraphs with fallback runs

ELLIPSIS = "……"
_UNLIMITED = 100_000.0  # points: room enough for any slip
INK = colors.black
RULE = colors.Color(0.45, 0.45, 0.45)


@dataclass(frozen=True)
class Geometry:
    width: float
    height: float | None  # None: as long as the content (a roll)
    margin: float
    text_size: float
    label_width: float
    qr_size: float


GEOMETRY = {
    Layout.A5: Geometry(148 * mm, 210 * mm, 10 * mm, 10, 20 * mm, 25 * mm),
    Layout.ROLL80: Geometry(80 * mm, None, 4 * mm, 9, 17 * mm, 30 * mm),
}


class SlipTooLong(RuntimeError):
    """The content does not fit the page: the line budgets of the fields are wrong."""


def render_receipt(content: ReceiptContent, layout: Layout) -> bytes:
    """The slip as a one-page PDF, its fonts embedded as subsets.

    Each piece is laid out once and drawn top to bottom; a roll's page is as long as that.
    """
    geometry = GEOMETRY[layout]
    styles = _Styles(geometry.text_size)
    width = geometry.width - 2 * geometry.margin
    head, foot = _story(content, layout, geometry, styles, width)
    head_pieces, foot_pieces = _laid_out(head, width), _laid_out(foot, width)
    head_height, foot_height = _height(head_pieces), _height(foot_pieces)
    height = geometry.height or head_height + foot_height + 2 * geometry.margin
    if head_height + foot_height > height - 2 * geometry.margin + 0.5:
        raise SlipTooLong(f"{layout.value} slip needs {head_height + foot_height:.0f} pt")
    buffer = io.BytesIO()
    page = Canvas(
        buffer,
        pagesize=(geometry.width, height),
        invariant=True,  # the same slip gives the same bytes: no time stamp, no random ID
        pageCompression=0,  # a slip's page is small; compressing it costs more than it saves
        initialFontName=styles.value.fontName,  # or ReportLab names an unembedded Helvetica
    )
    page.setTitle(f"{content.title} {content.serial}")
    page.setAuthor(content.station_line)
    _draw(page, head_pieces, left=geometry.margin, top=height - geometry.margin, width=width)
    _draw(page, foot_pieces, left=geometry.margin, top=geometry.margin + foot_height, width=width)
    page.showPage()
    page.save()
    return buffer.getvalue()


_Piece = tuple[Flowable, float, float]  # a flowable with its laid-out width and height


def _laid_out(flowables: list[Flowable], width: float) -> list[_Piece]:
    return [(f, *f.wrap(width, _UNLIMITED)) for f in flowables]


def _height(pieces: list[_Piece]) -> float:
    return sum(f.getSpaceBefore() + h + f.getSpaceAfter() for f, _, h in pieces)


def _draw(page: Canvas, pieces: list[_Piece], *, left: float, top: float, width: float) -> None:
    for flowable, piece_width, piece_height in pieces:
        top -= flowable.getSpaceBefore()
        flowable.drawOn(page, left + _offset(flowable, width - piece_width), top - piece_height)
        top -= piece_height + flowable.getSpaceAfter()


def _offset(flowable: Flowable, room: float) -> float:
    """Where a narrower piece sits across the page, by its hAlign (as a platypus frame does)."""
    align = getattr(flowable, "hAlign", "LEFT")
    return {"CENTER": room / 2, "CENTRE": room / 2, "RIGHT": room}.get(align, 0.0)


class _Styles:
    def __init__(self, size: float) -> None:
        font = text_font()
        # Every style derives from one whose bullet font is ours too: otherwise ReportLab
        # names Helvetica in the PDF, a font the PDF does not carry.
        base = ParagraphStyle("base", fontName=font, bulletFontName=font)
        self.title = ParagraphStyle(
            "title",
            parent=base,
            fontName=font,
            fontSize=size * 1.7,
            leading=size * 2.1,
            alignment=TA_CENTER,
        )
        self.centered = ParagraphStyle(
            "centered",
            parent=base,
            fontName=font,
            fontSize=size * 0.9,
            leading=size * 1.3,
            alignment=TA_CENTER,
        )
        self.label = ParagraphStyle(
            "label",
            parent=base,
            fontName=font,
            fontSize=size * 0.9,
            leading=size * 1.35,
            wordWrap="CJK",
        )
        self.value = ParagraphStyle(
            "value", parent=base, fontName=font, fontSize=size, leading=size * 1.35, wordWrap="CJK"
        )
        self.small = ParagraphStyle(
            "small",
            parent=base,
            fontName=font,
            fontSize=size * 0.85,
            leading=size * 1.3,
            wordWrap="CJK",
        )
        self.code = ParagraphStyle(
            "code",
            parent=base,
            fontName=font,
            fontSize=size * 1.6,
            leading=size * 2.0,
            wordWrap="CJK",
        )


def _story(
    content: ReceiptContent,
    layout: Layout,
    geometry: Geometry,
    styles: _Styles,
    width: float,
) -> tuple[list[Flowable], list[Flowable]]:
    """(the pieces from the top of the page down, the pieces standing on its bottom margin):
    on A5 the query code, the signature and the stamp sit at the foot like a paper form's."""
    story: list[Flowable] = []
    if content.reprint_mark:
        story.append(_Mark(content.reprint_mark, styles.value.fontName, geometry.text_size, width))
    story += [
        Paragraph(markup(content.title), styles.title),
        Paragraph(markup(content.station_line), styles.centered),
        Spacer(1, 2 * mm),
        _fields_table(content.fields, geometry, styles, width),
        Spacer(1, 2.5 * mm),
        Paragraph(markup("办理告知：" + content.next_steps), styles.small),
        Spacer(1, 2.5 * mm),
    ]
    centred = layout is Layout.ROLL80
    query = [
        Paragraph(markup("查询码"), _centred(styles.label) if centred else styles.label),
        Paragraph(markup(content.query_code), _centred(styles.code) if centred else styles.code),
        Paragraph(
            markup(f"登记编号 {content.serial}"),
            _centred(styles.small) if centred else styles.small,
        ),
    ]
    qr = _QrCode(content.qr_payload, geometry.qr_size)
    signature = Paragraph(markup("来访人签字（以上记录已向本人宣读，确认无误）："), styles.small)
    if layout is Layout.A5:
        stamp = _StampPlace(geometry.qr_size + 6 * mm, styles.small.fontName)
        bottom = Table(
            [[qr, query, stamp]],
            colWidths=[geometry.qr_size + 3 * mm, None, geometry.qr_size + 8 * mm],
        )
        bottom.setStyle(_plain_cells())
        foot = [
            bottom,
            Spacer(1, 2 * mm),
            signature,
            Spacer(1, 6 * mm),
            HRFlowable(width="60%", thickness=0.6, color=INK, hAlign="RIGHT"),
        ]
    else:
        foot = []
        centre = Table([[qr]], colWidths=[width])
        centre.setStyle(_plain_cells(centred=True))
        story += [
            centre,
            *query,
            Spacer(1, 3 * mm),
            signature,
            Spacer(1, 8 * mm),
            HRFlowable(width="100%", thickness=0.6, color=INK),
            Spacer(1, 3 * mm),
            _StampPlace(26 * mm, styles.small.fontName, width=width),
        ]
    (foot or story).extend(
        [Spacer(1, 2 * mm), Paragraph(markup(f"打印时间：{content.printed_at}"), styles.small)]
    )
    return story, foot


def _fields_table(
    fields: Sequence[SlipField], geometry: Geometry, styles: _Styles, width: float
) -> Table:
    padding = 1.5 * mm
    value_width = width - geometry.label_width - 2 * padding
    # Labels are plain strings (our own words, all in the text face): quicker than paragraphs.
    rows = [
        [field.label, fitted(field.value, styles.value, value_width, field.max_lines)]
        for field in fields
    ]
    table = Table(rows, colWidths=[geometry.label_width, width - geometry.label_width])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.label.fontName),
                ("FONTSIZE", (0, 0), (0, -1), styles.label.fontSize),
                ("LEADING", (0, 0), (0, -1), styles.value.leading),
                ("BOX", (0, 0), (-1, -1), 0.8, INK),
                ("INNERGRID", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), padding),
                ("RIGHTPADDING", (0, 0), (-1, -1), padding),
                ("TOPPADDING", (0, 0), (-1, -1), 0.8 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.0 * mm),
            ]
        )
    )
    return table


def fitted(text: str, style: ParagraphStyle, width: float, max_lines: int) -> Paragraph:
    """A paragraph of at most `max_lines` lines: the text itself if it fits, otherwise its
    longest beginning that fits with an ellipsis after it."""
    whole = Paragraph(markup(text), style)
    if "\n" not in text and stringWidth(text, style.fontName, style.fontSize) <= width:
        return whole  # fits on one line: no need to lay it out twice
    if _lines(whole, width) <= max_lines:
        return whole
    low, high = 0, len(text)  # text[:low] + ELLIPSIS fits; text[:high] + ELLIPSIS does not
    while high - low > 1:
        middle = (low + high) // 2
        trial = Paragraph(markup(text[:middle].rstrip() + ELLIPSIS), style)
        if _lines(trial, width) <= max_lines:
            low = middle
        else:
            high = middle
    return Paragraph(markup(text[:low].rstrip() + ELLIPSIS), style)


def _lines(paragraph: Paragraph, width: float) -> int:
    paragraph.wrap(width, 10_000)
    return len(paragraph.blPara.lines)


def _content_height(story: list[Flowable], width: float) -> float:
    """The frame height the story takes, as the frame itself will add it up."""
    return (
        sum(
            flowable.wrap(width, 100_000)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
            for flowable in story
        )
        + 2 * mm
    )


def _centred(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-centred", parent=style, alignment=TA_CENTER)


def _plain_cells(*, centred: bool = False) -> TableStyle:
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), text_font()),  # a table's default font is Helvetica
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    if centred:
        commands.append(("ALIGN", (0, 0), (-1, -1), "CENTER"))
    return TableStyle(commands)


class _QrCode(Flowable):
    """A QR code (segno encodes it: twice as quick as ReportLab's encoder, and as correct),
    drawn as one vector path, crisp on any printer."""

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.modules = segno.make_qr(payload, error="m", boost_error=False).matrix
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        count = len(self.modules)
        quiet = 2  # modules of white around the code; the page margin adds the rest
        box = self.size / (count + 2 * quiet)
        canvas = self.canv
        canvas.saveState()
        # In module units, each run of dark modules in a row one rectangle: a small path.
        canvas.translate(quiet * box, self.size - quiet * box)
        canvas.scale(box, -box)
        path = canvas.beginPath()
        for row, cells in enumerate(self.modules):
            for dark, run in itertools.groupby(enumerate(cells), key=lambda cell: bool(cell[1])):
                if dark:
                    columns = [column for column, _ in run]
                    path.rect(columns[0], row, len(columns), 1)
        canvas.setFillColor(INK)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()


class _StampPlace(Flowable):
    """Where the station's seal goes: a dashed circle with a word inside."""

    def __init__(self, size: float, font: str, width: float | None = None) -> None:
        super().__init__()
        self.size = size
        self.font = font
        self.width = width or size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.size

    def draw(self) -> None:
        canvas = self.canv
        radius = self.size / 2 - 1
        centre_x = self.width / 2
        canvas.setStrokeColor(RULE)
        canvas.setDash(2, 2)
        canvas.setLineWidth(0.6)
        canvas.circle(centre_x, self.size / 2, radius)
        canvas.setDash()
        canvas.setFillColor(RULE)
        canvas.setFont(self.font, 8)
        canvas.drawCentredString(centre_x, self.size / 2 - 3, "工作站盖章")


class _Mark(Flowable):
    """补打（第n次）in a box at the top right: a copy must look like a copy."""

    def __init__(self, text: str, font: str, size: float, width: float) -> None:
        super().__init__()
        self.text, self.font, self.font_size, self.width = text, font, size, width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.font_size * 1.8

    def draw(self) -> None:
        canvas = self.canv
        text_width = canvas.stringWidth(self.text, self.font, self.font_size)
        left = self.width - text_width - 6
        canvas.setLineWidth(0.8)
        canvas.rect(left - 3, 0, text_width + 6, self.font_size * 1.6)
        canvas.setFont(self.font, self.font_size)
        canvas.drawString(left, self.font_size * 0.45, self.text)
