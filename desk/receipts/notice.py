"""Drawing a township's notice (告知书, 意见书) with ReportLab: NoticeContent in, PDF bytes out.

The slip's look on an A4 portrait page: the title, the document number, the particulars in a
box, the letter itself, then the issuing organ and date with the place for the seal. A long
letter flows onto further pages (platypus does the page breaks); every page is numbered
"第n页 共m页" in the bottom margin. Fonts and the per-character fallback are the slip's.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
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

from desk.domain.notices import NoticeContent, NoticeField
from desk.receipts.fonts import face_runs, markup, text_font

# Importing the slip module also sets what the notices need as well: binary streams and the
# Chinese punctuation that may not start a line.
from desk.receipts.slip import INK, RULE

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 25 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 24 * mm  # the page number sits in it
FOOTER_Y = 12 * mm
TEXT_SIZE = 12.5
LABEL_WIDTH = 22 * mm
SEAL_DIAMETER = 38 * mm
SIGNATURE_WIDTH = 72 * mm
FOOTER_SIZE = 9


def render_notice(content: NoticeContent) -> bytes:
    """The notice as a PDF: one A4 page normally, more when the letter is long; fonts
    embedded as subsets; the same content gives the same bytes."""
    styles = _Styles(TEXT_SIZE)
    width = PAGE_WIDTH - 2 * MARGIN_X
    buffer = io.BytesIO()
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        width,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="letter",
    )
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        pageTemplates=[PageTemplate("notice", [frame])],
        title=f"{content.title} {content.serial}",
        author=content.issuing_organ,
        invariant=True,  # no time stamp, no random ID
        pageCompression=1,  # A4 pages of text: compressed they are a third of the size
        initialFontName=styles.body.fontName,  # or ReportLab names an unembedded Helvetica
    )
    footer = "　".join(part for part in (content.title, content.document_number) if part)

    def numbered_canvas(*args: Any, **kwargs: Any) -> _NumberedCanvas:
        return _NumberedCanvas(*args, footer=footer, **kwargs)

    document.build(_story(content, styles, width), canvasmaker=numbered_canvas)
    return buffer.getvalue()


class _Styles:
    def __init__(self, size: float) -> None:
        font = text_font()
        # The bullet font is ours too: otherwise ReportLab names Helvetica in the PDF.
        base = ParagraphStyle(
            "base", fontName=font, bulletFontName=font, fontSize=size, wordWrap="CJK"
        )
        self.title = ParagraphStyle(
            "title", parent=base, fontSize=size * 1.8, leading=size * 2.4, alignment=TA_CENTER
        )
        self.number = ParagraphStyle(
            "number", parent=base, fontSize=size * 0.9, leading=size * 1.4, alignment=TA_CENTER
        )
        self.addressee = ParagraphStyle(
            "addressee", parent=base, leading=size * 1.75, spaceBefore=size * 0.8
        )
        # Letter paragraphs: indented two characters and justified, as Chinese letters are.
        self.body = ParagraphStyle(
            "body",
            parent=base,
            leading=size * 1.75,
            firstLineIndent=size * 2,
            alignment=TA_JUSTIFY,
            spaceAfter=size * 0.25,
        )
        self.label = ParagraphStyle("label", parent=base, fontSize=size * 0.85, leading=size * 1.3)
        self.value = ParagraphStyle("value", parent=base, leading=size * 1.35)
        self.signature = ParagraphStyle(
            "signature", parent=base, leading=size * 1.6, alignment=TA_CENTER
        )
        self.small = ParagraphStyle("small", parent=base, fontSize=size * 0.75, leading=size * 1.15)


def _story(content: NoticeContent, styles: _Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(markup(content.title), styles.title)]
    if content.document_number:
        story.append(Paragraph(markup(content.document_number), styles.number))
    story += [
        Spacer(1, 3 * mm),
        _fields_table(content.fields, styles, width),
        Paragraph(markup(content.addressee), styles.addressee),
    ]
    texts = [*content.body, content.remedy, content.closing]
    letter = [Paragraph(markup(text), styles.body) for text in texts if text]
    # The last paragraph goes with the organ, date and seal (a seal alone on a page proves
    # nothing about the text above it), and the notes and the signing line go with the seal.
    story += letter[:-1]
    story.append(
        KeepTogether(
            [
                *letter[-1:],
                Spacer(1, 4 * mm),
                _SealBlock(content.issuing_organ, content.issued_on, content.seal_mark, styles),
                Spacer(1, 4 * mm),
                Paragraph(markup(f"注：{content.seal_note}{content.footnote}"), styles.small),
                Spacer(1, 5 * mm),
                _acknowledgement(content.acknowledgement, styles, width),
            ]
        )
    )
    return story


def _fields_table(fields: Sequence[NoticeField], styles: _Styles, width: float) -> Table:
    """The particulars in a box, two to a row where both are short, like a paper form's."""
    half_value = width / 2 - LABEL_WIDTH - 3 * mm
    rows: list[list[Any]] = []
    spans: list[tuple[str, tuple[int, int], tuple[int, int]]] = []
    for pair in _paired(fields, lambda f: not f.wide and _fits(f.value, styles.value, half_value)):
        row: list[Any] = []
        for field in pair:
            row += [Paragraph(markup(field.label), styles.label), _value(field, styles)]
        if len(pair) == 1:
            row += ["", ""]
            spans.append(("SPAN", (1, len(rows)), (3, len(rows))))
        rows.append(row)
    value_width = width / 2 - LABEL_WIDTH
    table = Table(rows, colWidths=[LABEL_WIDTH, value_width, LABEL_WIDTH, value_width])
    padding = 1.5 * mm
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.value.fontName),  # not Helvetica
                ("BOX", (0, 0), (-1, -1), 0.8, INK),
                ("INNERGRID", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), padding),
                ("RIGHTPADDING", (0, 0), (-1, -1), padding),
                ("TOPPADDING", (0, 0), (-1, -1), 1.2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6 * mm),
                *spans,
            ]
        )
    )
    return table


def _value(field: NoticeField, styles: _Styles) -> Paragraph:
    return Paragraph(markup(field.value), styles.value)


def _fits(text: str, style: ParagraphStyle, width: float) -> bool:
    return "\n" not in text and stringWidth(text, style.fontName, style.fontSize) <= width


def _paired(
    fields: Sequence[NoticeField], is_short: Callable[[NoticeField], bool]
) -> Iterator[tuple[NoticeField, ...]]:
    """Fields in order, two short neighbours sharing a row, a long one on a row of its own."""
    index = 0
    while index < len(fields):
        here = fields[index]
        after = fields[index + 1] if index + 1 < len(fields) else None
        if after is not None and is_short(here) and is_short(after):
            yield here, after
            index += 2
        else:
            yield (here,)
            index += 1


def _acknowledgement(text: str, styles: _Styles, width: float) -> Table:
    """The line where the petitioner signs for the notice (送达), as a short ruled row."""
    label, _, date_part = text.partition("签收日期：")
    table = Table(
        [[label.strip("　 "), "", "", "签收日期：", date_part.strip("　 ")]],
        colWidths=[24 * mm, 50 * mm, 10 * mm, 22 * mm, width - 106 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.value.fontName),
                ("FONTSIZE", (0, 0), (-1, -1), styles.value.fontSize * 0.9),
                ("LINEBELOW", (1, 0), (1, 0), 0.6, INK),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


class _SealBlock(Flowable):
    """The issuing organ and the date at the right, under a dashed circle where the seal goes
    (the seal covers the organ's name and the date, as on any official letter)."""

    def __init__(self, organ: str, date: str, mark: str, styles: _Styles) -> None:
        super().__init__()
        self.hAlign = "RIGHT"
        self.lines = [
            Paragraph(markup(organ), styles.signature),
            Paragraph(markup(date), styles.signature),
        ]
        self.mark = mark
        self.font = styles.small.fontName
        self.mark_size = styles.small.fontSize

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = min(SIGNATURE_WIDTH, available_width)
        self.line_heights = [line.wrap(self.width, available_height)[1] for line in self.lines]
        self.height = max(SEAL_DIAMETER, sum(self.line_heights) + 2 * self.mark_size)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        centre_x, centre_y = self.width / 2, self.height / 2
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setDash(2, 2)
        canvas.setLineWidth(0.6)
        canvas.circle(centre_x, centre_y, SEAL_DIAMETER / 2 - 1)
        canvas.setDash()
        canvas.setFillColor(RULE)
        canvas.setFont(self.font, self.mark_size)
        canvas.drawCentredString(centre_x, centre_y + SEAL_DIAMETER / 2 - 5 * mm, self.mark)
        canvas.restoreState()
        # The organ and the date sit across the lower half of the circle.
        top = centre_y + sum(self.line_heights) / 2 - 2 * mm
        for line, height in zip(self.lines, self.line_heights, strict=True):
            top -= height
            line.drawOn(canvas, 0, top)


class _NumberedCanvas(Canvas):
    """A canvas that holds its pages back until the end, so each can say how many there are."""

    def __init__(self, *args: Any, footer: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.footer = footer
        self.pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self.pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self.pages)
        for number, page in enumerate(self.pages, start=1):
            self.__dict__.update(page)
            self._draw_footer(f"{self.footer}　第{number}页　共{total}页")
            super().showPage()
        super().save()

    def _draw_footer(self, text: str) -> None:
        runs = list(face_runs(text))
        width = sum(stringWidth(run, face, FOOTER_SIZE) for face, run in runs)
        x = (PAGE_WIDTH - width) / 2
        self.saveState()
        self.setFillColor(RULE)
        for face, run in runs:
            self.setFont(face, FOOTER_SIZE)
            self.drawString(x, FOOTER_Y, run)
            x += stringWidth(run, face, FOOTER_SIZE)
        self.restoreState()
