"""Messages for people that core/ makes, in English, and the UI shows in its own language.

core/ has no Qt, so it cannot translate. It gives a :class:`Message` instead: a translation
context, an English template with ``{name}`` fields, and the values of those fields. ``str()`` of a
message is its English text, which the command line, the log and JSON reports print unchanged;
the UI shows it with ``ui/i18n.py``'s ``core_text``, which looks the template up with
``QCoreApplication.translate(context, template)`` and fills in the same values. The values (file
names, line numbers, slide numbers, a library's own error) are never translated; a value that is
itself a Message is translated on its own.

Every template is written as ``QT_TRANSLATE_NOOP("Context", "template")``, with two plain string
literals, so that ``pyside6-lupdate`` (run by ``resources/translations/update.py`` over the core
files too) finds it and puts it in the ``.ts`` files; the fields are given with ``.format(...)``::

    QT_TRANSLATE_NOOP("ImportReport", "slide {number} cannot be read ({error})").format(
        number=3, error=str(error)
    )

``tests/core/test_core_messages.py`` keeps every template a literal whose fields match its
``.format`` call, and every translation with the same fields as its template.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Union

Value = Union[str, int, "Message"]


@dataclass(frozen=True)
class Message:
    """``context`` and ``template`` are what the translation is looked up by; ``args`` the
    values of the template's ``{name}`` fields. An empty context is never translated (see
    :func:`plain`)."""

    context: str
    template: str
    args: tuple[tuple[str, Value], ...] = ()

    def format(self, **args: Value) -> Message:
        """This message with the values of its fields."""
        return replace(self, args=tuple(args.items()))

    def __str__(self) -> str:
        return self.template.format(**dict(self.args))


def QT_TRANSLATE_NOOP(context: str, template: str) -> Message:  # noqa: N802 (lupdate's name)
    """Mark ``template`` for translation under ``context``: lupdate reads these calls."""
    return Message(context, template)


def plain(template: str, **args: Value) -> Message:
    """A message whose own words need no translation (``"{file}: {reason}"``), only its values
    (a Message among them is translated)."""
    return Message("", template, tuple(args.items()))


def as_message(value: Message | str) -> Message:
    """``value`` as a Message: a plain string (a library's error text) is shown as it is."""
    return value if isinstance(value, Message) else plain("{text}", text=value)


class MessageError(Exception):
    """An error with a message for people: ``message`` is its English text (the command line,
    the log, JSON), ``text`` the :class:`Message` the UI shows in its own language."""

    def __init__(self, message: Message | str) -> None:
        super().__init__(str(message))
        self.text = as_message(message)
        self.message = str(message)
