"""Tests of the reference gazetteer: its data and its lookups."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import time
import tomllib
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kjrel.gazetteer import (
    EventMatch,
    Gazetteer,
    GazetteerError,
    default_gazetteer,
    name_key,
)
from kjrel.models import Leader, Office, OfficeRole

D = dt.date
TODAY = D(2026, 11, 23)


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return default_gazetteer()


def _leader(g: Gazetteer, name: str) -> Leader:
    found = g.lookup(name)
    assert found is not None, name
    return found


# --------------------------------------------------------------------------
# Spellings
# --------------------------------------------------------------------------

SPELLINGS = [
    ("Yoon Suk Yeol", "Yoon Suk Yeol"),
    ("Yoon Suk-yeol", "Yoon Suk Yeol"),
    ("Yoon Seok-yeol", "Yoon Suk Yeol"),
    ("Yoon Sung-yeol", "Yoon Suk Yeol"),
    ("Kishida Fumio", "Fumio Kishida"),
    ("Fumio Kishida", "Fumio Kishida"),
    ("Lee Jae Myung", "Lee Jae-myung"),
    ("Lee Jae-myung", "Lee Jae-myung"),
    ("Lee Jaemyung", "Lee Jae-myung"),
    ("Moon Jae In", "Moon Jae-in"),
    ("Moon Jae-in", "Moon Jae-in"),
    ("Park Geun-hye", "Park Geun-hye"),
    ("Park Geun Hye", "Park Geun-hye"),
    ("Abe Shinzo", "Shinzo Abe"),
    ("Shinzō Abe", "Shinzo Abe"),
    ("Shinzo Abe", "Shinzo Abe"),
    ("Joseph R. Biden", "Joe Biden"),
    ("Joseph Biden", "Joe Biden"),
    ("Joe Biden", "Joe Biden"),
    ("Donald J. Trump", "Donald Trump"),
    ("Xi Jin-ping", "Xi Jinping"),
    ("Xi Jinping", "Xi Jinping"),
    ("Shigeru Ishiba", "Shigeru Ishiba"),
    ("Ishiba Shigeru", "Shigeru Ishiba"),
    ("Sanae Takaichi", "Sanae Takaichi"),
    ("Takaichi Sanae", "Sanae Takaichi"),
    ("Han Duck-soo", "Han Duck-soo"),
    ("Choi Sang-mok", "Choi Sang-mok"),
    ("Kim Jong-un", "Kim Jong Un"),
    ("Kim Jong Un", "Kim Jong Un"),
    ("Li Qiang", "Li Qiang"),
    ("Keizo Obuchi", "Keizo Obuchi"),
    ("Kim Dae-jung", "Kim Dae-jung"),
    ("Eisaku Sato", "Eisaku Sato"),
    ("Park Chung-hee", "Park Chung-hee"),
]


@pytest.mark.parametrize(("spelling", "canonical"), SPELLINGS)
def test_listed_spellings_resolve(g: Gazetteer, spelling: str, canonical: str) -> None:
    """Every spelling the press uses looks up to its leader."""
    assert _leader(g, spelling).name == canonical


@pytest.mark.parametrize(("spelling", "canonical"), SPELLINGS)
def test_listed_spellings_are_found_in_text(
    g: Gazetteer, spelling: str, canonical: str
) -> None:
    """Every spelling is found by find_names inside a sentence, with exact offsets."""
    text = f"On Friday, {spelling}'s aides said so."
    matches = list(g.find_names(text))
    assert [(m.start, m.end, m.leader.name) for m in matches] == [
        (11, 11 + len(spelling), canonical)
    ]


def test_every_alias_in_the_data_resolves(g: Gazetteer) -> None:
    """Each leader's name and aliases look up to that leader (or a namesake)."""
    for leader in g.leaders:
        for name in leader.names():
            found = g.lookup(name)
            assert found is not None, name
            if found is not leader:
                # a shared spelling ("George Bush"): the day decides
                assert g.lookup(name, leader.offices[-1].start) is leader, name


def test_lookup_ignores_case_hyphens_and_diacritics(g: Gazetteer) -> None:
    """Lookups use the name key with diacritics removed."""
    assert _leader(g, "YOON SUK-YEOL").name == "Yoon Suk Yeol"
    assert _leader(g, "Jun'ichirō Koizumi").name == "Junichiro Koizumi"
    assert _leader(g, "Tarō Asō").name == "Taro Aso"
    assert g.lookup("Nobody Atall") is None


def test_shared_spelling_resolved_by_date(g: Gazetteer) -> None:
    """'George Bush' is the father in 1990 and the son in 2005."""
    assert _leader(g, "George Bush").country == "US"
    assert g.lookup("George Bush", D(1990, 1, 1)) == g.lookup("George H. W. Bush")
    assert g.lookup("George Bush", D(2005, 1, 1)) == g.lookup("George W. Bush")


def test_find_names_in_running_text(g: Gazetteer) -> None:
    """find_names finds several spellings, capitals and possessives, left to right."""
    text = (
        "YOON SUK-YEOL met Kishida Fumio; later Lee Jaemyung, Joseph R. Biden Jr. and "
        "George H.W. Bush were named, as was Jun'ichiro Koizumi."
    )
    found = [(text[m.start : m.end], m.leader.name) for m in g.find_names(text)]
    assert found == [
        ("YOON SUK-YEOL", "Yoon Suk Yeol"),
        ("Kishida Fumio", "Fumio Kishida"),
        ("Lee Jaemyung", "Lee Jae-myung"),
        ("Joseph R. Biden Jr", "Joe Biden"),
        ("George H.W. Bush", "George H. W. Bush"),
        ("Jun'ichiro Koizumi", "Junichiro Koizumi"),
    ]


def test_find_names_skips_surnames_and_compounds(g: Gazetteer) -> None:
    """Single surnames are not searched, nor names inside hyphenated given names."""
    assert list(g.find_names("Yoon and Kishida met.")) == []
    assert list(g.find_names("the singer Park Jin-young spoke")) == []
    text = "the Yoon Suk Yeol-Kishida talks"
    assert [m.leader.name for m in g.find_names(text)] == ["Yoon Suk Yeol"]


def test_find_names_prefers_the_leader_in_office(g: Gazetteer) -> None:
    """A spelling shared by two people resolves by the day given."""
    (match,) = g.find_names("George Bush arrived.", D(2003, 3, 1))
    assert match.leader.name == "George W. Bush"


def test_find_names_is_linear(g: Gazetteer) -> None:
    """A long adversarial text (names' first words over and over) is scanned fast."""
    text = "Lee Jae Lee Jae-Lee Kim Jong " * 20_000
    started = time.perf_counter()
    assert list(g.find_names(text)) == []
    assert time.perf_counter() - started < 10


# --------------------------------------------------------------------------
# Offices by date
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "day", "expected"),
    [
        ("JP", D(2024, 9, 7), "Fumio Kishida"),
        ("JP", D(2025, 10, 1), "Shigeru Ishiba"),
        ("JP", D(2025, 12, 1), "Sanae Takaichi"),
        ("JP", D(1998, 10, 8), "Keizo Obuchi"),
        ("JP", D(2015, 12, 28), "Shinzo Abe"),
        ("JP", D(2007, 1, 1), "Shinzo Abe"),
        ("JP", D(1965, 6, 22), "Eisaku Sato"),
    ],
)
def test_japanese_prime_minister_by_date(
    g: Gazetteer, country: str, day: dt.date, expected: str
) -> None:
    """'The prime minister' of Japan on a day is who held the office then."""
    holder = g.holder_of(country, "prime minister", day)
    assert holder is not None
    assert holder.name == expected
    assert g.leader_in_office(country, day) == holder
    assert g.heads_of_government(country, day)[0] == holder


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(2025, 7, 1), "Lee Jae-myung"),
        (D(2016, 6, 1), "Park Geun-hye"),
        (D(2023, 3, 16), "Yoon Suk Yeol"),
        (D(2019, 8, 22), "Moon Jae-in"),
        (D(1998, 10, 8), "Kim Dae-jung"),
        (D(1965, 6, 22), "Park Chung-hee"),
    ],
)
def test_korean_president_by_date(g: Gazetteer, day: dt.date, expected: str) -> None:
    """'The president' of South Korea on a day is who held the office then."""
    holder = g.holder_of("KR", "President", day)
    assert holder is not None
    assert holder.name == expected
    assert g.leader_in_office("KR", day) == holder


def test_korean_acting_presidents(g: Gazetteer) -> None:
    """Acting presidents of 2024-25 are heads of state and government beside Yoon."""
    assert [x.name for x in g.heads_of_government("KR", D(2024, 12, 20))] == [
        "Yoon Suk Yeol",
        "Han Duck-soo",
    ]
    assert g.leader_in_office("KR", D(2025, 1, 10)) == _leader(g, "Yoon Suk Yeol")
    acting = g.leader_in_office("KR", D(2025, 1, 10), acting=True)
    assert acting == _leader(g, "Choi Sang-mok")
    assert g.leader_in_office("KR", D(2025, 4, 20)) == _leader(g, "Han Duck-soo")
    assert g.leader_in_office("KR", D(2025, 5, 20)) == _leader(g, "Lee Ju-ho")
    assert g.holder_of("KR", "acting president", D(2025, 2, 1)) == _leader(g, "Choi Sang-mok")
    # between Park's removal and Moon's inauguration only an acting president
    assert g.holder_of("KR", "president", D(2017, 4, 1)) == _leader(g, "Hwang Kyo-ahn")


def test_foreign_minister_kishida_is_not_a_head_of_government(g: Gazetteer) -> None:
    """On 2015-12-28 Kishida was foreign minister, not a leader."""
    day = D(2015, 12, 28)
    kishida = _leader(g, "Fumio Kishida")
    assert g.holder_of("JP", "Foreign Minister", day) == kishida
    assert kishida not in g.heads_of_government("JP", day)
    assert not kishida.is_leader_on(day)
    assert g.holder_of("KR", "foreign minister", day) == _leader(g, "Yun Byung-se")


def test_korean_prime_minister_is_not_japans(g: Gazetteer) -> None:
    """A South Korean prime minister is role other and never answers for Japan."""
    day = D(2023, 3, 16)
    han = _leader(g, "Han Duck-soo")
    assert g.holder_of("KR", "prime minister", day) == han
    assert g.holder_of("JP", "prime minister", day) == _leader(g, "Fumio Kishida")
    assert han not in g.heads_of_government("KR", day)
    assert g.heads_of_government("KR", day) == (_leader(g, "Yoon Suk Yeol"),)


def test_title_synonyms(g: Gazetteer) -> None:
    """'PM', 'premier' and 'the prime minister' name one office; so do China's titles."""
    day = D(2024, 9, 7)
    kishida = _leader(g, "Fumio Kishida")
    for title in ("PM", "P.M.", "premier", "Premier", "the prime minister"):
        assert g.holder_of("JP", title, day) == kishida, title
    assert g.holder_of("CN", "premier", day) == _leader(g, "Li Qiang")
    assert g.holder_of("CN", "prime minister", D(2015, 1, 1)) == _leader(g, "Li Keqiang")
    assert g.holder_of("CN", "president", D(1965, 1, 1)) == _leader(g, "Liu Shaoqi")
    assert g.holder_of("CN", "general secretary", day) == _leader(g, "Xi Jinping")
    assert g.holder_of("JP", "leader", day) == kishida
    assert g.holder_of("JP", "emperor", day) == _leader(g, "Naruhito")
    assert g.holder_of("JP", "president", day) is None


def test_heads_of_state(g: Gazetteer) -> None:
    """Emperors, presidents and paramount leaders are heads of state."""
    assert g.heads_of_state("JP", D(1998, 10, 8)) == (_leader(g, "Akihito"),)
    assert g.heads_of_state("CN", D(2024, 1, 1)) == (_leader(g, "Xi Jinping"),)
    assert g.heads_of_state("KP", D(2018, 4, 27)) == (_leader(g, "Kim Jong Un"),)
    assert g.heads_of_state("US", D(2023, 8, 18)) == (_leader(g, "Joe Biden"),)
    assert g.heads_of_government("CN", D(2024, 1, 1)) == (_leader(g, "Li Qiang"),)


def test_leader_in_office_per_country(g: Gazetteer) -> None:
    """'The <country> leader' is the PM for Japan, the president for KR and US,
    the paramount leader for China and North Korea."""
    day = D(2023, 8, 18)
    assert g.leader_in_office("JP", day) == _leader(g, "Fumio Kishida")
    assert g.leader_in_office("KR", day) == _leader(g, "Yoon Suk Yeol")
    assert g.leader_in_office("US", day) == _leader(g, "Joe Biden")
    assert g.leader_in_office("CN", day) == _leader(g, "Xi Jinping")
    assert g.leader_in_office("KP", day) == _leader(g, "Kim Jong Un")
    assert g.leader_in_office("CN", D(1985, 1, 1)) == _leader(g, "Deng Xiaoping")
    assert g.leader_in_office("RU", D(2010, 1, 1)) == _leader(g, "Dmitry Medvedev")
    assert g.leader_in_office("ZZ", day) is None


def test_trump_two_terms_and_hand_over_days(g: Gazetteer) -> None:
    """Trump's two terms; on a hand-over day the incoming holder comes first."""
    trump = _leader(g, "Donald Trump")
    assert g.leader_in_office("US", D(2018, 6, 12)) == trump
    assert g.leader_in_office("US", D(2022, 6, 12)) == _leader(g, "Joe Biden")
    assert g.leader_in_office("US", TODAY) == trump
    assert g.heads_of_government("US", D(2025, 1, 20))[0] == trump
    assert g.leader_in_office("JP", D(2024, 10, 1)) == _leader(g, "Shigeru Ishiba")


def test_abe_served_two_terms(g: Gazetteer) -> None:
    """Abe held office 2006-07 and 2012-20, not in between."""
    abe = _leader(g, "Shinzo Abe")
    assert len([o for o in abe.offices if o.role is OfficeRole.HEAD_OF_GOVERNMENT]) == 2
    assert abe.is_leader_on(D(2007, 1, 1))
    assert not abe.is_leader_on(D(2010, 1, 1))
    assert abe.is_leader_on(D(2015, 12, 28))


def test_in_office_today(g: Gazetteer) -> None:
    """On 2026-11-23 the leaders are Takaichi, Lee, Trump, Xi and Kim Jong Un."""
    expected = {
        "JP": "Sanae Takaichi",
        "KR": "Lee Jae-myung",
        "US": "Donald Trump",
        "CN": "Xi Jinping",
        "KP": "Kim Jong Un",
    }
    for country, name in expected.items():
        leader = g.leader_in_office(country, TODAY)
        assert leader is not None
        assert leader.name == name


# --------------------------------------------------------------------------
# Surnames
# --------------------------------------------------------------------------


def test_surname_candidates(g: Gazetteer) -> None:
    """Family names the press uses alone map to the leaders who bear them."""
    for word, name in [
        ("Yoon", "Yoon Suk Yeol"),
        ("Kishida", "Fumio Kishida"),
        ("Abe", "Shinzo Abe"),
        ("Xi", "Xi Jinping"),
        ("Biden", "Joe Biden"),
        ("Ishiba", "Shigeru Ishiba"),
        ("Takaichi", "Sanae Takaichi"),
        ("Akihito", "Akihito"),
        ("Ōhira", "Masayoshi Ohira"),
    ]:
        assert _leader(g, name) in g.surname_candidates(word), word
    lees = g.surname_candidates("Lee")
    assert {"Lee Jae-myung", "Lee Myung-bak"} <= {x.name for x in lees}
    assert g.surname_candidates("Lee", D(2025, 7, 1))[0].name == "Lee Jae-myung"
    assert g.surname_candidates("Lee", D(2010, 7, 1))[0].name == "Lee Myung-bak"
    assert g.surname_candidates("Bush", D(2005, 1, 1))[0].name == "George W. Bush"
    assert g.surname_candidates("moon") == ()
    assert g.surname_candidates("Nobody") == ()
    assert g.family_name(_leader(g, "George H. W. Bush")) == "Bush"
    assert g.family_name(_leader(g, "Kim Jong Un")) == "Kim"


# --------------------------------------------------------------------------
# The data itself
# --------------------------------------------------------------------------


def _head_terms(g: Gazetteer) -> list[tuple[Leader, Office]]:
    return [
        (leader, office)
        for leader in g.leaders
        for office in leader.offices
        if office.role in (OfficeRole.HEAD_OF_GOVERNMENT, OfficeRole.HEAD_OF_STATE_AND_GOVERNMENT)
        and not office.title.startswith("Acting")
    ]


def test_every_office_starts_before_it_ends(g: Gazetteer) -> None:
    """No office ends before it starts, none starts in the future."""
    for leader in g.leaders:
        assert leader.offices, leader.name
        for office in leader.offices:
            assert office.end is None or office.start <= office.end, leader.name
            assert office.start <= TODAY, leader.name


def test_heads_of_government_do_not_overlap(g: Gazetteer) -> None:
    """Titular heads of government of one country never overlap beyond a hand-over day."""
    terms = _head_terms(g)
    for (a, x), (b, y) in itertools.combinations(terms, 2):
        if x.country != y.country:
            continue
        first, second = sorted((x, y), key=lambda o: o.start)
        assert first.end is not None, (a.name, b.name)
        assert first.end <= second.start, (a.name, b.name, first, second)


def test_heads_of_government_cover_the_years(g: Gazetteer) -> None:
    """From 1965 to today, JP, KR and US always have a head of government."""
    for country in ("JP", "KR", "US"):
        day = D(1965, 1, 1)
        while day <= TODAY:
            assert g.heads_of_government(country, day), (country, day)
            day += dt.timedelta(days=7)


def test_every_entry_has_a_source(g: Gazetteer) -> None:
    """Every leader names the public source of its facts."""
    for leader in g.leaders:
        assert leader.source.strip(), leader.name


def test_canonical_names_unique_and_aliases_unambiguous_in_country(g: Gazetteer) -> None:
    """No two leaders share a canonical name."""
    names = [leader.name for leader in g.leaders]
    assert len(names) == len(set(names))


def test_data_files_parse_and_codes_are_alpha2() -> None:
    """The bundled TOML parses; every code is two capital letters."""
    folder = resources.files("kjrel.gazetteer")
    data = tomllib.loads((folder / "countries.toml").read_text(encoding="utf-8"))
    for section in ("countries", "demonyms", "places", "capitals"):
        for key, code in data[section].items():
            assert re.fullmatch(r"[A-Z]{2}", code), (section, key)


# --------------------------------------------------------------------------
# Countries, places and events
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("South Korea", "KR"),
        ("Republic of Korea", "KR"),
        ("ROK", "KR"),
        ("Korea", "KR"),
        ("the U.S.", "US"),
        ("U.S.", "US"),
        ("US", "US"),
        ("United States", "US"),
        ("the United States", "US"),
        ("America", "US"),
        ("Japan", "JP"),
        ("Japan's", "JP"),
        ("China", "CN"),
        ("PRC", "CN"),
        ("North Korea", "KP"),
        ("DPRK", "KP"),
        ("South Korean", "KR"),
        ("Korean", "KR"),
        ("Japanese", "JP"),
        ("American", "US"),
        ("Chinese", "CN"),
        ("North Korean", "KP"),
        ("Seoul", "KR"),
        ("Busan", "KR"),
        ("Tokyo", "JP"),
        ("Osaka", "JP"),
        ("Hiroshima", "JP"),
        ("Washington", "US"),
        ("Camp David", "US"),
        ("Beijing", "CN"),
        ("Hangzhou", "CN"),
        ("Vilnius", "LT"),
        ("Madrid", "ES"),
        ("New York", "US"),
        ("Pyongyang", "KP"),
        ("  seoul ", "KR"),
    ],
)
def test_country_of(g: Gazetteer, word: str, code: str) -> None:
    """Countries, demonyms, places and capitals all give their country."""
    assert g.country_of(word) == code


def test_capitals_only_in_capitals(g: Gazetteer) -> None:
    """'us' and 'rok' in lower case are not countries; unknown words are None."""
    assert g.country_of("us") is None
    assert g.country_of("rok") is None
    assert g.country_of("Atlantis") is None


def test_capital_and_place_country(g: Gazetteer) -> None:
    """Capitals stand for governments; places are only places."""
    for word, code in [
        ("Seoul", "KR"),
        ("Tokyo", "JP"),
        ("Washington", "US"),
        ("Beijing", "CN"),
        ("Pyongyang", "KP"),
        ("the White House", "US"),
    ]:
        assert g.capital_country(word) == code, word
        assert g.place_country(word) == code, word
    assert g.capital_country("Busan") is None
    assert g.place_country("Camp David") == "US"
    assert g.place_country("The Hague") == "NL"
    assert g.place_country("Japanese") is None
    # the public tables keep lower-case keys, capitals among the places
    assert g.places["seoul"] == "KR"
    assert g.countries["south korea"] == "KR"


def test_events_table(g: Gazetteer) -> None:
    """The occasions table lists APEC, the G7, G20, NATO, UNGA, ASEAN and more."""
    names = g.event_names()
    for name in ("APEC", "G7", "G20", "NATO summit", "UN General Assembly", "East Asia Summit",
                 "ASEAN summit", "Korea-Japan-China trilateral summit"):
        assert name in names
        assert names[name]
    assert g.event_of("the G-7 summit") == "G7"
    assert g.event_of("U.N. General Assembly") == "UN General Assembly"
    assert g.event_of("Asia-Pacific Economic Cooperation") == "APEC"
    assert g.event_of("picnic") is None


def test_find_events(g: Gazetteer) -> None:
    """Gatherings are found whole, longest first; acronyms only in capitals."""
    text = "on the sidelines of the Apec summit, then the G-7, the UN General Assembly; eas"
    found = [(text[m.start : m.end], m.name) for m in g.find_events(text)]
    assert found == [
        ("Apec summit", "APEC"),
        ("G-7", "G7"),
        ("UN General Assembly", "UN General Assembly"),
    ]
    assert isinstance(next(g.find_events("APEC")), EventMatch)


# --------------------------------------------------------------------------
# Construction and errors
# --------------------------------------------------------------------------

GOOD_LEADER = """
[[leader]]
name = "Test Person"
country = "JP"
source = "invented for a test"
office = [
  { title = "Prime Minister", role = "head-of-government", start = 2000-01-01 },
]
"""


def test_from_toml_builds_a_gazetteer() -> None:
    """from_toml reads the bundled format."""
    g = Gazetteer.from_toml(GOOD_LEADER, '[places]\n"Somewhere" = "JP"\n')
    assert g.lookup("Person Test") is not None  # Japanese order is generated
    assert g.place_country("somewhere") == "JP"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GOOD_LEADER.replace("head-of-government", "boss"), "unknown office role 'boss'"),
        (GOOD_LEADER.replace('source = "invented for a test"\n', ""), "'source'"),
        (GOOD_LEADER.replace("start = 2000-01-01", "start = 2000-01-01, end = 1999-01-01"),
         "before its start"),
        (GOOD_LEADER.replace('"JP"', '"Japan"'), "alpha-2"),
        (GOOD_LEADER.replace("country =", "countree ="), "unknown key"),
        (GOOD_LEADER + GOOD_LEADER, "duplicate"),
    ],
)
def test_malformed_leader_names_file_and_entry(text: str, expected: str) -> None:
    """A malformed entry raises GazetteerError naming the file, line and entry."""
    with pytest.raises(GazetteerError) as caught:
        Gazetteer.from_toml(text, "", leaders_path="data/leaders.toml")
    message = str(caught.value)
    assert message.startswith("data/leaders.toml:")
    assert "Test Person" in message
    assert expected in message
    assert caught.value.line is not None


def test_malformed_toml_and_countries() -> None:
    """Invalid TOML and bad country codes are reported with their file."""
    with pytest.raises(GazetteerError, match=r"^leaders.toml:\d+: not valid TOML"):
        Gazetteer.from_toml("[[leader]\n", "")
    with pytest.raises(GazetteerError, match=r"countries.toml:2: \[places\] 'Nowhere'"):
        Gazetteer.from_toml(GOOD_LEADER, '[places]\n"Nowhere" = "Atlantis"\n')
    with pytest.raises(GazetteerError, match="unknown table"):
        Gazetteer.from_toml(GOOD_LEADER, "[cities]\n")
    with pytest.raises(ValueError):  # GazetteerError is a ValueError
        Gazetteer.from_toml(GOOD_LEADER, '[leading_office]\nJP = "king"\n')


def test_from_records_keeps_working() -> None:
    """Other stages build small gazetteers from records."""
    leader = Leader(
        "Test Person",
        "KR",
        aliases=("Test Per-son",),
        offices=(Office("President", "KR", OfficeRole.HEAD_OF_STATE_AND_GOVERNMENT,
                        D(2000, 1, 1)),),
        source="invented",
    )
    g = Gazetteer.from_records([leader], places={"Capital City": "KR"},
                               countries={"US": "US"})
    assert g.lookup("test person") is leader
    assert g.surname_candidates("Test") == (leader,)
    assert g.leader_in_office("KR", D(2001, 1, 1)) is leader
    assert g.place_country("capital city") == "KR"
    assert g.country_of("US") == "US"
    assert g.country_of("us") is None
    assert [m.leader for m in g.find_names("and Test Person said")] == [leader]


# --------------------------------------------------------------------------
# name_key
# --------------------------------------------------------------------------

_NAMEISH = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ -", max_size=40)


@given(_NAMEISH)
def test_name_key_is_idempotent(name: str) -> None:
    """Applying name_key twice changes nothing."""
    assert name_key(name_key(name)) == name_key(name)


@given(_NAMEISH, st.data())
def test_name_key_ignores_case_hyphens_and_spaces(name: str, data: st.DataObject) -> None:
    """Case, hyphens and spaces do not change the key."""
    assert name_key(name.upper()) == name_key(name.lower()) == name_key(name)
    assert name_key(name.replace(" ", "").replace("-", "")) == name_key(name)
    at = data.draw(st.integers(min_value=0, max_value=len(name)))
    sep = data.draw(st.sampled_from([" ", "-", "  ", " - "]))
    assert name_key(name[:at] + sep + name[at:]) == name_key(name)


@given(st.text(max_size=40))
def test_name_key_is_idempotent_on_any_text(name: str) -> None:
    """Also with diacritics and any script: the key of a key is itself."""
    assert name_key(name_key(name)) == name_key(name)


def test_name_key_drops_diacritics() -> None:
    """A diacritic is no letter (ANNOTATION.md: letters only): gold may spell without it."""
    assert name_key("Luiz Inácio Lula da Silva") == name_key("Luiz Inacio Lula da Silva")
    assert name_key("Shinzō Abe") == name_key("Shinzo Abe")
    assert name_key("Moon Jae-in") != name_key("Moon Jae-yin")


@pytest.mark.parametrize(("place", "code"), [
    ("Glasgow", "GB"), ("Toyako", "JP"), ("Los Cabos", "MX"), ("Cannes", "FR"),
    ("Pittsburgh", "US"), ("Sao Paulo", "BR"), ("Tashkent", "UZ"),
])
def test_summit_host_cities_of_past_gatherings_are_places(place: str, code: str) -> None:
    """Cities that hosted G8, G20 and COP gatherings leaders met at (2008-2021)."""
    assert default_gazetteer().place_country(place) == code
