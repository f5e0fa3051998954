"""kjrel: news reporting on Korea-Japan relations as typed, citable data.

The public API is re-exported here::

    import kjrel
    corpus = kjrel.load()                 # the bundled seed corpus
    corpus.summits_between("2024-01-01", "2024-12-31")
"""

from kjrel._version import __version__
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
from kjrel.loader import load, read_article
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
    "read_article",
]
