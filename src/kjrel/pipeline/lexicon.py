"""Word lists shared by several stages.

Rules as data: the reporting verbs, titles and pronouns the stages match,
in one place. Stages may keep lists that only they use in their own module.
Lists here are only ever extended, never narrowed, by one stage's needs.
"""

from __future__ import annotations

from kjrel.pipeline.syntax.words import inflections

__all__ = ["PRONOUNS", "REPORTING_VERBS"]

REPORTING_VERBS: frozenset[str] = frozenset(
    {
        "said", "says", "say", "stated", "states", "added", "adds", "told",
        "tells", "noted", "notes", "wrote", "writes", "announced", "announces",
        "declared", "declares", "stressed", "stresses", "emphasized",
        "emphasised", "insisted", "argued", "explained", "asked", "replied",
        "responded", "remarked", "commented", "warned", "urged", "continued",
        "recalled", "pledged", "vowed", "promised", "reiterated", "reaffirmed",
        "echoed", "expressed", "acknowledged", "admitted", "claimed",
        "suggested", "indicated", "confirmed", "affirmed", "praised",
        "denounced", "criticized", "criticised", "called", "described",
        "highlighted", "underscored", "underlined", "agreed",
    }
)
"""Verbs that report speech, in the forms the press uses (lower case)."""

PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "i", "we"})
"""Personal pronouns that can stand for a speaker (lower case)."""

# --------------------------------------------------------------------------
# Mentions, attribution and statements (added by the speakers stage)
# --------------------------------------------------------------------------

__all__ += [
    "ABBREVIATIONS",
    "CAPITALS",
    "COUNTRY_ADJECTIVES",
    "COUNTRY_NAMES",
    "COUNT_WORDS",
    "CUE_OBJECTS",
    "CUE_PARTICLES",
    "DESCRIPTION_ROLES",
    "FEMALE_GIVEN_NAMES",
    "FUNCTION_WORDS",
    "GATHERING_WORDS",
    "GROUP_NOUNS",
    "KOREAN_SURNAMES",
    "ORG_HEADS",
    "PARTIES",
    "PLURAL_NOUNS",
    "PLURAL_SUBJECT_VERBS",
    "PRESENT_PLURAL_VERBS",
    "RELATIONAL_ROLES",
    "ROLE_NOUNS",
    "SHARED_STANCES",
    "SPEECH_ACT_LEMMAS",
    "SPEECH_LIGHT_LEMMAS",
    "SPEECH_NOUNS",
    "STATEMENT_VERBS",
    "SURNAME_FIRST_COUNTRIES",
    "TITLE_WORDS",
    "UNNAMED_SOURCES",
]

SPEECH_ACT_LEMMAS: frozenset[str] = frozenset(
    {"convey", "request", "concur", "assess", "repeat", "restate", "joke", "congratulate",
     "recount", "inform", "wish", "complain", "caution"}
)
"""Lemmas of verbs that report a speech act (conveying, requesting, concurring,
joking, ...); :data:`STATEMENT_VERBS` takes their past, -ing and -s forms."""

SPEECH_LIGHT_LEMMAS: frozenset[str] = frozenset(
    {"issue", "release", "adopt", "publish", "lodge", "deliver", "offer", "extend"}
)
"""Lemmas of light verbs whose speech-act noun object makes the speech act ("lodged a
protest", "offered condolences"); their past forms start a cue. Not "file": a
complaint filed with a court or the WTO is a legal act, not a statement."""

SPEECH_NOUNS: frozenset[str] = frozenset(
    {"statement", "statements", "declaration", "announcement", "communique", "communiqué",
     "readout", "protest", "protests", "complaint", "apology", "apologies", "condolences",
     "warning", "appeal", "message"}
)
"""Nouns of a speech act that a light verb of :data:`SPEECH_LIGHT_LEMMAS` reports."""

STATEMENT_VERBS: frozenset[str] = frozenset(
    REPORTING_VERBS
    | {form for lemma in SPEECH_ACT_LEMMAS for form in inflections(lemma)}
    | {
        "saying", "stating", "adding", "noting", "announcing", "declaring",
        "stressing", "emphasizing", "emphasising", "insisting", "insists",
        "arguing", "argues", "explaining", "warning", "warns", "urging",
        "urges", "recalling", "pledging", "pledges", "vowing", "vows",
        "promising", "promises", "reiterating", "reiterates", "reaffirming",
        "reaffirms", "echoing", "echoes", "expressing", "expresses",
        "acknowledging", "acknowledges", "claiming", "claims", "confirming",
        "confirms", "affirming", "affirms", "praising", "praises",
        "denouncing", "denounces", "criticizing", "criticising",
        "criticizes", "highlighting", "highlights", "underscoring",
        "underscores", "agreeing", "agrees", "condemned", "condemning",
        "condemns", "welcomed", "welcoming", "welcomes", "protested",
        "protesting", "demanded", "demanding", "demands", "lamented",
        "apologized", "apologised", "apologizing", "reported", "unveiled",
        "proposed", "proposing", "proposes", "rejected", "rejecting",
        "slammed", "blasted", "accused", "accusing", "thanked", "hailed",
        "lauded", "mentioned", "disclosed", "revealed", "maintained",
        "maintains", "asserted", "asserting", "contended", "reflected",
        "reflect", "touted", "objected", "opposed", "voiced", "voicing",
        "hoped", "hopes", "hoping", "assured", "assuring", "apologizes",
        "defended", "defending", "defends", "estimated", "estimates", "contends",
        "predicted", "stated", "cautioned", "conceded", "countered", "rebutted",
        "pressed", "pressing", "signaled", "signalled", "shared", "sharing", "shares",
        "invited", "inviting", "invites",
    }
)
"""Verbs whose subject is the source of a reported statement (lower case).

Bare infinitives are left out on purpose ("intended to highlight" reports
nothing); "reflect" is the one exception, for "took the chance to reflect
on ...", which the press uses to introduce a speaker's own reflections.
"""

SHARED_STANCES: frozenset[str] = frozenset(
    {"view", "views", "concern", "concerns", "recognition", "understanding", "assessment",
     "opinion", "opinions", "determination"}
)
"""What a shared stance names ("the two leaders shared the view that ...", "shared serious
concern about ..."): a joint statement of both; "shared" alone is no cue ("shared a meal")."""

CUE_PARTICLES: dict[str, frozenset[str]] = {
    "called": frozenset({"for", "on", "it"}),
    "calling": frozenset({"for", "on", "it"}),
    "calls": frozenset({"for", "on", "it"}),
    "call": frozenset({"for", "on"}),
    "expressed": frozenset({"hope", "support", "concern", "concerns", "regret", "optimism",
                            "willingness", "gratitude", "condolences", "appreciation",
                            "confidence", "opposition", "displeasure", "sympathy"}),
    "expressing": frozenset({"hope", "support", "concern", "concerns", "regret", "optimism",
                             "willingness", "gratitude", "appreciation", "confidence",
                             "opposition", "displeasure", "sympathy"}),
    "shared": SHARED_STANCES,
    "sharing": SHARED_STANCES,
    "shares": SHARED_STANCES,
    "reflect": frozenset({"on"}),
    "reflected": frozenset({"on"}),
}
"""Words that complete a cue ("called for", "expressed hope")."""

CUE_OBJECTS: frozenset[str] = frozenset(
    {
        "reporters", "journalists", "the press", "lawmakers", "parliament",
        "the parliament", "the audience", "an audience", "students",
        "a news conference", "a press conference", "a briefing",
        "the briefing", "supporters", "the diet", "the national assembly",
        "the assembly", "local media", "the media", "broadcasters",
        "a reporter", "the newspaper", "the agency", "the station",
    }
)
"""Objects of "told" that belong to the cue ("told reporters")."""

TITLE_WORDS: frozenset[str] = frozenset(
    {
        "president", "prime", "minister", "pm", "mr", "mr.", "ms", "ms.", "mrs",
        "mrs.", "dr", "dr.", "chair", "chairman", "chairwoman", "chairperson",
        "vice", "deputy", "principal", "national", "security", "adviser",
        "advisor", "foreign", "defense", "defence", "unification", "finance",
        "trade", "economy", "chief", "cabinet", "secretary", "general",
        "ambassador", "envoy", "special", "senior", "first", "lady",
        "spokesperson", "spokesman", "spokeswoman", "press", "governor",
        "mayor", "senator", "sen.", "representative", "rep.", "rep", "speaker",
        "leader", "lawmaker", "professor", "prof.", "emperor", "empress",
        "king", "queen", "crown", "prince", "princess", "premier",
        "chancellor", "director", "commissioner", "justice", "judge",
        "lieutenant", "gen.", "gen", "admiral", "colonel", "col.", "lt.",
        "state", "interior", "industry", "health", "labor", "labour",
        "education", "agriculture", "environment", "land",
        "transport", "science", "culture", "affairs", "policy", "executive",
        "head", "former", "acting", "interim", "then", "then-president",
        "then-prime", "late", "assistant", "under", "vice-minister",
        "vice-foreign", "ministry", "office", "presidential", "strategy",
        "planning", "communications", "communication", "political",
        "staff", "of", "u.s.", "us", "chinese", "japanese", "korean", "south",
        "north", "american", "opposition", "party", "ruling", "top",
        "ex-president", "ex-prime", "economic", "nuclear", "negotiator",
    }
)
"""Lower-case words that may open a capitalised title before a name
("First Vice Foreign Minister Jane Doe")."""

ROLE_NOUNS: frozenset[str] = frozenset(
    {
        "secretary", "spokesperson", "spokesman", "spokeswoman", "adviser",
        "advisor", "minister", "lady", "counterpart", "wife", "husband",
        "professor", "analyst", "lawmaker", "senator", "official", "director",
        "chairman", "chairwoman", "chair", "president", "leader", "ambassador",
        "envoy", "researcher", "fellow", "economist", "expert", "scholar",
        "activist", "candidate", "governor", "mayor", "representative",
        "commissioner", "head", "chief", "diplomat", "negotiator", "aide",
        "member", "survivor", "victim", "lawyer", "attorney", "son",
        "daughter", "brother", "sister", "mother", "father", "spouse",
        "premier", "nominee", "successor", "predecessor", "rival",
        "correspondent", "editor", "columnist", "ceo", "founder", "officer",
        "emperor", "empress", "prince", "princess", "queen", "king",
    }
)
"""Lower-case role nouns that may introduce a name ("press secretary Jane
Doe", "first lady Jane Roe")."""

RELATIONAL_ROLES: frozenset[str] = frozenset(
    {
        "lady", "wife", "husband", "spouse", "son", "daughter", "brother",
        "sister", "mother", "father", "counterpart", "gentleman",
    }
)
"""Roles that introduce a person by relation to another (their surname is
rarely used alone for them)."""

FUNCTION_WORDS: frozenset[str] = frozenset(
    {
        "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to",
        "for", "by", "with", "from", "as", "that", "this", "these", "those",
        "it", "its", "he", "she", "they", "we", "i", "his", "her", "their",
        "our", "my", "you", "your", "during", "however", "since", "after",
        "before", "when", "while", "where", "which", "who", "whom", "whose",
        "prior", "last", "next", "such", "so", "if", "then", "there", "here",
        "also", "both", "all", "some", "several", "many", "most", "other",
        "others", "one", "two", "three", "four", "five", "meanwhile",
        "although", "though", "yet", "still", "into", "under", "over", "whether",
        "unless", "whereas", "until",
        "about", "against", "between", "among", "amid", "despite", "through",
        "because", "what", "why", "how", "not", "no", "is", "was", "are",
        "were", "be", "been", "has", "have", "had", "will", "would", "can",
        "could", "may", "might", "should", "must", "do", "does", "did",
        "said", "says", "according", "read", "more", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july",
        "august", "september", "october", "november", "december", "jan",
        "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "additionally", "furthermore", "moreover", "instead",
        "in contrast", "now", "today", "yesterday", "tomorrow",
        "once", "even", "just", "only", "further", "again", "earlier",
        "later", "separately", "indeed", "already", "asked", "unlike",
        "like", "per", "without", "within", "toward", "towards", "upon",
    }
)
"""Words that are never part of a name even when capitalised."""

ORG_HEADS: frozenset[str] = frozenset(
    {
        "party", "ministry", "office", "university", "museum", "library",
        "institute", "center", "centre", "forum", "council", "assembly",
        "agency", "foundation", "association", "committee", "commission",
        "court", "department", "bank", "corporation", "corp", "group",
        "times", "news", "union", "federation", "club", "organization",
        "organisation", "service", "force", "forces", "command", "coalition",
        "alliance", "network", "league", "society", "tribunal", "diet",
        "house", "administration", "secretariat", "bureau", "embassy",
        "fund", "company", "co", "inc", "ltd", "board", "government",
        "cabinet", "parliament", "congress", "senate", "herald", "post",
        "journal", "daily", "shimbun", "ilbo", "press", "broadcasting",
        "television", "radio", "tv", "academy", "school", "college",
        "hospital", "bloc", "movement", "initiative", "summit", "conference",
        "declaration", "treaty", "agreement", "statement", "pact", "war",
        "peninsula", "sea", "island", "islands", "strait", "day", "games",
        "olympics", "expo", "award", "prize", "act", "law", "constitution",
        "institution", "exchange", "electronics", "motor", "motors",
        "industries", "holdings", "airlines", "station", "square", "palace",
        "hall", "shrine", "temple", "park", "street", "road", "city",
        "province", "prefecture", "county", "district", "state", "states",
        "republic", "kingdom", "nations", "army", "navy",
        "guard", "police", "prosecution", "prosecutors", "think", "tank",
    }
)
"""Capitalised words that make a run of capitalised words a non-person
(an organisation, event, document or place)."""

KOREAN_SURNAMES: frozenset[str] = frozenset(
    {
        "kim", "lee", "park", "choi", "jung", "jeong", "chung", "kang", "cho",
        "jo", "yoon", "yun", "jang", "chang", "lim", "im", "han", "oh", "seo",
        "shin", "kwon", "hwang", "ahn", "an", "song", "yoo", "yu", "ryu",
        "hong", "jeon", "chun", "ko", "go", "moon", "mun", "yang", "son",
        "bae", "baek", "paik", "heo", "huh", "nam", "noh", "roh", "ha",
        "kwak", "sung", "cha", "joo", "ju", "woo", "min", "rhee", "ban",
        "byun", "byeon", "na", "yeo", "chae", "won", "pyo", "do", "jin",
        "eom", "um", "gil", "suh", "hyun", "koo", "ku", "kong", "maeng",
        "choo", "chu", "seong", "wi", "pi", "bang", "ma",
    }
)
"""Common Korean surnames, which come first in a Korean name."""

SURNAME_FIRST_COUNTRIES: frozenset[str] = frozenset({"KR", "KP", "CN", "TW", "VN", "HK"})
"""Countries whose press names put the surname first ("Yoon Suk Yeol")."""

COUNTRY_ADJECTIVES: dict[str, str] = {
    "KR": "South Korean", "KP": "North Korean", "JP": "Japanese",
    "US": "United States", "CN": "Chinese", "RU": "Russian", "TW": "Taiwanese",
    "GB": "British", "FR": "French", "DE": "German", "IN": "Indian",
    "AU": "Australian", "CA": "Canadian", "UA": "Ukrainian",
}
"""The adjective used in canonical names of governments and offices."""

COUNTRY_NAMES: dict[str, str] = {
    "KR": "South Korea", "KP": "North Korea", "JP": "Japan",
    "US": "the United States", "CN": "China", "RU": "Russia", "TW": "Taiwan",
    "GB": "the United Kingdom", "FR": "France", "DE": "Germany", "IN": "India",
    "AU": "Australia", "CA": "Canada", "UA": "Ukraine",
}
"""Country names used to name a group of countries."""

CAPITALS: dict[str, str] = {
    "seoul": "KR", "tokyo": "JP", "washington": "US", "beijing": "CN",
    "pyongyang": "KP", "moscow": "RU", "taipei": "TW", "london": "GB",
    "paris": "FR", "berlin": "DE", "kyiv": "UA", "canberra": "AU",
}
"""Capitals that stand for their governments ("Tokyo has insisted")."""

PARTIES: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "People Power Party": ("KR", ("PPP",)),
    "Democratic Party of Korea": ("KR", ("DPK", "Minjoo Party")),
    "Rebuilding Korea Party": ("KR", ()),
    "Justice Party": ("KR", ()),
    "Reform Party": ("KR", ()),
    "Saenuri Party": ("KR", ()),
    "Liberty Korea Party": ("KR", ()),
    "United Future Party": ("KR", ()),
    "Bareun Party": ("KR", ()),
    "People's Party": ("KR", ()),
    "Liberal Democratic Party": ("JP", ("LDP",)),
    "Constitutional Democratic Party of Japan": ("JP", ("CDP", "CDPJ")),
    "Constitutional Democratic Party": ("JP", ()),
    "Komeito": ("JP", ()),
    "Japan Innovation Party": ("JP", ("Nippon Ishin no Kai", "Ishin")),
    "Democratic Party for the People": ("JP", ("DPFP",)),
    "Democratic Party of Japan": ("JP", ("DPJ",)),
    "Sanseito": ("JP", ()),
    "Reiwa Shinsengumi": ("JP", ()),
    "Japanese Communist Party": ("JP", ("JCP",)),
    "Republican Party": ("US", ("GOP",)),
    "Chinese Communist Party": ("CN", ("CCP", "Communist Party of China")),
    "Workers' Party of Korea": ("KP", ("WPK",)),
}
"""Political parties: canonical name -> (country, other names)."""

DESCRIPTION_ROLES: dict[str, str] = {
    "president": "President",
    "prime minister": "Prime Minister",
    "premier": "Prime Minister",
    "chancellor": "Chancellor",
    "foreign minister": "Foreign Minister",
    "leader": "",
    "counterpart": "",
    "head of state": "",
    "head of government": "",
}
"""Role words of descriptions ("the Japanese prime minister") -> office title
("" for any head of state or government)."""

PERSON_ROLES: dict[str, tuple[str, ...]] = {
    "minister": ("minister",),
    "diplomat": ("foreign minister", "diplomat", "ambassador", "envoy"),
    "top diplomat": ("foreign minister",),
    "spokesman": ("spokesman", "spokesperson", "spokeswoman", "press secretary",
                  "cabinet secretary"),
    "spokeswoman": ("spokeswoman", "spokesperson", "press secretary", "cabinet secretary"),
    "spokesperson": ("spokesman", "spokesperson", "spokeswoman", "press secretary",
                     "cabinet secretary"),
    "government spokesman": ("cabinet secretary", "spokesman", "spokesperson"),
    "top government spokesman": ("cabinet secretary",),
    "envoy": ("envoy", "ambassador"),
    "ambassador": ("ambassador",),
    "researcher": ("researcher",),
    "professor": ("professor",),
    "analyst": ("analyst",),
    "negotiator": ("negotiator", "envoy"),
    "secretary": ("secretary",),
}
"""Role words of descriptions of people who are not leaders ("the South Korean
minister", "Japan's top diplomat") -> words one of which the person's title
holds ("Foreign Minister Park Jin", "Chief Cabinet Secretary Hayashi")."""

PLURAL_NOUNS: frozenset[str] = frozenset(
    {"leaders", "sides", "countries", "nations", "governments", "men", "women",
     "neighbors", "neighbours", "allies", "presidents", "heads"}
)
"""Plural nouns that stand for several leaders or countries ("the two leaders")."""

GROUP_NOUNS: tuple[str, ...] = (
    "civic groups", "rights groups", "activist groups", "victims' groups",
    "opposition parties", "opposition lawmakers", "business groups",
    "analysts", "experts", "critics", "observers", "scholars", "economists",
    "activists", "protesters", "protestors", "lawmakers", "residents",
    "victims", "survivors", "workers", "laborers", "labourers", "organizers",
    "organisers", "descendants", "historians", "researchers", "diplomats",
    "commentators", "pundits", "voters", "demonstrators", "campaigners",
    "families", "relatives", "plaintiffs", "groups", "fishermen",
    "business leaders", "executives", "students", "citizens",
)
"""Nouns of generic groups that may speak ("analysts", "civic groups")."""

UNNAMED_SOURCES: tuple[str, ...] = (
    "official", "officials", "source", "sources", "aide", "aides",
    "diplomat", "spokesperson", "spokesman", "spokeswoman", "insider",
    "insiders", "person", "people familiar", "government official",
)
"""Heads of descriptions of unnamed sources ("a senior official")."""

ABBREVIATIONS: frozenset[str] = frozenset(
    {"mr", "ms", "mrs", "dr", "gen", "lt", "col", "sen", "rep", "gov", "prof",
     "st", "jr", "sr", "sgt", "capt", "adm", "no", "vs"}
)
"""Abbreviations whose period does not end a sentence."""


PRESENT_PLURAL_VERBS: frozenset[str] = frozenset(
    {"say", "estimate", "argue", "believe", "warn", "insist", "claim", "note", "contend",
     "maintain", "agree", "predict", "point", "suggest", "stress", "acknowledge",
     "caution", "complain", "allege", "assert", "urge", "demand", "accuse", "criticize",
     "criticise", "question", "doubt", "fear", "pledge", "vow", "promise", "reaffirm",
     "reiterate", "congratulate"}
)
"""Base forms that report speech after a plural subject ("analysts warn")."""

GATHERING_WORDS: frozenset[str] = frozenset(
    {"apec", "g7", "g-7", "g20", "g-20", "asean", "nato", "quad", "brics", "un", "u.n",
     "eas", "summit"}
)
"""Names of gatherings used as a modifier ("the APEC leaders", "G20 leaders"): all of
its members, whom no plural names one by one."""

COUNT_WORDS: dict[str, int] = {"two": 2, "three": 3, "four": 4, "five": 5}
"""Number words that count a group of people ("the three leaders", "the two")."""

PLURAL_SUBJECT_VERBS: frozenset[str] = frozenset(
    {"agree", "pledge", "vow", "promise", "commit", "sign", "issue", "hold", "meet",
     "discuss", "exchange", "confirm", "reaffirm", "share", "express", "say", "call", "urge",
     "adopt", "decide", "shake", "sit", "spend", "talk", "gather", "convene", "confer",
     "dine", "huddle"}
)
"""Present-tense verbs after which "The two" / "Both" is a subject standing for the leaders
just named ("The two agree to hold summits regularly", in a timeline's present)."""

ROLE_NOUNS = ROLE_NOUNS | frozenset({"writer", "reporter", "photographer", "anchor", "host"})
GROUP_NOUNS = (*GROUP_NOUNS, "lawyers", "attorneys", "legal representatives", "prosecutors",
               "judges", "unions", "labor unions", "survivors' groups")
GROUP_NOUNS = (*GROUP_NOUNS, "media", "news outlets", "newspapers", "broadcasters", "pollsters")

FEMALE_GIVEN_NAMES: frozenset[str] = frozenset(
    {
        "geun-hye", "geunhye", "sanae", "yoko", "yuko", "yuriko", "seiko", "tomomi",
        "renho", "kamala", "hillary", "theresa", "angela", "ing-wen", "keon-hee",
        "kyung-wha", "jung-sook", "kim-hee", "hye-kyung", "yo-jong", "yo", "mi-hyang",
        "condoleezza", "madeleine", "nancy", "karine", "jill", "melania", "michelle",
        "giorgia", "ursula", "jacinda", "liz", "kristi", "marise", "penny", "mary",
        "akie", "mariko", "keiko", "noriko", "kiyomi", "mizuho", "hwa-young",
    }
)
"""Given names (lower case) that mark a person as a woman, so that "she"
finds her and "he" does not."""

WORD_SURNAMES: frozenset[str] = frozenset(
    {"may", "key", "english", "young", "long", "little", "brown", "white", "sen", "hun", "bush",
     "fox", "martin", "clark", "howard", "garcia", "garcía", "toledo", "lagos"}
)
"""Leaders' family names that are also English words, months, places or common given
names ("May 2018", "Key officials", "Fox News", "Toledo"): alone and untitled they name
a leader only once the article has named that leader in full."""

FOCUS_COUNTRIES: frozenset[str] = frozenset({"KR", "JP", "KP", "CN", "US"})
"""The countries whose leaders Korea-Japan reporting names most: a bare family name
shared with a leader elsewhere ("Lee") is read as theirs first."""
