"""One document pane: a metadata header and the wrapped text of the account."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QEvent, QLocale, QObject, QPointF, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QPainter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QSizePolicy,
    QStyle,
    QTextEdit,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from reader.core.document import Document
from reader.ui.chunkmap import ChunkMap, MarginBar
from reader.ui.highlights import Mark, OffsetMap, selections
from reader.ui.painting import Painted
from reader.ui.plain import PlainLabel, tip

READING_FAMILIES = ("Source Serif 4", "Charter", "Georgia", "Noto Serif", "DejaVu Serif")


@lru_cache(maxsize=1)
def _reading_family() -> str | None:
    # listing the installed families takes tens of milliseconds: do it once
    installed = set(QFontDatabase.families())
    return next((f for f in READING_FAMILIES if f in installed), None)


def reading_font(point_size: float = 11.5) -> QFont:
    """A comfortable serif for prose: the first installed of READING_FAMILIES."""
    family = _reading_family()
    font = QFont(family) if family else QFont()
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(point_size)
    return font


def format_published(doc: Document) -> str:
    if doc.published is None:
        return ""
    return QLocale().toString(doc.published, QLocale.FormatType.LongFormat).split(", ", 1)[-1]


class ElidedLabel(Painted, PlainLabel):
    """A one-line label that shows "…" instead of being cut off when narrow."""

    def _paint(self, painter: QPainter) -> None:
        painter.setPen(self.palette().color(self.foregroundRole()))
        metrics = self.fontMetrics()
        rect = self.contentsRect()
        text = metrics.elidedText(self.text(), Qt.TextElideMode.ElideMiddle, rect.width())
        painter.drawText(rect, int(self.alignment()), text)

    def minimumSizeHint(self):
        hint = super().minimumSizeHint()
        hint.setWidth(self.fontMetrics().horizontalAdvance("…") * 4)
        return hint


MANY_MARKS = 600  # painted marks above which only those near the view are given to Qt
WINDOW_SCREENS = 1.5  # ... within this many screens above and below it
WINDOW_SLACK = 3_000  # characters more on either side: lines are not all alike


class PaneHeader(QFrame):
    """Title, outlet · author · date, file name and loader notes, with pane buttons.

    Signals:
        close_requested, move_left_requested, move_right_requested
    """

    close_requested = Signal()
    move_left_requested = Signal()
    move_right_requested = Signal()

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paneHeader")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.AlternateBase)

        self.title = PlainLabel(doc.title or doc.name)
        self.title.setObjectName("paneTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        parts = [doc.outlet, doc.author, format_published(doc)]
        self.byline = PlainLabel(
            " · ".join(p for p in parts if p) or self.tr("No outlet, author or date")
        )
        self.byline.setObjectName("paneByline")
        self.byline.setWordWrap(True)
        self.byline.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        words = QLocale().toString(doc.word_count)
        self.file = ElidedLabel(
            self.tr("{name} · {fmt} · {words} words").format(
                name=doc.name, fmt=doc.format.upper(), words=words
            )
        )
        self.file.setObjectName("paneFile")
        self.file.setToolTip(tip(str(doc.path)) if doc.path else "")
        self.file.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for label in (self.byline, self.file):
            label.setForegroundRole(label.foregroundRole().PlaceholderText)

        self.notes = PlainLabel()
        self.notes.setObjectName("paneNotes")
        if doc.warnings:
            count = len(doc.warnings)
            self.notes.setText(f"⚠ {count}")
            self.notes.setToolTip(
                tip(
                    self.tr("What the loader had to guess or repair:")
                    + "\n• "
                    + "\n• ".join(doc.warnings)
                )
            )
            self.notes.setAccessibleDescription("; ".join(doc.warnings))
        self.notes.setVisible(bool(doc.warnings))

        self.left_button = self._button(
            QStyle.StandardPixmap.SP_ArrowLeft, self.tr("Move pane left")
        )
        self.right_button = self._button(
            QStyle.StandardPixmap.SP_ArrowRight, self.tr("Move pane right")
        )
        self.close_button = self._button(
            QStyle.StandardPixmap.SP_TitleBarCloseButton, self.tr("Close this account")
        )
        self.left_button.clicked.connect(self.move_left_requested)
        self.right_button.clicked.connect(self.move_right_requested)
        self.close_button.clicked.connect(self.close_requested)

        top = QHBoxLayout()
        top.setSpacing(2)
        top.addWidget(self.title, 1)
        for button in (self.left_button, self.right_button, self.close_button):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        bottom = QHBoxLayout()
        bottom.addWidget(self.file, 1)
        bottom.addWidget(self.notes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 6, 8)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.byline)
        layout.addLayout(bottom)

    def _button(self, icon: QStyle.StandardPixmap, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(self.style().standardIcon(icon))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        return button


class DocumentPane(QFrame):
    """A header and the account's text, read-only and wrapped.

    The text widget holds ``Document.text`` unchanged, so a character offset into the
    document is a position in the widget (for text without astral-plane characters).

    Signals:
        close_requested(DocumentPane), move_requested(DocumentPane, int)
    """

    close_requested = Signal(object)
    move_requested = Signal(object, int)

    def __init__(self, doc: Document, parent: QWidget | None = None, text_now: bool = True) -> None:
        """``text_now=False`` leaves the text to :meth:`fill_text`: a window opening many long
        accounts adds every pane first, so that the panes' widths settle while they are
        empty, and then lays out each text once, at its final width."""
        super().__init__(parent)
        self.document = doc
        self.text_pending = not text_now
        self.setObjectName("documentPane")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(260)
        self.setAccessibleName(self.tr("Account: {title}").format(title=doc.title or doc.name))

        self.header = PaneHeader(doc, self)
        self.header.close_requested.connect(lambda: self.close_requested.emit(self))
        self.header.move_left_requested.connect(lambda: self.move_requested.emit(self, -1))
        self.header.move_right_requested.connect(lambda: self.move_requested.emit(self, 1))

        self.view = QTextEdit(self)
        self.view.setObjectName("paneText")
        self.view.setReadOnly(True)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.view.setAccessibleName(self.tr("Text of {name}").format(name=doc.name))
        self.view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.view.setDocument(self._text_document(doc.text if text_now else ""))

        self.offsets = OffsetMap(doc.text)
        self.marks: list[Mark] = []
        self._painted: list[Mark] = []
        self._formats: dict = {}
        self._window = None
        self.margin = MarginBar(self)
        self.overview = ChunkMap(self)
        self.view.viewport().installEventFilter(self)
        self.view.verticalScrollBar().valueChanged.connect(self.margin.update)
        self.view.verticalScrollBar().valueChanged.connect(self.overview.update)
        self.view.verticalScrollBar().valueChanged.connect(self._follow_view)
        self.view.document().documentLayout().documentSizeChanged.connect(self._relaid)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.margin)
        body.addWidget(self.view, 1)
        body.addWidget(self.overview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addLayout(body, 1)

    def _text_document(self, text: str) -> QTextDocument:
        qdoc = QTextDocument(self)
        qdoc.setDefaultFont(reading_font())
        qdoc.setDocumentMargin(14)
        qdoc.setPlainText(text)
        # Paragraphs are separated by an empty block: give prose lines air, and the
        # separator a smaller height, without changing a single character.
        cursor = QTextCursor(qdoc)
        cursor.select(QTextCursor.SelectionType.Document)
        fmt = QTextBlockFormat()
        fmt.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.mergeBlockFormat(fmt)
        block = qdoc.begin()
        while block.isValid():
            if not block.text():
                small = QTextBlockFormat()
                small.setLineHeight(45, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
                QTextCursor(block).setBlockFormat(small)
            block = block.next()
        qdoc.setModified(False)
        return qdoc

    # ----- geometry: Python offsets <-> document y
    def y_of(self, offset: int, bottom: bool = False) -> float:
        """The document y (pixels from the top of the text) of a character offset."""
        qdoc = self.view.document()
        position = min(self.offsets.to_qt(offset), max(qdoc.characterCount() - 1, 0))
        block = qdoc.findBlock(position)
        rect = qdoc.documentLayout().blockBoundingRect(block)
        layout = block.layout()
        line = layout.lineForTextPosition(position - block.position()) if layout else None
        if line is None or not line.isValid():
            return rect.bottom() if bottom else rect.top()
        y = rect.top() + line.y()
        return y + line.height() if bottom else y

    def offset_at(self, y: float, x: float = 20) -> int:
        """The character offset at document point (x, y)."""
        qdoc = self.view.document()
        position = qdoc.documentLayout().hitTest(QPointF(x, y), Qt.HitTestAccuracy.FuzzyHit)
        return self.offsets.from_qt(max(position, 0))

    def visible_offsets(self, margin: float = 0.0) -> tuple[int, int]:
        """The range of characters on screen (plus ``margin`` pixels above and below)."""
        top = self.top_y() - margin
        bottom = self.top_y() + self.view.viewport().height() + margin
        return self.offset_at(max(top, 0)), self.offset_at(bottom, x=self.view.viewport().width())

    def document_height(self) -> float:
        return self.view.document().documentLayout().documentSize().height()

    def top_y(self) -> float:
        return float(self.view.verticalScrollBar().value())

    def scroll_to_y(self, y: float) -> None:
        bar = self.view.verticalScrollBar()
        bar.setValue(int(max(bar.minimum(), min(bar.maximum(), y))))

    def reveal(self, start: int, end: int) -> None:
        """Scroll so that ``[start, end)`` sits a third of the way down the view."""
        self.scroll_to_y(self.y_of(start) - self.view.viewport().height() / 3)

    # ----- highlights
    def set_marks(self, marks: list[Mark], formats: dict, drawn: list[Mark] | None = None) -> None:
        """``marks`` answer tooltips; ``drawn`` (default: the same) are painted, in order.
        Above ``MANY_MARKS`` only those within a few screens of the view are handed to Qt
        (it lays out every extra selection each time they change); scrolling hands over the
        next ones."""
        self.marks = marks
        self._painted = marks if drawn is None else drawn
        self._formats = formats
        self._apply_marks()
        self.overview.invalidate()
        self.margin.update()

    def _apply_marks(self) -> None:
        painted = self._painted
        self._window: tuple[int, int] | None = None
        if len(painted) > MANY_MARKS:
            window = self._char_window(WINDOW_SCREENS)
            if window is not None:
                lo, hi = self._window = window
                painted = [m for m in painted if m.end > lo and m.start < hi]
        self.view.setExtraSelections(
            selections(self.view.document(), self.offsets, painted, self._formats)
        )

    def _follow_view(self) -> None:
        """When the view leaves the stretch whose marks Qt holds, hand it the new stretch."""
        if self._window is None:
            return
        seen = self._char_window(0.0)
        if seen is None or seen[0] < self._window[0] or seen[1] > self._window[1]:
            self._apply_marks()

    def _char_window(self, screens: float) -> tuple[int, int] | None:
        """The characters on screen, plus ``screens`` screens above and below, estimated
        from the scroll bar (the text's layout may not be finished for a long document, so
        its hit tests cannot be trusted yet), with some slack for uneven lines."""
        bar = self.view.verticalScrollBar()
        total = bar.maximum() + bar.pageStep()
        size = len(self.document.text)
        if total <= 0 or bar.maximum() <= 0:
            return None
        page = bar.pageStep() / total
        top = bar.value() / total - page * screens
        bottom = (bar.value() + bar.pageStep()) / total + page * screens
        slack = WINDOW_SLACK if screens else 0
        return max(0, int(top * size) - slack), min(size, int(bottom * size) + slack)

    def marks_at(self, offset: int) -> list[Mark]:
        return [m for m in self.marks if m.start <= offset < m.end and m.tooltip]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._follow_view()
        if watched is self.view.viewport() and event.type() == QEvent.Type.ToolTip:
            point = event.pos()  # type: ignore[attr-defined]
            cursor = self.view.cursorForPosition(point)
            found = self.marks_at(self.offsets.from_qt(cursor.position()))
            if found:
                QToolTip.showText(
                    event.globalPos(), tip("\n\n".join(m.tooltip for m in found)), self.view
                )  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    def fill_text(self) -> None:
        """Lay out the pane's text now (see ``text_now``)."""
        if not self.text_pending:
            return
        self.text_pending = False
        self.view.setDocument(self._text_document(self.document.text))
        self.view.document().documentLayout().documentSizeChanged.connect(self._relaid)
        self._relaid()

    def _relaid(self) -> None:
        self.overview.invalidate()

    def set_zoom(self, factor: float) -> None:
        """Scale the reading font, keeping the passage at the top of the view in place."""
        offset = self.offset_at(self.top_y())
        font = reading_font(11.5 * factor)
        self.view.document().setDefaultFont(font)
        self.overview.invalidate()
        self.scroll_to_y(self.y_of(offset))

    def set_position_label(self, index: int, count: int) -> None:
        """Enable the move buttons that make sense for this pane's place in the strip."""
        self.header.left_button.setEnabled(index > 0)
        self.header.right_button.setEnabled(index < count - 1)
