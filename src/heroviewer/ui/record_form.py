"""A form for one record (a hero or a news item): every field, checked as the user types.

Each problem is shown beside its field, in words, and Save stays disabled until there are none:
nothing invalid reaches the catalogue.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from heroviewer.ui import plain

DATE_HINT = "1921, 1921-05 or 1921-05-03"


class FormField(NamedTuple):
    key: str
    label: str
    kind: str = "line"  # line, date, text, lines (a list, one item a line), choice
    choices: tuple[tuple[Any, str], ...] = ()  # (stored value, shown text) for a choice


class RecordForm(QDialog):
    """Edits ``record``'s fields (a new record when it is empty); ``values()`` gives them back.

    ``sections`` are (heading, fields); ``validate`` maps values to {field: reason}.
    """

    def __init__(
        self,
        title: str,
        sections: list[tuple[str, list[FormField]]],
        record: Mapping[str, Any],
        validate: Callable[[Mapping[str, Any]], dict[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, objectName="recordForm")
        self.setWindowTitle(plain.window_title(title))
        self._validate = validate
        self._fields = [field for _heading, fields in sections for field in fields]
        self._widgets: dict[str, QWidget] = {}
        self._problem_labels: dict[str, QLabel] = {}

        body = QWidget()
        column_of_rows = QVBoxLayout(body)
        form = QFormLayout()
        column_of_rows.addLayout(form)
        column_of_rows.addStretch(1)  # a short form stays together at the top
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for heading, fields in sections:
            title_label = QLabel(f"<b>{heading}</b>")
            title_label.setContentsMargins(0, 10, 0, 2)
            form.addRow(title_label)
            for field in fields:
                widget = self._make_widget(field, record.get(field.key))
                problem = QLabel(objectName=f"problem-{field.key}")
                problem.setStyleSheet("color: #b00020;")
                problem.setWordWrap(True)
                problem.setTextFormat(Qt.TextFormat.PlainText)  # a reason may quote a value
                problem.hide()
                self._problem_labels[field.key] = problem
                column = QVBoxLayout()
                column.setSpacing(2)
                column.addWidget(widget)
                column.addWidget(problem)
                form.addRow(field.label, column)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.scroll = scroll

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveRecord")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(700, min(760, body.sizeHint().height() + 70))  # no empty space below
        self.check()

    # --- widgets ------------------------------------------------------------------------
    def _make_widget(self, field: FormField, value: Any) -> QWidget:
        name = f"edit-{field.key}"
        if field.kind == "choice":
            widget = QComboBox(objectName=name)
            for stored, shown in field.choices:
                widget.addItem(shown, stored)
            widget.setCurrentIndex(max(0, widget.findData(value)))
            widget.currentIndexChanged.connect(self.check)
        elif field.kind in ("text", "lines"):
            text = "\n".join(value or []) if field.kind == "lines" else value or ""
            widget = QPlainTextEdit(text, objectName=name)
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(70 if field.kind == "lines" else 110)
            widget.textChanged.connect(self.check)
        else:
            widget = QLineEdit(value or "", objectName=name)
            widget.setCursorPosition(0)  # long links show their beginning
            if field.kind == "date":
                widget.setPlaceholderText(DATE_HINT)
                widget.setMaximumWidth(220)
            widget.textChanged.connect(self.check)
        self._widgets[field.key] = widget
        return widget

    def widget(self, key: str) -> QWidget:
        return self._widgets[key]

    # --- values and checks --------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for field in self._fields:
            widget = self._widgets[field.key]
            if field.kind == "choice":
                values[field.key] = widget.currentData()
            elif field.kind == "lines":
                lines = widget.toPlainText().splitlines()
                values[field.key] = [line.strip() for line in lines if line.strip()]
            elif field.kind == "text":
                values[field.key] = widget.toPlainText().strip() or None
            else:
                values[field.key] = widget.text().strip() or None
        return values

    def check(self) -> dict[str, str]:
        """Show each problem beside its field; Save is enabled only when there are none."""
        problems = self._validate(self.values())
        for key, label in self._problem_labels.items():
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)
        self.save_button.setEnabled(not problems)
        return problems

    def accept(self) -> None:
        problems = self.check()
        if problems:
            first = next(key for key in self._widgets if key in problems)
            self.scroll.ensureWidgetVisible(self._widgets[first])
            self._widgets[first].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

    def changes(self, record: Mapping[str, Any]) -> dict[str, Any]:
        """The fields whose values differ from ``record``'s."""
        return {
            key: value
            for key, value in self.values().items()
            if value != (record.get(key) if record.get(key) not in ("", []) else None)
            and not (value == [] and not record.get(key))
        }
