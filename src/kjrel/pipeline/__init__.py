"""The extraction pipeline: one pure function per stage, run in order.

:func:`extract` runs every stage on one :class:`~kjrel.models.Document` and
returns an :class:`~kjrel.models.Extraction`. Stages read nothing but their
arguments, so the same functions serve the loader, ``kjrel extract`` and a
user's own parallel map.

Stages, in order (each module's docstring says what it needs and makes):

1. :mod:`kjrel.pipeline.segment`: paragraphs, sentences, page furniture.
2. :mod:`kjrel.pipeline.mentions`: people, organisations, pronouns and
   descriptions, resolved to entities; :mod:`kjrel.pipeline.turns` adds
   the first person of a transcript's speakers.
3. :mod:`kjrel.pipeline.quotes`: quotation marks to quote candidates.
4. :mod:`kjrel.pipeline.attribution`: speakers and cues for quotes.
5. :mod:`kjrel.pipeline.temporal`: temporal expressions.
6. :mod:`kjrel.pipeline.statements`: reported statements.
7. :mod:`kjrel.pipeline.summits`: meetings between leaders.
8. :mod:`kjrel.pipeline.agreements`: agreements and commitments.
9. :mod:`kjrel.pipeline.claims`: dated claims about taking or leaving office.
"""

from __future__ import annotations

from kjrel.gazetteer import Gazetteer, default_gazetteer
from kjrel.models import Document, Extraction
from kjrel.pipeline.agreements import find_agreements
from kjrel.pipeline.attribution import attribute_quotes
from kjrel.pipeline.claims import find_claims
from kjrel.pipeline.instrument_links import link_instruments
from kjrel.pipeline.mentions import find_mentions
from kjrel.pipeline.quotes import find_quote_candidates
from kjrel.pipeline.segment import segment
from kjrel.pipeline.statements import find_statements
from kjrel.pipeline.summits import find_summits
from kjrel.pipeline.temporal import find_timexes
from kjrel.pipeline.turns import with_first_person
from kjrel.reference import Reference, default_reference

__all__ = ["extract", "link_instruments"]


def extract(
    document: Document, gazetteer: Gazetteer | None = None, reference: Reference | None = None
) -> Extraction:
    """Run every stage on ``document`` and return what they found.

    :param document: the article; ``document.published`` anchors relative dates.
    :param gazetteer: reference data to resolve leaders; the bundled one by default.
    :param reference: the instruments cited agreements are linked to
        (:mod:`kjrel.pipeline.instrument_links`); the bundled one by default.
    """
    gazetteer = gazetteer or default_gazetteer()
    text = document.text
    segmentation = segment(text)
    mentions = find_mentions(document, segmentation, gazetteer)
    mentions = with_first_person(text, segmentation, mentions)
    candidates = find_quote_candidates(text, segmentation)
    quotes = attribute_quotes(document, segmentation, candidates, mentions)
    timexes = find_timexes(document, segmentation)
    statements = find_statements(document, segmentation, mentions, quotes)
    reference = reference or default_reference()
    summits = find_summits(document, segmentation, mentions, timexes, gazetteer, reference)
    agreements = find_agreements(document, segmentation, mentions, timexes, summits, gazetteer)
    agreements = link_instruments(agreements, reference, timexes)
    claims = find_claims(document, segmentation, mentions, timexes, gazetteer)
    return Extraction(
        document=document,
        quotes=quotes,
        statements=statements,
        timexes=timexes,
        summits=summits,
        agreements=agreements,
        entities=mentions.entities,
        claims=claims,
    )
