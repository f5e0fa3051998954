"""Tests of quote attribution: every attribution form, continuations, partial
quotes and nested quotes.

All snippets are invented for these tests; segmentation and quote pairing
come from the local helpers in ``test_mentions``.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kjrel.gazetteer import default_gazetteer
from kjrel.models import Document, Quote, QuoteKind
from kjrel.pipeline import extract
from kjrel.pipeline.attribution import attribute_quotes, read_cue
from kjrel.pipeline.mentions import find_mentions
from kjrel.pipeline.types import QuoteCandidate
from test_mentions import document, local_quotes, local_segment


def quotes_of(text: str, published: dt.date = dt.date(2024, 9, 7),
              not_quotes: tuple[str, ...] = ()) -> tuple[Quote, ...]:
    """Attribute the quotes of ``text`` with the local segmentation and pairing."""
    doc = document(text, published)
    seg = local_segment(text)
    mentions = find_mentions(doc, seg, default_gazetteer())
    return attribute_quotes(doc, seg, local_quotes(text, seg, not_quotes), mentions)


FORMS = [
    ('"The bridge is open," Yoon Suk Yeol said.', "Yoon Suk Yeol", "said"),
    ('"The bridge is open," said Yoon Suk Yeol.', "Yoon Suk Yeol", "said"),
    ('"We are tired of waiting," said Bae Jun-ho, a member of the Harbor Rowing Club.',
     "Bae Jun-ho", "said"),
    ('"We are tired of waiting," Bae Jun-ho, a member of the rowing club, said.',
     "Bae Jun-ho", "said"),
    ('Kishida said: "The rain will stop."', "Fumio Kishida", "said"),
    ('Kishida said, "The rain will stop."', "Fumio Kishida", "said"),
    ('"The ferry is late," Kishida told reporters after the meeting, adding that it was fine.',
     "Fumio Kishida", "told reporters"),
    ('Kishida spoke at noon.\n"The ferry is late," he added.', "Fumio Kishida", "added"),
    ('"The ferry is late," the president added.', "Yoon Suk Yeol", "added"),
    ('"Tea is ready," Kishida was quoted as saying.', "Fumio Kishida", "was quoted as saying"),
    ('"Tea is ready," according to Kishida.', "Fumio Kishida", "according to"),
    ('"We welcome the plan," Kishida said in a statement.', "Fumio Kishida",
     "said in a statement"),
    ('"We welcome the plan," the presidential office said in a statement.',
     "South Korean presidential office", "said in a statement"),
    ('"The tide turns slowly," Tess Marlow, director for tides at the Harbor Institute, '
     "told the Lantern Daily.", "Tess Marlow", "told the Lantern Daily"),
    ('"The boats are ready," Kishida also said.', "Fumio Kishida", "said"),
    ('"The boats are ready," a senior official said.', None, "said"),
    ('Yoon Suk Yeol stood up.\n"Thank you all," stated the president.', "Yoon Suk Yeol",
     "stated"),
    ('"The rain helps," Kishida told a regular news conference.', "Fumio Kishida",
     "told a regular news conference"),
    ('"Keep rowing," Kishida was quoted as telling the crew.', "Fumio Kishida",
     "was quoted as telling"),
    ('"The tide is turning," Tess Marlow quoted Kishida as saying.', "Fumio Kishida",
     "quoted Kishida as saying"),
    ('Tess Marlow quoted Kishida as saying, "The tide is turning."', "Fumio Kishida",
     "quoted Kishida as saying"),
    ('Kishida met Park Won-seo, a professor at a rowing college.\n'
     '"The oars are new," spokesperson Kishida said.', "Fumio Kishida", "said"),
]


@pytest.mark.parametrize(("text", "speaker", "cue"), FORMS)
def test_attribution_forms(text: str, speaker: str | None, cue: str) -> None:
    """Every attribution form gives the speaker and the cue as written."""
    text = text if "Yoon" in text or "president" not in text else "Yoon Suk Yeol waved.\n" + text
    found = quotes_of(text)
    assert len(found) == 1
    assert found[0].speaker == speaker
    assert found[0].cue == cue
    assert found[0].cue_span is not None
    assert text[found[0].cue_span.start : found[0].cue_span.end] == cue


def test_quote_split_by_its_attribution() -> None:
    """Both parts of "First," he said. "Second." are the speaker's; the second has no cue."""
    text = 'Kishida arrived.\n"The sea is calm," he said. "We sail at dawn."'
    first, second = quotes_of(text)
    assert (first.speaker, first.cue) == ("Fumio Kishida", "said")
    assert (second.speaker, second.cue) == ("Fumio Kishida", None)


def test_quote_split_mid_sentence() -> None:
    """A quote interrupted by "he said," continues with the same speaker and no cue."""
    text = 'Kishida arrived.\n"The sea is calm," he said, "and we sail at dawn."'
    first, second = quotes_of(text)
    assert first.cue == "said"
    assert (second.speaker, second.cue) == ("Fumio Kishida", None)


def test_paragraph_that_is_only_a_quote() -> None:
    """A paragraph that is only a quote is spoken by the previous paragraph's speaker."""
    text = ('"The sea is calm," Kishida said.\n'
            '"Tomorrow we will sail to the islands and back."')
    _first, second = quotes_of(text)
    assert second.speaker == "Fumio Kishida"
    assert second.cue is None
    assert second.kind is QuoteKind.DIRECT


def test_partial_quotes_go_to_the_subject() -> None:
    """A fragment goes to the subject of the reporting verb before it."""
    text = ('Yoon Suk Yeol and Fumio Kishida met Joe Biden, and the three countries agreed '
            'on a plan.\nIn a joint note, they pledged to "harmonize" their radar data.')
    (quote,) = quotes_of(text)
    assert quote.kind is QuoteKind.PARTIAL
    assert quote.cue == "pledged"
    assert quote.speaker == "South Korea, Japan and the United States"


def test_partial_quote_with_phrase_cue() -> None:
    """Cues extend over their complement: "called for", "expressed hope"."""
    text = ("The cautious Yoon Suk Yeol took office in 2022 and called for a "
            '"forward-looking" start.')
    (quote,) = quotes_of(text)
    assert (quote.speaker, quote.cue) == ("Yoon Suk Yeol", "called for")


def test_partial_quote_of_a_group() -> None:
    """A generic group is the speaker of its partial quote."""
    text = ("Several liberal civic groups marched in Seoul, denouncing the trip as "
            '"a waste of money."')
    (quote,) = quotes_of(text)
    assert (quote.speaker, quote.cue) == ("liberal civic groups", "denouncing")


def test_terms_are_not_quotes() -> None:
    """Candidates the quotes stage rejected (terms, titles) give no quote."""
    text = 'He praised the "harbor doctrine" unveiled by Yoon Suk Yeol.'
    assert quotes_of(text, not_quotes=("harbor doctrine",)) == ()


def test_nested_quote_takes_the_outer_speaker() -> None:
    """A quote nested in another is attributed to the outer quote's speaker."""
    text = '"He told me \u2018wait here,\u2019 and I did," Kishida said.'
    doc = document(text)
    seg = local_segment(text)
    mentions = find_mentions(doc, seg, default_gazetteer())
    outer = local_quotes(text, seg)
    inner_open = text.index("\u2018")
    inner_close = text.index("\u2019")
    nested = QuoteCandidate(inner_open, inner_close, True, "direct")
    found = attribute_quotes(doc, seg, (*outer, nested), mentions)
    assert [q.speaker for q in found] == ["Fumio Kishida", "Fumio Kishida"]
    assert found[1].cue is None


def test_name_after_a_possessive_country() -> None:
    """"...," Japan's Foreign Minister X said: the speaker is the named minister."""
    text = '"Rowing is hard," Japan\'s Foreign Minister Toshimitsu Motegi said.'
    (quote,) = quotes_of(text, dt.date(2025, 10, 31))
    assert (quote.speaker, quote.cue) == ("Toshimitsu Motegi", "said")


def test_quote_after_a_reporting_sentence() -> None:
    """A quote standing alone after "X said ..." in its paragraph is X's, cue None."""
    text = 'Kishida said the oars were new. "We row at noon."'
    (quote,) = quotes_of(text)
    assert (quote.speaker, quote.cue) == ("Fumio Kishida", None)


def test_quote_carried_over_a_paragraph_break() -> None:
    """A quote left open at a paragraph's end is spoken by whoever closes it."""
    text = 'The crew waited. "The river is high.\n"We will wait," Kishida added.'
    first, second = quotes_of(text)
    assert second.speaker == "Fumio Kishida"
    assert first.speaker == "Fumio Kishida"


def test_partial_quote_of_a_reported_subject() -> None:
    """In "X said Y expressed "..."", the fragment is Y's, the subject of its verb."""
    text = ('Kishida said Prime Minister Shinzo Abe expressed "deep regret" to the rowers.')
    (quote,) = quotes_of(text, dt.date(2015, 12, 28))
    assert (quote.speaker, quote.cue) == ("Shinzo Abe", "expressed")


def test_partial_quote_skips_a_relative_clause() -> None:
    """A reporting verb inside ", which X had ...," does not take the fragment."""
    text = ('Yoon Suk Yeol told reporters that the pact, which Seoul had criticized for '
            'years, would be "fully restored."')
    (quote,) = quotes_of(text, dt.date(2023, 3, 16))
    assert (quote.speaker, quote.cue) == ("Yoon Suk Yeol", "told reporters")


def test_it_stands_for_the_last_organisation() -> None:
    """"...," it added: "it" before a reporting verb is the organisation just named."""
    text = ('The Japanese Foreign Ministry lodged a protest.\n'
            '"We regret the decision," it added.')
    (quote,) = quotes_of(text)
    assert (quote.speaker, quote.cue) == ("Japanese Foreign Ministry", "added")


def test_colon_attribution_stays_in_its_sentence() -> None:
    """The subject of "He said:" is found in its own sentence, not earlier ones."""
    text = ("Park Won-seo, a professor at a rowing college, noted that the president "
            'avoided the topic. He said: "That was deliberate."')
    (quote,) = quotes_of(text, dt.date(2025, 8, 15))
    assert (quote.speaker, quote.cue) == ("Park Won-seo", "said")


def test_spans_are_inside_the_marks() -> None:
    """Quote spans cover exactly the text between the marks."""
    text = '"Open the gates," Kishida said.'
    (quote,) = quotes_of(text)
    assert text[quote.span.start : quote.span.end] == quote.text == "Open the gates,"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("said in a statement on Friday", "said in a statement"),
        ("told reporters later", "told reporters"),
        ("told Lantern Weekly.", "told Lantern Weekly"),
        ("has steadily insisted that", "has steadily insisted"),
        ("expressed hope that", "expressed hope"),
        ("called for calm", "called for"),
        ("was quoted as saying", "was quoted as saying"),
    ],
)
def test_read_cue(text: str, cue: str) -> None:
    """Cues are read with their fixed complements."""
    found = read_cue(text, 0)
    assert found is not None
    assert text[found[0] : found[1]] == cue


def test_no_cue_for_ordinary_words() -> None:
    """Words that do not report speech are not cues."""
    assert read_cue("visited the port", 0) is None
    assert read_cue("has faced criticism", 0) is None


@pytest.mark.parametrize(
    ("text", "published", "speaker", "cue"),
    [
        ('Abe met Park on Monday.\n"The talks went well," Abe was quoted by a wire '
         "service as saying.", dt.date(2015, 11, 2), "Shinzo Abe", "was quoted by a wire "
         "service as saying"),
        ("The Harbor Rowing Club, the oldest club in the port, rejected the plan.\n\n"
         '"Nobody asked the rowers," the group said in a statement.', dt.date(2016, 5, 1),
         "Harbor Rowing Club", "said in a statement"),
        ('"The vote was rushed," Green Party spokesman Paek Ji-hoon said at the assembly.',
         dt.date(2016, 5, 1), "Paek Ji-hoon", "said"),
        ('"We welcome the step," the Blue House said in a statement.', dt.date(2019, 1, 1),
         "South Korean presidential office", "said in a statement"),
        ('"We welcome the step," Cheong Wa Dae said.', dt.date(2019, 1, 1),
         "South Korean presidential office", "said"),
    ],
)
def test_quoted_by_groups_roles_and_seats(
    text: str, published: dt.date, speaker: str, cue: str
) -> None:
    """'Quoted by X as saying', 'the group', an employer before a role, seats of office."""
    (quote,) = quotes_of(text, published)
    assert (quote.speaker, quote.cue) == (speaker, cue)


def test_a_verb_inside_the_quoted_words_is_no_cue() -> None:
    """'"The summit Park asked for depends on it."' after a quote of Kim's is Kim's too."""
    text = ('Foreign Minister Park Jin met Kishida on Monday.\n"Tokyo heard what it wanted," '
            'said Kim Seo-yeon, a professor at Dongmun University. "The summit Park asked '
            'for depends on the substance."')
    found = extract(Document("t", text, dt.date(2022, 7, 19))).quotes
    assert [q.speaker for q in found] == ["Kim Seo-yeon", "Kim Seo-yeon"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Yoon Suk Yeol, Fumio Kishida and Li Qiang met in Seoul on Monday.\nAt the press '
         'conference, President Yoon Suk Yeol said the three countries had agreed to '
         '"institutionalize" the summit.', "Yoon Suk Yeol"),
        ('Foreign Minister Yoshimasa Hayashi said Yoon Suk Yeol had told him he wanted to '
         '"improve relations quickly" once in office.', "Yoon Suk Yeol"),
    ],
)
def test_a_fragment_in_a_reported_decision_is_the_reporters(text: str, speaker: str) -> None:
    """A quoted word inside what was agreed is the reporter's; inside what was told, the
    teller's."""
    found = extract(Document("t", text, dt.date(2024, 5, 27))).quotes
    assert [q.speaker for q in found] == [speaker]


def test_a_fragment_s_speaker_is_the_subject_across_an_aside() -> None:
    """"while the U.S. president, in a statement of a few words, declared ... "100 percent"":
    the subject set off from its verb by one aside, not the sentence's first name."""
    text = (
        "Shinzo Abe stood next to Donald Trump at Mar-a-Lago to denounce the launch, while the"
        " U.S. president, in a statement of barely two dozen words, declared that America"
        ' stood behind Japan "100 percent."'
    )
    extraction = extract(Document(id="t", text=text, published=dt.date(2017, 2, 13)))
    [quote] = extraction.quotes
    assert quote.text == "100 percent." and quote.speaker == "Donald Trump"


def test_a_fragment_in_a_joint_decision_is_the_words_of_its_reported_source() -> None:
    """"The three leaders agreed to ... "to the maximum possible extent", ..., according to
    Japan's foreign ministry": the ministry's words, not the three leaders'."""
    text = (
        "Shinzo Abe met Malcolm Turnbull and Donald Trump in Manila on Monday. The three"
        ' leaders agreed to raise pressure on North Korea "to the maximum possible extent",'
        " including through full enforcement of UN sanctions, according to Japan's foreign"
        " ministry."
    )
    extraction = extract(Document(id="t", text=text, published=dt.date(2017, 11, 14)))
    [quote] = extraction.quotes
    assert quote.speaker == "Japanese Foreign Ministry"


def test_a_fragment_in_a_joint_decision_takes_a_fronted_source() -> None:
    """"At that meeting, according to Japan's Foreign Ministry, Kishida and Yoon agreed to
    uphold "..."": the ministry's words."""
    text = (
        "Kishida and Yoon met in San Francisco on Thursday. At that meeting, according to"
        " Japan's Foreign Ministry, Kishida and Yoon agreed to keep working to uphold"
        ' "a free and open international order" in the Indo-Pacific.'
    )
    extraction = extract(Document(id="t", text=text, published=dt.date(2023, 11, 18)))
    [quote] = extraction.quotes
    assert quote.speaker == "Japanese Foreign Ministry"
