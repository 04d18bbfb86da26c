"""A form for one record (a hero or a news item): every field, checked as the user types.

Each problem is shown beside its field, in words, and Save stays disabled until there are none:
nothing invalid reaches the catalogue. A date is typed as staff write it (26.11.1942 too), shown
as it was understood and stored as ISO text. The wheel scrolls the form and changes a drop-down
only when the drop-down has focus, and leaving with unsaved changes asks first.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from heroviewer.records.dates import PartialDateError, canonical_date
from heroviewer.records.vocabulary import TERM_FIELDS
from heroviewer.support.translated import translated
from heroviewer.ui import plain
from heroviewer.ui.labels import date_text, stored_term, term_choices, term_text
from heroviewer.ui.theme import is_dark


def problem_colour(palette: QPalette) -> str:
    """Red that reads on the form's background, light or dark."""
    return "#ff8a80" if is_dark(palette) else "#b00020"


def note_colour(palette: QPalette) -> str:
    """The colour of a note beside a field (a translation not yet checked), readable in both
    themes."""
    return "#ffcc80" if is_dark(palette) else "#8a5a00"


class FormField(NamedTuple):
    key: str
    label: str
    kind: str = "line"  # line, date, text, lines (a list, one item a line), choice
    choices: tuple[tuple[Any, str], ...] = ()  # (stored value, shown text) for a choice


class _ChoiceBox(QComboBox):
    """A drop-down that the wheel changes only when it has focus; otherwise the form scrolls."""

    def __init__(self, name: str) -> None:
        super().__init__(objectName=name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel does not give it focus
        # A long choice (in Russian, 60 letters) is cut in the box, shown whole in its list,
        # rather than widening the form past its window.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # passed on to the scroll area


class RecordForm(QDialog):
    """Edits ``record``'s fields (a new record when it is empty); ``values()`` gives them back.

    ``sections`` are (heading, fields); ``validate`` maps values to {field: reason}; ``subject``
    names the record in the question before unsaved changes are discarded.
    """

    def __init__(
        self,
        title: str,
        sections: list[tuple[str, list[FormField]]],
        record: Mapping[str, Any],
        validate: Callable[[Mapping[str, Any]], dict[str, str]],
        parent: QWidget | None = None,
        subject: str = "",
        marks: str | None = None,
    ) -> None:
        """``marks``: the record's list of text fields written as translations and not yet
        checked by staff; each such field is marked, and the mark can be cleared."""
        super().__init__(parent, objectName="recordForm")
        self.setWindowTitle(plain.window_title(title))
        self._validate = validate
        self._record = dict(record)
        self._subject = subject
        self._fields = [field for _heading, fields in sections for field in fields]
        self._widgets: dict[str, QWidget] = {}
        self._problem_labels: dict[str, QLabel] = {}
        self._understood_labels: dict[str, QLabel] = {}
        self._term_labels: dict[str, QLabel] = {}  # the known term a rank, branch... is saved as
        self._marks_key = marks
        self._marks = list(record.get(marks) or []) if marks else []

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
                problem.setStyleSheet(f"color: {problem_colour(self.palette())};")
                problem.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
                problem.setWordWrap(True)
                problem.hide()
                self._problem_labels[field.key] = problem
                column = QVBoxLayout()
                column.setSpacing(2)
                column.addLayout(self._row_of(field, widget))
                if field.key in self._marks:
                    column.addWidget(self._mark(field.key))
                column.addWidget(problem)
                label = QLabel(field.label)
                label.setBuddy(widget)  # screen readers name the field by its label
                form.addRow(label, column)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, which scroll it
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
    def _row_of(self, field: FormField, widget: QWidget) -> QHBoxLayout:
        """The field's widget, with how a date was understood beside it, across the whole row.

        A narrow date field alone would make its row (and the problem below it) narrow too.
        """
        row = QHBoxLayout()
        row.addWidget(widget, 3)
        if field.kind == "date":
            understood = QLabel(objectName=f"understood-{field.key}")
            understood.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # grey, any theme
            understood.setTextFormat(Qt.TextFormat.PlainText)
            understood.setWordWrap(True)  # a narrow form keeps it whole
            self._understood_labels[field.key] = understood
            row.addWidget(understood, 2)  # never hidden: it lets the row grow past the date field
        elif field.key in TERM_FIELDS:  # the known term it is saved as, in the reader's words
            term = QLabel(objectName=f"term-{field.key}")
            term.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            term.setTextFormat(Qt.TextFormat.PlainText)
            term.setWordWrap(True)  # a long rank in Russian wraps rather than widening the form
            self._term_labels[field.key] = term
            row.addWidget(term, 2)
        return row

    def _mark(self, key: str) -> QWidget:
        """ "Translation not yet checked by staff", with a button that clears the mark."""
        mark = QWidget(objectName=f"unchecked-{key}")
        row = QHBoxLayout(mark)
        row.setContentsMargins(0, 0, 0, 0)
        note = QLabel(self.tr("Translation not yet checked by staff"))
        note.setStyleSheet(f"color: {note_colour(self.palette())};")
        note.setWordWrap(True)  # a long note (Russian, Tajik) wraps rather than widening the form
        checked = QPushButton(self.tr("Mark as checked"), objectName=f"checked-{key}")
        checked.setAccessibleName(self.tr("Mark the translation as checked"))
        checked.clicked.connect(lambda: self._clear_mark(key, mark))
        row.addWidget(note)
        row.addWidget(checked)
        row.addStretch(1)
        return mark

    def _clear_mark(self, key: str, mark: QWidget) -> None:
        self._marks.remove(key)
        mark.hide()
        self.check()

    def _make_widget(self, field: FormField, value: Any) -> QWidget:
        name = f"edit-{field.key}"
        if field.kind == "choice":
            widget = _ChoiceBox(name)
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
                widget.setPlaceholderText(self.tr("1942, 11.1942 or 26.11.1942"))
                widget.setMaximumWidth(220)
            elif field.key in TERM_FIELDS:  # staff pick a known term rather than spell it
                completer = QCompleter(term_choices(field.key), widget)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                widget.setCompleter(completer)
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
            elif field.kind == "date":
                values[field.key] = self._date_reading(field.key)[0]
            elif field.key in TERM_FIELDS:  # a known term typed in any case or language: stored
                typed = widget.text().strip() or None  # in English, else as typed
                values[field.key] = stored_term(field.key, typed) or typed
            else:
                values[field.key] = widget.text().strip() or None
        if self._marks_key:
            values[self._marks_key] = list(self._marks)
        return values

    def _date_reading(self, key: str) -> tuple[str | None, str | None]:
        """The date typed in field ``key`` as stored (the text as typed when it is not a date),
        and why it is not a date."""
        text = self._widgets[key].text().strip()
        if not text:
            return None, None
        try:
            return canonical_date(text), None
        except PartialDateError as error:
            return text, translated(error)

    def _term_reading(self, typed: str, stored: str | None) -> str:
        """Which known term ``typed`` will be ``stored`` as: "пехота (infantry)", the reader's
        word and the stored one (a reader of Russian sees that it was understood, and what the
        record will hold); "" when it is none, or when the interface is in English and the term
        is typed exactly as stored."""
        if stored is None:
            return ""
        shown = term_text(stored)
        if shown == stored:
            return "" if typed == stored else stored
        return self.tr("{term} ({stored})").format(term=shown, stored=stored)

    def check(self) -> dict[str, str]:
        """Show each problem beside its field; Save is enabled only when there are none."""
        problems = self._validate(self.values())
        for key, understood in self._understood_labels.items():
            date, reason = self._date_reading(key)
            if reason:  # in the words of the form, which takes more than the stored ISO text
                problems[key] = reason
            shown = date_text(date) if date and not reason else ""
            understood.setText("" if shown == self._widgets[key].text().strip() else shown)
        for key, term in self._term_labels.items():
            typed = self._widgets[key].text().strip()
            stored = stored_term(key, typed)
            term.setText(self._term_reading(typed, stored))
            term.setVisible(bool(term.text()))
            saved_as = self.tr("Saved as the known term “{stored}”, read in each reader's language")
            tip = html.escape(saved_as.format(stored=stored), quote=False) if stored else ""
            term.setToolTip(tip)
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

    def reject(self) -> None:
        """Esc, Cancel and closing the window: unsaved changes are discarded only when confirmed."""
        if self.changes(self._record) and not self._discard_confirmed():
            return
        super().reject()

    def _discard_confirmed(self) -> bool:
        question = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("Discard your changes to {name}?").format(name=self._subject),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        question.setTextFormat(Qt.TextFormat.PlainText)  # the name comes from the record
        discard = question.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = question.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        question.setDefaultButton(keep)
        question.exec()
        return question.clickedButton() is discard

    def changes(self, record: Mapping[str, Any]) -> dict[str, Any]:
        """The fields whose values differ from ``record``'s."""
        return {
            key: value
            for key, value in self.values().items()
            if value != (record.get(key) if record.get(key) not in ("", []) else None)
            and not (value == [] and not record.get(key))
        }
