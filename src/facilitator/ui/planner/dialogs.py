"""Small dialogs of the planner: slides for this plan, replace an item, pick a template, a PDF."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.model import Item, Library, Plan, PlanEntry
from ...core.planning import clock, planned_end, start_minutes
from .. import labels
from ..renderer import slide_painter, slide_pixmap

THUMB = QSize(160, 90)


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(dialog)
    ok = box.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setDefault(True)
    # A literal context: lupdate cannot see tr() called on the dialog from outside its class.
    cancel = QCoreApplication.translate("PlanDialogs", "Cancel")
    box.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class SlidesDialog(QDialog):
    """Which slides of a deck this plan uses, and which it hides, without editing the deck.

    "Use" unticked leaves a slide out of the plan (the entry's ``slides``); "Hide" keeps it in
    the deck's order but skips it when presenting (``hidden``).
    """

    def __init__(
        self, item: Item, entry: PlanEntry, theme: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("slidesDialog")
        self.setWindowTitle(self.tr("Slides for this plan"))
        self.item = item
        count = len(item.slides)
        chosen = {n for n in entry.slides if 1 <= n <= count} or set(range(1, count + 1))
        hidden = set(entry.hidden)
        intro = QLabel(
            self.tr(
                "“%1”: untick Use to leave a slide out of this plan; tick Hide to skip it when "
                "presenting. The deck itself is not changed."
            ).replace("%1", item.title),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(count, 3, self)
        self.table.setObjectName("slidesTable")
        self.table.setAccessibleName(self.tr("Slides"))
        self.table.setHorizontalHeaderLabels([self.tr("Slide"), self.tr("Use"), self.tr("Hide")])
        self.table.setIconSize(THUMB)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        painter = slide_painter(theme)
        for row, slide in enumerate(item.slides):
            number = row + 1
            cell = QTableWidgetItem(f"{number}. {slide.title}")
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            cell.setIcon(QIcon(slide_pixmap(painter, slide, THUMB, self.devicePixelRatioF())))
            self.table.setItem(row, 0, cell)
            for column, on in ((1, number in chosen), (2, number in hidden)):
                box = QTableWidgetItem()
                box.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsSelectable
                )
                box.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                self.table.setItem(row, column, box)
            self.table.setRowHeight(row, THUMB.height() + 8)
        self.table.setColumnWidth(0, 520)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(_buttons(self, self.tr("Use these slides")))
        self.resize(760, 560)

    def set_checked(self, number: int, column: int, on: bool) -> None:
        item = self.table.item(number - 1, column)
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def choice(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """(slides, hidden) for the plan entry; all slides used gives an empty ``slides``."""
        count = self.table.rowCount()
        used = [
            n
            for n in range(1, count + 1)
            if self.table.item(n - 1, 1).checkState() == Qt.CheckState.Checked
        ]
        hidden = [
            n
            for n in range(1, count + 1)
            if self.table.item(n - 1, 2).checkState() == Qt.CheckState.Checked
        ]
        slides = () if len(used) == count else tuple(used)
        return slides, tuple(hidden)


class ReplaceDialog(QDialog):
    """Choose a library item to put in a (missing) entry's place."""

    def __init__(self, library: Library, missing: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replaceDialog")
        self.setWindowTitle(self.tr("Replace an entry"))
        self._library = library
        intro = QLabel(
            self.tr("Choose the library item to use instead of “%1”.").replace("%1", missing), self
        )
        intro.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("replaceFilter")
        self.filter.setPlaceholderText(self.tr("Type to find an item"))
        self.filter.setAccessibleName(self.tr("Find an item"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("replaceList")
        self.list.setAccessibleName(self.tr("Library items"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        self.buttons = _buttons(self, self.tr("Replace"))
        layout.addWidget(self.buttons)
        self.filter.textChanged.connect(self._fill)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        self._fill("")
        self.resize(560, 520)

    def _fill(self, text: str) -> None:
        words = text.casefold().split()
        self.list.clear()
        for item in self._library.items():
            haystack = f"{item.title} {item.id}".casefold()
            if all(w in haystack for w in words):
                row = QListWidgetItem(
                    f"{item.title}  ·  {labels.kind(item.kind)}  ·  {labels.minutes(item.duration)}"
                )
                row.setData(Qt.ItemDataRole.UserRole, item.id)
                row.setToolTip(item.id)
                self.list.addItem(row)
        if self.list.count():
            self.list.setCurrentRow(0)

    def chosen(self) -> str:
        current = self.list.currentItem()
        return str(current.data(Qt.ItemDataRole.UserRole)) if current is not None else ""


class TemplateDialog(QDialog):
    """Choose a bundled course template (a plan file from the library) to start from."""

    def __init__(self, templates: list[Plan], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateDialog")
        self.setWindowTitle(self.tr("New plan from a course template"))
        intro = QLabel(
            self.tr("Your plan starts as a copy of the template; the template stays as it is."),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("templateList")
        self.list.setAccessibleName(self.tr("Course templates"))
        # Templates in the app's language first (QLocale follows it: ui/i18n.py), longest first.
        mine = QLocale().name().split("_")[0]
        ordered = sorted(
            templates, key=lambda p: (p.language != mine, -p.minutes, p.title.casefold())
        )
        for plan in ordered:
            start = clock(start_minutes(plan))
            end = clock(planned_end(plan))
            row = QListWidgetItem(
                f"{plan.title}\n{start}–{end}  ·  {labels.minutes(plan.minutes)}"
                f"  ·  {len(plan.entries)} "
                + self.tr("entries")
                + f"  ·  {labels.language(plan.language)}"
            )
            row.setData(Qt.ItemDataRole.UserRole, plan.id)
            self.list.addItem(row)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(_buttons(self, self.tr("Create plan")))
        self.resize(620, 520)

    def chosen(self) -> str:
        current = self.list.currentItem()
        return str(current.data(Qt.ItemDataRole.UserRole)) if current is not None else ""


PDF_KINDS = ("runsheet", "deck", "notes", "handout", "cards")


class PdfDialog(QDialog):
    """What to print: run sheet, slides, notes, handouts or exercise cards."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfDialog")
        self.setWindowTitle(self.tr("Export plan as PDF"))
        self.what = QComboBox(self)
        self.what.setObjectName("pdfWhat")
        names = {
            "runsheet": self.tr("Run sheet: agenda with clock times, materials and notes"),
            "deck": self.tr("Slides: every slide of the plan in order"),
            "notes": self.tr("Notes pages: each slide with its speaker notes"),
            "handout": self.tr("Handouts: the participants' handouts and slides, 3 a page"),
            "cards": self.tr("Exercise cards: one exercise a page in large type"),
        }
        for kind in PDF_KINDS:
            self.what.addItem(names[kind], kind)
        form = QFormLayout()
        form.addRow(self.tr("&Print"), self.what)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Choose file…")))

    def kind(self) -> str:
        return str(self.what.currentData())
