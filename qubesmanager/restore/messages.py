"""Translatable engine messages without Qt (the engine must not import it).

The engine marks each English template with :func:`QT_TRANSLATE_NOOP`, a
plain function that pylupdate5 recognises by name and extracts into the
catalogue under :data:`CONTEXT`.  A :class:`Message` is the formatted
English text (a ``str``, so logs, CLI output and tests read it as before)
that also carries its template and parameters; the wizard passes it
through :func:`translated` to show it in the user's language.
"""

from __future__ import annotations

from typing import Callable

from qubesmanager.backupformat import errors as fmt

#: Translation context of every engine message (restore and backup).
CONTEXT = "RestoreEngine"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt name
    """Mark ``text`` for extraction; returns it unchanged (no Qt here)."""
    del context
    return text


class Message(str):
    """English text of ``template.format(**params)``, kept translatable.

    Parameters may be Messages (or translatable exceptions) themselves;
    they are translated along with the template.
    """

    template: str
    params: dict
    context: str

    def __new__(cls, template: str, context: str = CONTEXT, **params):
        self = super().__new__(cls, template.format(
            **{k: str(v) for k, v in params.items()}))
        self.template = template
        self.params = params
        self.context = context
        return self

    def translate(self, tr: Callable[[str, str], str]) -> str:
        """The text in the language of ``tr(context, template)``.

        A translation that breaks the placeholders falls back to English
        rather than failing where the error is being reported.
        """
        params = {k: translated(v, tr) for k, v in self.params.items()}
        try:
            return tr(self.context, self.template).format(**params)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**params)

    def __reduce__(self):
        return (_rebuild, (self.template, self.context, self.params))


def _rebuild(template, context, params):
    return Message(template, context, **params)


#: A translatable headline for archive errors whose detail text comes
#: from the (untranslated) backup format reader; most specific first.
ARCHIVE_HEADLINES = (
    (fmt.WrongPassphrase, QT_TRANSLATE_NOOP(
        "RestoreEngine", "Wrong passphrase, or the archive was altered.")),
    (fmt.CorruptedData, QT_TRANSLATE_NOOP(
        "RestoreEngine", "The archive is damaged or was tampered with.")),
    (fmt.TruncatedArchive, QT_TRANSLATE_NOOP(
        "RestoreEngine", "The archive is incomplete (truncated).")),
    (fmt.UnexpectedMember, QT_TRANSLATE_NOOP(
        "RestoreEngine", "The archive holds something a Qubes backup "
        "never contains.")),
    (fmt.BackupFormatError, QT_TRANSLATE_NOOP(
        "RestoreEngine", "This is not a readable Qubes backup.")),
)


def carried_message(value) -> Message | None:
    """The Message an exception (or a Message itself) carries, if any."""
    if isinstance(value, Message):
        return value
    if isinstance(value, BaseException):
        message = getattr(value, "message", None)
        if isinstance(message, Message):
            return message
        if value.args and isinstance(value.args[0], Message):
            return value.args[0]
    return None


def translated(value, tr: Callable[[str, str], str]) -> str:
    """``value`` (Message, exception, anything) as text for the user.

    An archive error without a Message gets a translated headline in
    front of its English details - only when a translation exists, so
    the English text stays exactly the reader's.
    """
    message = carried_message(value)
    if message is not None:
        return message.translate(tr)
    text = str(value)
    if isinstance(value, fmt.BackupFormatError):
        for klass, headline in ARCHIVE_HEADLINES:
            if isinstance(value, klass):
                local = tr(CONTEXT, headline)
                return text if local == headline else f"{local} ({text})"
    return text


class TranslatableError(Exception):
    """An exception whose str() is English and ``message`` translatable."""

    def __init__(self, message: Message | str, *args) -> None:
        super().__init__(message, *args)
        self.message = message

    def __str__(self) -> str:
        return str(self.message)
