"""Tests of the mentions stage: names, surnames, pronouns, descriptions,
organisations, groups and unnamed sources.

Every snippet is invented for these tests. The segmentation and quote
pairing come from the tiny local helpers below, so the tests do not depend
on the other stages.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from kjrel.gazetteer import default_gazetteer
from kjrel.models import Document, EntityKind
from kjrel.pipeline.mentions import find_mentions, quoted_regions
from kjrel.pipeline.types import (
    FurnitureKind,
    FurnitureRange,
    Mention,
    Mentions,
    Paragraph,
    QuoteCandidate,
    Segmentation,
    Sentence,
)

_STOP = re.compile(r"[.?!][\"”]?\s+(?=[\"“A-Z])")
_ABBREV = re.compile(r"(?:\b(?:Mr|Ms|Mrs|Dr|St|Gen|Jan|Feb|Aug|Sept|Oct|Nov|Dec)|\b[A-Z]|U\.S)\Z")


def local_segment(text: str, furniture: tuple[tuple[int, int], ...] = ()) -> Segmentation:
    """Split ``text`` into line paragraphs and simple sentences (test helper)."""
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            start = pos + len(line) - len(line.lstrip())
            end = pos + len(line.rstrip())
            is_furniture = any(a <= start < b for a, b in furniture)
            paragraphs.append(Paragraph(start, end, FurnitureKind.LINK if is_furniture else None))
            if not is_furniture:
                begin = start
                for match in _STOP.finditer(text, start, end):
                    if _ABBREV.search(text, begin, match.start()):
                        continue
                    stop = match.start() + len(match.group(0).rstrip())
                    sentences.append(Sentence(begin, stop, len(paragraphs) - 1))
                    begin = match.end()
                sentences.append(Sentence(begin, end, len(paragraphs) - 1))
        pos += len(line) + 1
    ranges = tuple(FurnitureRange(a, b, FurnitureKind.LINK) for a, b in furniture)
    return Segmentation(tuple(paragraphs), tuple(sentences), ranges)


def local_quotes(text: str, segmentation: Segmentation,
                 not_quotes: tuple[str, ...] = ()) -> tuple[QuoteCandidate, ...]:
    """Pair quotation marks per paragraph; direct if the quote ends in punctuation."""
    found = []
    for start, end in quoted_regions(text, segmentation):
        inner = text[start:end]
        punct = inner.rstrip()[-1:] in (",", ".", "?", "!")
        first = any(p.start == start - 1 for p in segmentation.paragraphs)
        kind = "direct" if punct or first else "partial"
        found.append(QuoteCandidate(start - 1, end, inner not in not_quotes, kind))
    return tuple(found)


def document(text: str, published: dt.date = dt.date(2024, 9, 7)) -> Document:
    """Build a document of ``text`` (test helper)."""
    return Document(id="t", text=text, published=published)


def mentions_of(text: str, published: dt.date = dt.date(2024, 9, 7),
                furniture: tuple[tuple[int, int], ...] = ()) -> Mentions:
    """Run the mentions stage on ``text`` with the local segmentation."""
    return find_mentions(document(text, published), local_segment(text, furniture),
                         default_gazetteer())


def resolve(text: str, surface: str, published: dt.date = dt.date(2024, 9, 7),
            occurrence: int = -1) -> Mention:
    """Return the mention of ``surface`` (its last occurrence by default)."""
    found = [m for m in mentions_of(text, published).mentions if m.text == surface]
    assert found, f"no mention {surface!r} in {[m.text for m in mentions_of(text).mentions]}"
    return found[occurrence]


NAMES = [
    ("Yoon Suk-yeol met students in Busan.", "Yoon Suk-yeol", "Yoon Suk Yeol"),
    ("President Yoon Suk Yeol opened a bridge.", "President Yoon Suk Yeol", "Yoon Suk Yeol"),
    ("Prime Minister Fumio Kishida flew home. Later PM Kishida rested.", "PM Kishida",
     "Fumio Kishida"),
    ("Shinzo Abe toured a farm. Mr Abe tasted the rice.", "Mr Abe", "Shinzo Abe"),
    ("Moon Jae-in walked a trail. Mr. Moon waved.", "Mr. Moon", "Moon Jae-in"),
    ("Principal Deputy Planning Adviser Kim Hae-sol praised the plan. Kim added more.",
     "Principal Deputy Planning Adviser Kim Hae-sol", "Kim Hae-sol"),
    ("Principal Deputy Planning Adviser Kim Hae-sol praised the plan. Kim added more.",
     "Kim", "Kim Hae-sol"),
    ("Tess Marlow, director for regional studies at the Harbor Institute, spoke. "
     "Marlow said so.", "Marlow", "Tess Marlow"),
    ("The lighthouse press secretary Nell Ostrand took questions.", "Nell Ostrand",
     "Nell Ostrand"),
    ("Ambassador to Japan Park Cheol-ung said the talks went well.", "Park Cheol-ung",
     "Park Cheol-ung"),
    ("A reply came from spokesperson of the ferry office Seo Ha-rin on Monday.",
     "Seo Ha-rin", "Seo Ha-rin"),
    ("Donald Trump met Ishiba. Whether Trump keeps the schedule is unclear.", "Trump",
     "Donald Trump"),
    ("Joe Biden met Yoon Suk Yeol. The White House leader hosted Kishida in April.",
     "The White House leader", "Joe Biden"),
]


def test_a_title_before_a_family_name_that_heads_places_is_the_leader() -> None:
    """"President Park" is the leader, though "park" heads names of places ("Olympic Park")."""
    text = "Shinzo Abe sat beside President Park Geun-hye. He met President Park on Friday."
    mention = resolve(text, "President Park", dt.date(2015, 11, 22))
    assert mention.entity == "Park Geun-hye"


def test_a_female_given_name_survives_a_person_first_named_in_full() -> None:
    """"Kim Yo Jong ... She warned": the given name says who "she" is, not the man named after."""
    text = (
        "Kim Yo Jong shuts door on Kishida summit after revealing his overture\n\n"
        "Kim Yo Jong said talks with Prime"
        " Minister Fumio Kishida were not of interest. She warned Tokyo again."
    )
    assert resolve(text, "She", dt.date(2024, 3, 27)).entity == "Kim Yo Jong"


def test_a_counterpart_with_an_apposed_name_is_that_person_not_a_leader() -> None:
    """"His Japanese counterpart, Masahiko Komura": one minister, not the prime minister too."""
    text = (
        "Prime Minister Yasuo Fukuda spoke on Monday. Foreign Minister Yu Myung-hwan warned his"
        " Japanese counterpart, Masahiko Komura, on Tuesday."
    )
    found = mentions_of(text, dt.date(2008, 7, 10)).mentions
    late = [(m.text, m.entity, m.members) for m in found if m.start > text.index("warned")]
    assert late == [("Masahiko Komura", "Masahiko Komura", ())]


def test_the_two_governments_are_one_per_country_of_the_people_just_named() -> None:
    """Foreign Ministers Yun and Kishida, with Abe named too: "the two governments" are two."""
    text = (
        "South Korean Foreign Minister Yun Byung-se and his Japanese counterpart, Fumio Kishida,"
        " met in Seoul. Kishida said Prime Minister Shinzo Abe apologized. The two governments also"
        " agreed to refrain from criticizing each other at the United Nations."
    )
    found = mentions_of(text, dt.date(2015, 12, 28)).mentions
    groups = {m.text: m.entity for m in found if m.start >= text.index("The two")}
    assert groups == {"The two governments": "South Korean and Japanese governments"}


def test_the_three_countries_are_the_countries_listed_since_the_last_person() -> None:
    """A list of three countries after the last leader named is what "the three countries" are."""
    text = (
        "Officials are arranging talks for President Lee Jae-myung with Prime Minister Sanae"
        " Takaichi and with Chinese President Xi Jinping. Meanwhile, the navies of South Korea,"
        " the U.S. and Japan began a drill on Monday. Officers of the three countries agreed in"
        " May to repeat it."
    )
    found = resolve(text, "the three countries", dt.date(2025, 11, 3))
    assert set(found.members) == {"Lee Jae-myung", "Donald Trump", "Sanae Takaichi"}


def test_the_three_sides_are_the_people_named_after_a_country_list() -> None:
    """Ministers named after the list are whom "the three sides" are: the list does not apply."""
    text = (
        "South Korea, Japan and China held trade talks. Minister Ahn Duk-geun hosted Yoji Muto"
        " and Wang Wentao in Seoul. The three sides pledged to speed up their talks."
    )
    found = mentions_of(text, dt.date(2025, 3, 30)).mentions
    assert all("Xi Jinping" not in m.members for m in found if m.text == "The three sides")


def test_a_plural_opening_a_clause_after_before_keeps_the_person_named_last() -> None:
    """'talks with Biden before the three leaders met': Biden is one of the three."""
    text = (
        "Yoon and Kishida met in Phnom Penh on Sunday. Later Sunday, Yoon held separate talks"
        " with U.S. President Joe Biden before the three leaders met together."
    )
    found = resolve(text, "the three leaders", dt.date(2022, 11, 16))
    assert set(found.members) == {"Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"}


def test_the_two_presidents_are_presidents() -> None:
    """A prime minister named between two presidents is not one of "the two presidents"."""
    text = (
        "President Park Geun-hye met President Barack Obama on Tuesday. Prime Minister Shinzo"
        " Abe has angered Seoul. Tuesday's talks were the first between the two presidents."
    )
    found = resolve(text, "the two presidents", dt.date(2013, 5, 8))
    assert set(found.members) == {"Park Geun-hye", "Barack Obama"}


@pytest.mark.parametrize(("text", "surface", "canonical"), NAMES)
def test_names_resolve_to_canonical(text: str, surface: str, canonical: str) -> None:
    """Full names, titled names and later surnames resolve to the full name."""
    assert resolve(text, surface).entity == canonical


def test_leader_entity_kind_and_aliases() -> None:
    """A gazetteer leader is a LEADER entity that lists the spellings seen."""
    found = mentions_of("Yoon Suk-yeol arrived. Yoon smiled.")
    entity = next(e for e in found.entities if e.name == "Yoon Suk Yeol")
    assert entity.kind is EntityKind.LEADER
    assert "Yoon Suk-yeol" in entity.aliases
    assert "Yoon" in entity.aliases


def test_surname_goes_to_most_recent_person_not_a_spouse() -> None:
    """A bare surname prefers the person named last, but not a spouse or relative."""
    text = ("Fumio Kishida dined with Yoon Suk Yeol, joined by his wife Yuko Kishida. "
            "Kishida left early.")
    assert resolve(text, "Kishida").entity == "Fumio Kishida"
    text = "Kim Ara-song spoke first. Then Kim Dong-pil spoke. Kim said it was late."
    assert resolve(text, "Kim").entity == "Kim Dong-pil"


PRONOUNS = [
    ("Kishida smiled. He said nothing.", "He", "Fumio Kishida"),
    ("Yoon Suk Yeol met Fumio Kishida. He praised the weather.", "He", "Yoon Suk Yeol"),
    ("The Japanese leader touched on trade, but he repeated old lines.", "he",
     "Fumio Kishida"),
    ("Sanae Takaichi landed in Gyeongju. She waved to reporters.", "She", "Sanae Takaichi"),
]


@pytest.mark.parametrize(("text", "surface", "canonical"), PRONOUNS)
def test_pronouns_resolve_to_the_subject(text: str, surface: str, canonical: str) -> None:
    """He/she resolve to the subject of the closest sentence with a person."""
    published = dt.date(2025, 10, 30) if "Takaichi" in text else dt.date(2024, 9, 7)
    assert resolve(text, surface, published).entity == canonical


def test_pronoun_gender_from_given_names() -> None:
    """"He" skips a woman known by her given name; "she" finds her."""
    text = ("Park Geun-hye met Shinzo Abe in Seoul. He said the talks were useful. "
            "She said they were frank.")
    assert resolve(text, "He", dt.date(2015, 11, 2)).entity == "Shinzo Abe"
    assert resolve(text, "She", dt.date(2015, 11, 2)).entity == "Park Geun-hye"


def test_she_prefers_the_woman_of_a_pair_whose_man_is_unmarked() -> None:
    """"She" after "Abe and Park" is Park, the one known to be a woman, not the first."""
    text = ("Shinzo Abe met Park Geun-hye in 2015. It was a week in which Abe and Park came"
            " closer than at any time since she took office. Abe then held his first summit"
            " with Xi Jinping.")
    assert resolve(text, "she", dt.date(2014, 11, 16)).entity == "Park Geun-hye"
    assert resolve(text, "his", dt.date(2014, 11, 16)).entity == "Shinzo Abe"


def test_a_head_word_alone_after_and_is_a_surname() -> None:
    """"Abe and Park" is two leaders, not an organisation headed by "Park"."""
    text = "Shinzo Abe met Park Geun-hye in 2015. Later, Abe and Park came closer."
    found = resolve(text, "Abe and Park", dt.date(2016, 1, 5))
    assert sorted(found.members) == ["Park Geun-hye", "Shinzo Abe"]


def test_a_common_family_name_listed_with_rarer_ones_names_the_leader_in_office() -> None:
    """"Bush, Roh and Abe" shows who "Bush" is; later a bare "Bush" is him too."""
    text = ("Bush, Roh and Abe hold their first three-way talks in four years. "
            "Bush started his day with a breakfast meeting with Roh.")
    assert resolve(text, "Bush", dt.date(2006, 11, 18)).entity == "George W. Bush"


def test_a_common_family_name_alone_names_no_one() -> None:
    """"Bush" never listed with a rarer name and never titled stays unresolved."""
    text = "Bush started his day with a breakfast meeting."
    found = mentions_of(text, dt.date(2006, 11, 18)).mentions
    assert not [m for m in found if m.text == "Bush"]


def test_a_bare_family_name_keeps_standing_for_whom_it_first_stood_for() -> None:
    """A namesake named in full in between does not take over a bare "Kim"."""
    text = ("Yoshiro Mori met South Korean President Kim Dae-jung on Thursday. Kim is to fly"
            " to Pyongyang on Monday for talks with North Korean leader Kim Jong Il. Kim told"
            " Mori that he would brief Tokyo fully.")
    assert resolve(text, "Kim", dt.date(2000, 6, 8)).entity == "Kim Dae-jung"


def test_a_wire_update_number_is_no_part_of_the_name_after_it() -> None:
    """"UPDATE 2-Biden, Yoon, Kishida hold talks": Biden is named."""
    text = "UPDATE 2-Biden, Yoon, Kishida hold first three-way summit in five years"
    assert resolve(text, "Biden", dt.date(2022, 6, 29)).entity == "Joe Biden"


def test_the_capitalised_president_is_the_release_s_principal() -> None:
    """Official style: "the President" is the one named first, not the last named."""
    text = ("READOUT OF THE PRESIDENT'S MEETING WITH PRESIDENT LEE MYUNG-BAK\n"
            "President Bush met today with President Lee Myung-bak of the Republic of Korea."
            " Yesterday, the President met with President Hu Jintao of China.")
    assert resolve(text, "the President", dt.date(2008, 11, 22)).entity == "George W. Bush"


def test_the_lower_case_president_is_the_last_named() -> None:
    """News style: "the president" is the president just named."""
    text = ("Joe Biden met Yoon Suk Yeol in Seoul. Later the president visited a chip"
            " plant in Pyeongtaek.")
    assert resolve(text, "the president", dt.date(2022, 5, 21)).entity == "Yoon Suk Yeol"


def test_their_after_joins_past_an_apposition_takes_the_subject_and_its_objects() -> None:
    """"Ishiba, in office since October, joins Biden and Yoon. Their ...": all three."""
    text = ("Shigeru Ishiba, in office since October, joins Joe Biden and Yoon Suk Yeol."
            " Their joint statement launches a trilateral secretariat.")
    found = resolve(text, "Their", dt.date(2024, 11, 16))
    assert sorted(found.members) == ["Joe Biden", "Shigeru Ishiba", "Yoon Suk Yeol"]


def test_pronoun_skips_names_inside_quotes() -> None:
    """A name inside a quote is never the antecedent of a pronoun."""
    text = ('Kishida spoke last.\n"We thank President Yoon for his time," he said.')
    assert resolve(text, "he").entity == "Fumio Kishida"


def test_they_resolves_to_the_closest_plural() -> None:
    """They/their resolve to the closest plural mention, with its members."""
    text = "Yoon Suk Yeol and Fumio Kishida met on a ship, where they toasted the sea."
    they = resolve(text, "they")
    assert set(they.members) == {"Yoon Suk Yeol", "Fumio Kishida"}


def test_they_after_a_comitative_pairs_the_subject_with_its_with_object() -> None:
    """In "A held a call with B, in which they ...", "they" is A and B (a split antecedent)."""
    text = ("Ishiba and Yoon agreed to keep in touch. Ishiba also held a phone call with "
            "Australian Prime Minister Anthony Albanese, in which they agreed to work together.")
    they = resolve(text, "they", dt.date(2024, 10, 2))
    assert set(they.members) == {"Shigeru Ishiba", "Anthony Albanese"}


@pytest.mark.parametrize(
    ("text", "published", "members"),
    [
        ("Yoon Suk Yeol met Joe Biden and Fumio Kishida in San Francisco. They last met in "
         "Hiroshima.", dt.date(2023, 11, 17), {"Yoon Suk Yeol", "Joe Biden", "Fumio Kishida"}),
        ("Shigeru Ishiba met Anthony Albanese in Tokyo on Monday, and they agreed to share "
         "radar data.", dt.date(2025, 2, 4), {"Shigeru Ishiba", "Anthony Albanese"}),
    ],
)
def test_they_after_met_takes_the_subject_with_its_objects(
    text: str, published: dt.date, members: set[str]
) -> None:
    """"A met B (and C) ... they": A is one of them, not only B and C."""
    assert set(resolve(text, "They" if "They" in text else "they", published).members) == members


def test_they_after_a_coordinated_comitative_keeps_the_closest_plural() -> None:
    """In "A met B and held talks with C", B and C are no pair: "they" looks further back."""
    text = ("Moon Jae-in and Shinzo Abe met in May, when Moon visited Tokyo for a summit with "
            "Chinese Premier Li Keqiang and held separate talks with Abe. They also met in "
            "February.")
    they = resolve(text, "They", dt.date(2018, 9, 27))
    assert set(they.members) == {"Moon Jae-in", "Shinzo Abe"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("President Yoon and PM Kishida met.", {"Yoon Suk Yeol", "Fumio Kishida"}),
        ("Yoon and Prime Minister Kishida met.", {"Yoon Suk Yeol", "Fumio Kishida"}),
        ("Deputy Prime Minister and Finance Minister Choi Sang-mok spoke.", {"Choi Sang-mok"}),
    ],
)
def test_each_conjunct_keeps_its_own_title(text: str, names: set[str]) -> None:
    """'A and Title B' is two people; 'Title and Title B' is one with two titles."""
    found = mentions_of(text, dt.date(2024, 5, 28)).mentions
    assert {m.entity for m in found if not m.members} == names


DESCRIPTIONS = [
    ("Yoon Suk Yeol met Fumio Kishida. The president thanked his guest.", "The president",
     dt.date(2024, 9, 7), "Yoon Suk Yeol"),
    ("Yoon Suk Yeol met Fumio Kishida. The Japanese prime minister bowed.",
     "The Japanese prime minister", dt.date(2024, 9, 7), "Fumio Kishida"),
    ("Yoon Suk Yeol met Fumio Kishida. The Japanese leader bowed.", "The Japanese leader",
     dt.date(2024, 9, 7), "Fumio Kishida"),
    ("Kishida arrived. The outgoing prime minister waved.", "The outgoing prime minister",
     dt.date(2024, 9, 7), "Fumio Kishida"),
    ("Kishida phoned his South Korean counterpart on Monday.", "his South Korean counterpart",
     dt.date(2024, 9, 7), "Yoon Suk Yeol"),
    ("Officials opened a garden. The prime minister planted a tree.", "The prime minister",
     dt.date(2025, 10, 30), "Sanae Takaichi"),
    ("Officials opened a garden. The prime minister planted a tree.", "The prime minister",
     dt.date(2015, 6, 1), "Shinzo Abe"),
    ("The 1998 joint declaration was signed by the then-prime minister in Tokyo.",
     "the then-prime minister", dt.date(2025, 8, 23), "Keizo Obuchi"),
    ("Officials met. Japan's prime minister said little.", "Japan's prime minister",
     dt.date(2025, 11, 5), "Sanae Takaichi"),
    ("Lee Jae-myung met Shigeru Ishiba. The Japanese premier smiled.",
     "The Japanese premier", dt.date(2025, 6, 17), "Shigeru Ishiba"),
]


@pytest.mark.parametrize(("text", "surface", "published", "canonical"), DESCRIPTIONS)
def test_descriptions_resolve_by_role_and_date(
    text: str, surface: str, published: dt.date, canonical: str
) -> None:
    """Descriptions resolve to the mentioned holder of the office, else the gazetteer's."""
    assert resolve(text, surface, published).entity == canonical


def test_foreign_minister_is_not_the_prime_minister_in_2015() -> None:
    """In 2015 Kishida is Foreign Minister: "the prime minister" is Abe, not him."""
    text = "Foreign Minister Kishida met reporters. The prime minister stayed in Tokyo."
    published = dt.date(2015, 12, 28)
    assert resolve(text, "Foreign Minister Kishida", published).entity == "Fumio Kishida"
    assert resolve(text, "The prime minister", published).entity == "Shinzo Abe"


ORGANISATIONS = [
    ("The presidential office said little.", "The presidential office",
     "South Korean presidential office"),
    ("Yoon Suk Yeol waited. Yoon's office issued a note.", "Yoon's office",
     "South Korean presidential office"),
    ("The Japanese Foreign Ministry lodged a protest.", "The Japanese Foreign Ministry",
     "Japanese Foreign Ministry"),
    ("China's foreign ministry said it objected.", "foreign ministry", "Chinese Foreign Ministry"),
    ("The ruling People Power Party met. Later the party said it agreed.", "the party",
     "People Power Party"),
    ("A note came from the White House on Friday.", "the White House", "White House"),
    ("Tokyo has insisted that the matter is closed.", "Tokyo", "Japanese government"),
    ("Washington has warmly welcomed the talks.", "Washington", "United States government"),
    ("The Japanese government declined to comment.", "The Japanese government",
     "Japanese government"),
    ("The meeting ran long, according to the Japanese side.", "the Japanese side",
     "Japanese government"),
    ("The foreign ministry in Seoul declined to comment.", "The foreign ministry in Seoul",
     "South Korean Foreign Ministry"),
    ("Seoul's top court ruled for the rowers. The court said more.", "Seoul's top court",
     "South Korean Supreme Court"),
    ("Seoul's top court ruled for the rowers. The court said more.", "The court",
     "South Korean Supreme Court"),
    ("Tokyo summoned the ambassador on Monday.", "Tokyo", "Japanese government"),
    ("Seoul, for its part, said it would wait.", "Seoul", "South Korean government"),
    ("South Korea's presidential office said the talks went well.",
     "South Korea's presidential office", "South Korean presidential office"),
]


@pytest.mark.parametrize(("text", "surface", "canonical"), ORGANISATIONS)
def test_organisations(text: str, surface: str, canonical: str) -> None:
    """Offices, ministries, parties and capitals used for governments get stable names."""
    found = [m for m in mentions_of(text).mentions if surface in m.text]
    assert found, [m.text for m in mentions_of(text).mentions]
    assert found[-1].entity == canonical
    assert found[-1].entity_kind is EntityKind.ORGANISATION


GROUPS = [
    ("Analysts said the mood was calm.", "Analysts", "analysts"),
    ("Several liberal civic groups held rallies.", "Several liberal civic groups",
     "liberal civic groups"),
    ("Some civic groups objected.", "Some civic groups", "civic groups"),
    ("\"Well done,\" the prize's organizers said.", "the prize's organizers",
     "the prize's organizers"),
    ("A small group of protesters accused the mayor of waste.",
     "A small group of protesters", "protesters"),
    ("Lawyers for the rowers say the case is strong.", "Lawyers for the rowers",
     "lawyers for the rowers"),
    ("Japanese media have reported that the ferry was sold.", "Japanese media",
     "japanese media"),
]


@pytest.mark.parametrize(("text", "surface", "canonical"), GROUPS)
def test_groups(text: str, surface: str, canonical: str) -> None:
    """Generic groups are named by their noun phrase without the determiner."""
    found = [m for m in mentions_of(text).mentions if m.text == surface]
    assert found, [m.text for m in mentions_of(text).mentions]
    assert found[0].entity == canonical
    assert found[0].entity_kind is EntityKind.GROUP


def test_plural_descriptions_have_members() -> None:
    """"The two leaders", "the leaders of X and Y" and "the three countries" list leaders."""
    text = ("Yoon Suk Yeol met Fumio Kishida and Joe Biden at a lodge, where the three "
            "countries made plans. The two leaders of Japan and South Korea stayed on.")
    three = resolve(text, "the three countries")
    assert set(three.members) == {"Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"}
    assert three.entity == "South Korea, Japan and the United States"
    pair = resolve(text, "The two leaders of Japan and South Korea")
    assert set(pair.members) == {"Yoon Suk Yeol", "Fumio Kishida"}


def test_the_three_is_a_plural_of_leaders() -> None:
    """"The three also agreed" stands for the three leaders just mentioned."""
    text = ("Joe Biden hosted Yoon Suk Yeol and Fumio Kishida at a lodge. "
            "The three also agreed to meet yearly.")
    three = resolve(text, "The three", dt.date(2023, 8, 19))
    assert set(three.members) == {"Joe Biden", "Yoon Suk Yeol", "Fumio Kishida"}


def test_the_two_leaders_skip_a_pair_named_in_a_by_phrase() -> None:
    """A pair in "the 1998 declaration by A and B" is background: "the two leaders" after
    it are the pair named together before it."""
    text = ("Lee Jae-myung and Shigeru Ishiba met in Tokyo on Saturday. Ishiba upheld the 1998 "
            "declaration by Kim Dae-jung and Keizo Obuchi. The two leaders agreed to meet again.")
    pair = resolve(text, "The two leaders", dt.date(2025, 8, 25))
    assert set(pair.members) == {"Lee Jae-myung", "Shigeru Ishiba"}


def test_gazetteer_person_who_never_led_is_a_person() -> None:
    """A gazetteer entry with only ministerial offices is a PERSON, not a LEADER."""
    found = mentions_of("Chief Cabinet Secretary Minoru Kihara met reporters.",
                        dt.date(2025, 10, 30))
    entity = next(e for e in found.entities if e.name == "Minoru Kihara")
    assert entity.kind is EntityKind.PERSON


def test_unnamed_sources_resolve_to_none() -> None:
    """"A senior official" and "the official" are mentions with no entity."""
    text = "A senior ferry office official hinted at delays. The official said more."
    found = mentions_of(text).mentions
    unnamed = [m for m in found if m.text.lower().endswith("official")]
    assert len(unnamed) == 2
    assert all(m.entity is None for m in unnamed)


def test_furniture_has_no_mentions() -> None:
    """Names in page furniture (a READ MORE line) are never mentions."""
    text = "READ MORE: Joe Biden greets Xi Jinping\nYoon Suk Yeol spoke."
    found = mentions_of(text, furniture=((0, 38),))
    assert [m.entity for m in found.mentions] == ["Yoon Suk Yeol"]


def test_mentions_are_in_text_order_and_inside_the_text() -> None:
    """Every mention lies inside the text and they come in text order."""
    text = "Yoon Suk Yeol and Fumio Kishida met. They said the two leaders agreed."
    found = mentions_of(text).mentions
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert all(0 <= m.start < m.end <= len(text) and text[m.start : m.end] == m.text
               for m in found)


def test_a_gathering_s_leaders_name_no_one() -> None:
    """"The APEC leaders' meeting": all the gathering's leaders, not the two just named."""
    text = ("Shigeru Ishiba met Lee Jae-myung in Busan. Sanae Takaichi may succeed Ishiba, "
            "and Lee hosts the APEC leaders' meeting in Gyeongju this month.")
    found = [m for m in mentions_of(text, dt.date(2025, 10, 2)).mentions
             if "leaders" in m.text]
    assert all(not m.members for m in found)
    both = [m for m in mentions_of("Sanae Takaichi and Lee Jae-myung spoke by phone. The two "
                                   "leaders agreed to meet.", dt.date(2025, 10, 2)).mentions
            if "leaders" in m.text]
    assert both and both[0].members


def test_a_bare_head_title_coordinated_with_a_titled_name_is_two_people() -> None:
    """"The President and Prime Minister Abe": the release's principal and Abe, not one Abe."""
    text = ("President Moon Jae-in will fly to Buenos Aires. President Donald Trump will be "
            "there. The President and Prime Minister Abe last held talks in New York.")
    found = {m.text: m.entity for m in mentions_of(text, dt.date(2018, 11, 20)).mentions}
    assert found.get("The President") == "Moon Jae-in"
    assert found.get("Prime Minister Abe") == "Shinzo Abe"
    # A title that is not a head's keeps its compound reading.
    assert "President and CEO Tim Cook" in {
        m.text for m in mentions_of("The President and CEO Tim Cook spoke.",
                                    dt.date(2018, 11, 20)).mentions
    }


def test_his_or_her_in_a_form_of_address_is_no_pronoun() -> None:
    """'Her Excellency Ms. Park': no pronoun, so Abe is not marked female and 'he' stays Abe."""
    text = ("Mr. Shinzo Abe held a meeting with Her Excellency Ms. Park Geun-hye. "
            "President Barack Obama hosted the summit. "
            "Prime Minister Abe stated that he was pleased.")
    found = [(m.text, m.entity) for m in mentions_of(text, dt.date(2016, 3, 31)).mentions]
    assert ("Her", "Shinzo Abe") not in found
    assert ("he", "Shinzo Abe") in found


def test_a_country_s_title_then_a_name_is_the_name() -> None:
    """"Japan's Prime Minister Ishiba": the titled name, not a description that hides it."""
    found = {m.text: m.entity for m in mentions_of(
        "There was no separate meeting with Japan's Prime Minister Ishiba in Rio.",
        dt.date(2024, 11, 20)).mentions}
    assert found.get("Prime Minister Ishiba") == "Shigeru Ishiba"


def test_the_two_leaders_pair_a_leader_named_alone_with_the_center() -> None:
    """Ishiba, named alone after talks with Ramaphosa, pairs with Yoon, whom the report is about."""
    text = ("President Yoon Suk Yeol wrapped up the G20 in Rio. Yoon held talks with Keir "
            "Starmer and with Cyril Ramaphosa. Yoon and Ramaphosa discussed minerals. "
            "There was no meeting with Prime Minister Shigeru Ishiba in Rio. "
            "The two leaders held their second summit in Lima last week.")
    found = [m for m in mentions_of(text, dt.date(2024, 11, 20)).mentions
             if m.text == "The two leaders"]
    assert found and set(found[-1].members) == {"Yoon Suk Yeol", "Shigeru Ishiba"}
