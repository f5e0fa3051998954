"""kjrel: news reporting on Korea-Japan relations as typed, citable data.

The public API is re-exported here::

    import kjrel
    corpus = kjrel.load()                 # the bundled seed corpus
    corpus.summits_between("2024-01-01", "2024-12-31")
"""

from kjrel._version import __version__
from kjrel.errors import (
    CorpusError,
    DocumentError,
    KjrelError,
    ManifestError,
    QueryError,
    SerializationError,
)
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
    "CorpusError",
    "Document",
    "DocumentError",
    "Entity",
    "EntityKind",
    "Extraction",
    "KjrelError",
    "Leader",
    "ManifestError",
    "Mod",
    "Office",
    "OfficeRole",
    "PartialDate",
    "Place",
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
    "TimexType",
    "__version__",
    "extract",
]
