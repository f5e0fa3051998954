"""kjrel: news reporting on Korea-Japan relations as typed, citable data.

The public API is re-exported here::

    import kjrel
    corpus = kjrel.load()                 # the bundled seed corpus
    corpus.summits_between("2024-01-01", "2024-12-31")

The package is lazy: ``import kjrel`` imports nothing but the version, and
each name below is imported from its module the first time it is used
(:pep:`562` module ``__getattr__``), so a program or command that needs
only part of kjrel does not pay for the extraction pipeline.
"""

from __future__ import annotations

import importlib

from kjrel._version import __version__

TYPE_CHECKING = False  # not typing's: importing typing would cost more than the rest
if TYPE_CHECKING:  # the names as the type checker sees them; loaded lazily at run time
    from typing import Any

    from kjrel.corpus import Corpus, EventKind, TimelineEvent
    from kjrel.errors import (
        CorpusError,
        DocumentError,
        KjrelError,
        ManifestError,
        Problem,
        QueryError,
        SerializationError,
    )
    from kjrel.loader import load, load_jsonl, read_article
    from kjrel.models import (
        Agreement,
        AgreementKind,
        AgreementStatus,
        Claim,
        ClaimKind,
        Document,
        Entity,
        EntityKind,
        Extraction,
        Leader,
        Mod,
        Office,
        OfficeRole,
        PartialDate,
        Place,
        Quote,
        QuoteKind,
        Span,
        Statement,
        Summit,
        SummitKind,
        SummitStatus,
        TemporalExpression,
        TimexType,
    )
    from kjrel.pipeline import extract

_MODULES = {
    "kjrel.corpus": ("Corpus", "EventKind", "TimelineEvent"),
    "kjrel.errors": (
        "CorpusError", "DocumentError", "KjrelError", "ManifestError", "Problem",
        "QueryError", "SerializationError",
    ),
    "kjrel.loader": ("load", "load_jsonl", "read_article"),
    "kjrel.models": (
        "Agreement", "AgreementKind", "AgreementStatus", "Claim", "ClaimKind", "Document",
        "Entity", "EntityKind", "Extraction", "Leader", "Mod", "Office", "OfficeRole",
        "PartialDate", "Place", "Quote", "QuoteKind", "Span", "Statement", "Summit",
        "SummitKind", "SummitStatus", "TemporalExpression", "TimexType",
    ),
    "kjrel.pipeline": ("extract",),
}
_WHERE = {name: module for module, names in _MODULES.items() for name in names}

__all__ = [
    "Agreement",
    "AgreementKind",
    "AgreementStatus",
    "Claim",
    "ClaimKind",
    "Corpus",
    "CorpusError",
    "Document",
    "DocumentError",
    "Entity",
    "EntityKind",
    "EventKind",
    "Extraction",
    "KjrelError",
    "Leader",
    "ManifestError",
    "Mod",
    "Office",
    "OfficeRole",
    "PartialDate",
    "Place",
    "Problem",
    "QueryError",
    "Quote",
    "QuoteKind",
    "SerializationError",
    "Span",
    "Statement",
    "Summit",
    "SummitKind",
    "SummitStatus",
    "TemporalExpression",
    "TimelineEvent",
    "TimexType",
    "__version__",
    "extract",
    "load",
    "load_jsonl",
    "read_article",
]


def __getattr__(name: str) -> Any:
    """Import a public name from its module on first use, then keep it here."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'kjrel' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """List the public names (loaded or not) beside the module's own."""
    return sorted(set(globals()) | set(__all__))
