"""Messages for a user written where Qt is not imported (records, formats, catalogue, operations,
cards): marked for translation where they are written, translated where they are shown.

A Message is a ``str`` holding its English text, so exceptions, reports and tests built from one
read as before; it also keeps its translation context, its English template ("{path}: no such
file"; "%n hero(es)" with a count) and its named arguments, so that the window and the command line
can show it in the interface's language: ``text_of(message, QCoreApplication.translate)``
(heroviewer.support.translated does that).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# QCoreApplication.translate's signature: (context, source text, disambiguation, count).
Translate = Callable[[str, str, str | None, int], str]

_PLURAL_ENDING = re.compile(r"\((e?s)\)")  # "hero(es)", "record(s)": the English plural ending


def QT_TRANSLATE_NOOP(  # the name pyside6-lupdate looks for
    context: str, text: str, disambiguation: str | None = None, n: int = -1
) -> Message:
    """Marks ``text`` for translation in ``context`` and returns it as a Message; ``.format()``
    gives its named arguments. A text with a count is marked with a literal fourth argument
    (``QT_TRANSLATE_NOOP("Context", "%n hero(es)", "", -1)``: lupdate then asks for plural
    forms) and given its count as ``.format(n=...)``."""
    return Message(context, text)


class Message(str):
    """A text for a user; str() is the English text."""

    context: str | None  # None: not translated itself (a joining of translated parts)
    template: str
    arguments: dict[str, object]

    def __new__(
        cls, context: str | None, template: str, arguments: dict[str, object] | None = None
    ) -> Message:
        message = super().__new__(cls, _render(context, template, arguments or {}, None))
        message.context = context
        message.template = template
        message.arguments = arguments or {}
        return message

    def format(self, **arguments: object) -> Message:  # type: ignore[override]
        """The message with its named arguments (``n``: the count of a text with %n)."""
        return Message(self.context, self.template, {**self.arguments, **arguments})

    def __reduce__(self) -> tuple:
        return Message, (self.context, self.template, self.arguments)

    def shown(self, translate: Translate | None) -> str:
        """The text in the language of ``translate`` (English without one)."""
        return _render(self.context, self.template, self.arguments, translate)


def joined(parts: Iterable[object], separator: str = "\n") -> Message:
    """``parts`` (messages or plain texts) joined; each part is translated when shown."""
    arguments = {f"part{number}": part for number, part in enumerate(parts)}
    return Message(None, separator.join(f"{{{key}}}" for key in arguments), arguments)


def message_of(error: BaseException) -> str:
    """The Message an exception was made from (kept for translation), else its str()."""
    first = error.args[0] if len(error.args) == 1 else getattr(error, "strerror", None)
    return first if isinstance(first, Message) else str(error)


def text_of(value: object, translate: Translate | None = None) -> str:
    """``value`` as a user reads it: a Message, or an exception made from one (its first
    argument), translated by ``translate``; anything else as str()."""
    if isinstance(value, BaseException):
        value = message_of(value)
    if isinstance(value, Message):
        return value.shown(translate)
    return str(value)


def _render(
    context: str | None, template: str, arguments: dict[str, object], translate: Translate | None
) -> str:
    count = arguments.get("n")
    text = template
    if translate is not None and context is not None:
        number = count if isinstance(count, int) else -1
        text = translate(context, template, None, number)
        if number >= 0 and text == template.replace("%n", str(number)):
            text = template  # not translated: the English plural below
    if isinstance(count, int) and "%n" in text:
        text = text.replace("%n", f"{count:,}")
        text = _PLURAL_ENDING.sub(lambda ending: ending[1] if count != 1 else "", text)
    if not arguments:
        return text
    shown = {
        key: text_of(value, translate) if isinstance(value, str | BaseException) else value
        for key, value in arguments.items()
    }
    try:
        return text.format(**shown)
    except (KeyError, IndexError, ValueError):  # a translation with a wrong placeholder
        if translate is None:
            raise
        return _render(context, template, arguments, None)
