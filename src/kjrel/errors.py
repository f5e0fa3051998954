"""The exceptions kjrel raises.

Every error kjrel raises on bad input is a :class:`KjrelError`. Each one
carries where the problem is (``path``, and ``line`` or ``offset`` where
they apply) and what is wrong, and its ``str()`` is one line fit for a
command-line message::

    seeds/manifest.toml:12: unknown key 'titel' in [[article]] (expected one of: ...)

The subclasses also derive from the built-in exception a caller would
expect (``ValueError``), so ``except ValueError`` keeps working.
"""

from __future__ import annotations

import enum
from pathlib import Path

import attrs

__all__ = [
    "BUG_NOTE",
    "CorpusError",
    "DocumentError",
    "KjrelError",
    "KjrelWarning",
    "ManifestError",
    "Problem",
    "QueryError",
    "SerializationError",
    "Severity",
]


BUG_NOTE = (
    "this is a bug in kjrel; please report it to the kjrel maintainers with the input"
    " (the kjrel command's --debug option shows the traceback)"
)
"""What every message about an unexpected failure inside kjrel ends with."""


class KjrelError(Exception):
    """The root of every error kjrel raises on bad input.

    :param message: what is wrong and, where it helps, what was expected.
    :param path: the file the problem is in, if any.
    :param line: the 1-based line in that file, if known.
    :param offset: the 0-based character (or byte, for decoding errors)
        offset in that file, if known.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
        offset: int | None = None,
    ) -> None:
        self.message = message
        self.path = None if path is None else str(path)
        self.line = line
        self.offset = offset
        super().__init__(self.__str__())

    def location(self) -> str:
        """Return ``path:line`` or ``path@offset`` (or ``""`` with no path)."""
        if self.path is None:
            return ""
        if self.line is not None:
            return f"{self.path}:{self.line}"
        if self.offset is not None:
            return f"{self.path}@{self.offset}"
        return self.path

    def __str__(self) -> str:
        """Return the one-line message: location, then what is wrong."""
        where = self.location()
        text = " ".join(self.message.split())
        return f"{where}: {text}" if where else text


class ManifestError(KjrelError, ValueError):
    """The corpus manifest is missing, malformed, or names files it must not."""


class DocumentError(KjrelError, ValueError):
    """An article file cannot be read or decoded as UTF-8 text."""


class CorpusError(KjrelError, ValueError):
    """The corpus directory as a whole is unusable (missing, unreadable, ...)."""


class SerializationError(KjrelError, ValueError):
    """JSON that kjrel was asked to load is not a valid kjrel record."""


class QueryError(KjrelError, ValueError):
    """A query argument is invalid (an unparseable date, an unknown name ...)."""


class KjrelWarning(UserWarning):
    """Something in the input is suspect but usable; kjrel goes on.

    kjrel does not raise these or pass them to the ``warnings`` module: each one is
    recorded as a :class:`Problem` with :attr:`Problem.severity`
    :attr:`Severity.WARNING` in :attr:`Corpus.problems
    <kjrel.corpus.Corpus.problems>` (in strict mode too), and the command
    line prints it to standard error. A publication date after today is one.
    """


class Severity(enum.Enum):
    """How bad a recorded :class:`Problem` is."""

    ERROR = "error"
    """Something was skipped (only with ``strict=False``; strict loading raises)."""
    WARNING = "warning"
    """Everything was loaded, but a value is suspect (a publication date in the future)."""


@attrs.frozen
class Problem:
    """A problem recorded instead of raised.

    Nothing is dropped silently: every article the loader skipped with
    ``kjrel.load(..., strict=False)``, and why, is an error problem beside the
    corpus; every suspect value that was loaded anyway is a warning problem
    (:attr:`severity`), in strict mode too.
    """

    message: str
    """What is wrong, as one line (the error's ``str()``)."""
    path: str | None = None
    """The file the problem is in, if any."""
    line: int | None = None
    """The 1-based line, if known."""
    offset: int | None = None
    """The 0-based offset, if known."""
    error_type: str = "KjrelError"
    """The name of the exception (or warning) class that described the problem."""
    severity: Severity = Severity.ERROR
    """An error (something was skipped) or a warning (loaded, but suspect)."""

    @classmethod
    def from_error(cls, error: KjrelError) -> Problem:
        """Record ``error`` as a problem."""
        return cls(str(error), error.path, error.line, error.offset, type(error).__name__)

    @classmethod
    def warning(cls, message: str, *, path: str | Path | None = None,
                line: int | None = None) -> Problem:
        """Return a warning problem; its message starts with ``path:line:`` when known."""
        where = KjrelError(message, path=path, line=line)
        return cls(str(where), where.path, line, None, KjrelWarning.__name__, Severity.WARNING)

    @property
    def is_warning(self) -> bool:
        """Whether this is a warning (the data was loaded) rather than an error."""
        return self.severity is Severity.WARNING
