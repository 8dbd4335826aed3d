"""A trainer's copy whose slides the new pack version also changed: both sides of each slide,
side by side, and the trainer's choice per slide. Nothing is written until Apply."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.packs import merge


class ConflictDialog(QDialog):
    def __init__(self, update: merge.CopyUpdate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packConflicts")
        self.update_ = update
        self.choices: dict[int, QButtonGroup] = {}
        self.setWindowTitle(self.tr("Your copy and the new version"))
        layout = QVBoxLayout(self)
        assert update.outcome is not None
        if update.outcome.conflicts:
            words = self.tr(
                "You changed %1, and the new version of its pack changes the same slides. "
                "Choose for each slide. The other slides are already merged."
            )
        else:
            words = self.tr(
                "The new version of the pack that %1 came from changes slides you did not "
                "change. Apply takes them into your copy; your copy as it was is kept."
            )
        intro = QLabel(words.replace("%1", update.path.name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        body = QWidget()
        rows = QVBoxLayout(body)
        for conflict in update.outcome.conflicts:
            rows.addWidget(self._slide(conflict))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout.addWidget(scroll)
        buttons = QDialogButtonBox()
        self.apply_button = buttons.addButton(
            self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 600)

    def _slide(self, conflict: merge.SlideConflict) -> QGroupBox:
        box = QGroupBox(self.tr("Slide %1").replace("%1", str(conflict.slide)))
        grid = QGridLayout(box)
        group = QButtonGroup(box)
        for column, (label, text, choice) in enumerate(
            (
                (self.tr("Keep my slide"), conflict.ours, "ours"),
                (self.tr("Take the new slide"), conflict.theirs, "theirs"),
            )
        ):
            button = QRadioButton(label)
            button.setObjectName(f"choice-{conflict.slide}-{choice}")
            button.setProperty("choice", choice)
            button.setChecked(choice == "ours")
            group.addButton(button)
            view = QPlainTextEdit(text)
            view.setReadOnly(True)
            grid.addWidget(button, 0, column)
            grid.addWidget(view, 1, column)
        self.choices[conflict.slide] = group
        return box

    def chosen(self) -> dict[int, str]:
        return {
            slide: str(group.checkedButton().property("choice"))
            for slide, group in self.choices.items()
        }

    def apply(self) -> None:
        """Write the copy as chosen; the copy as it was is kept beside it."""
        try:
            merge.write_resolution(self.update_, self.chosen())
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("%1 could not be written: %2. Your copy is unchanged.")
                .replace("%1", str(self.update_.path))
                .replace("%2", error.strerror or str(error)),
            )
            return
        self.accept()
