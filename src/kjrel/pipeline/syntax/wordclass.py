"""Closed word classes and verb morphology: the data the syntax layer reads.

Rules as data: every function word, auxiliary, irregular verb form and
clause-opening word the :mod:`~kjrel.pipeline.syntax` layer knows is listed
here, once, as a lemma or a written form. Nothing here names an event; the
event lexicons list lemmas and are matched against :attr:`~kjrel.pipeline.syntax.words.Token.lemma`.
"""

from __future__ import annotations

__all__ = [
    "ADJECTIVES",
    "ADVERBS",
    "AUXILIARIES",
    "BASE_FORMS_IN_ED_EN",
    "CLAUSE_OPENERS",
    "COORDINATORS",
    "DETERMINERS",
    "IRREGULAR",
    "MEALS",
    "MODALS",
    "NEGATORS",
    "NOUN_FIRST",
    "OBJECT_PRONOUNS",
    "PAST_ONLY",
    "POSSESSIVES",
    "PREPOSITIONS",
    "RELATIVES",
    "SUBJECT_PRONOUNS",
    "SUBORDINATORS",
    "VERBS",
]

ADJECTIVES: frozenset[str] = frozenset({
    "free", "open", "close", "clean", "secure", "safe", "stable", "peaceful", "prosperous",
    "inclusive", "fair", "resilient", "sustainable", "strong", "mature", "healthy", "lasting",
})
"""Adjectives of the qualities readouts pair ("a free and open Indo-Pacific"); some are
also verbs ("open", "free", "secure"), which a pair of them never is."""

BASE_FORMS_IN_ED_EN: frozenset[str] = frozenset({
    # -en: verbs made from adjectives and nouns, and a few others
    "strengthen", "deepen", "broaden", "widen", "open", "reopen", "happen", "threaten",
    "listen", "hasten", "loosen", "tighten", "soften", "lessen", "weaken", "heighten",
    "quicken", "sharpen", "lengthen", "fasten", "worsen", "flatten", "frighten", "darken",
    "harden", "shorten", "brighten", "awaken", "reawaken", "enlighten", "straighten",
    "dampen", "ripen", "thicken", "toughen", "cheapen", "embolden", "burden", "sadden",
    # -ed
    "speed", "need", "proceed", "exceed", "succeed", "shed", "embed", "feed", "breed",
    "bleed", "heed", "plead", "seed", "wed",
})
"""Base forms that end like a past participle ("strengthen", "speed"): no past form."""

IRREGULAR: dict[str, str] = {
    # be, have, do
    "is": "be", "are": "be", "am": "be", "was": "be", "were": "be", "been": "be",
    "being": "be", "'s": "be", "’s": "be", "'re": "be", "’re": "be",
    "has": "have", "had": "have", "having": "have", "'ve": "have", "’ve": "have",
    "does": "do", "did": "do", "done": "do", "doing": "do",
    # modals keep their own form, except their negated contractions
    "won't": "will", "won’t": "will", "can't": "can", "can’t": "can",
    "wouldn't": "would", "wouldn’t": "would", "couldn't": "could", "couldn’t": "could",
    "shouldn't": "should", "shouldn’t": "should", "mustn't": "must", "mustn’t": "must",
    "didn't": "do", "didn’t": "do", "doesn't": "do", "doesn’t": "do", "don't": "do",
    "don’t": "do", "isn't": "be", "isn’t": "be", "aren't": "be", "aren’t": "be",
    "wasn't": "be", "wasn’t": "be", "weren't": "be", "weren’t": "be",
    "hasn't": "have", "hasn’t": "have", "haven't": "have", "haven’t": "have",
    "hadn't": "have", "hadn’t": "have",
    # irregular past tenses and participles
    "met": "meet", "held": "hold", "holds": "hold", "sat": "sit", "spoke": "speak",
    "spoken": "speak", "took": "take", "taken": "take", "gave": "give", "given": "give",
    "got": "get", "gotten": "get", "went": "go", "gone": "go", "came": "come",
    "saw": "see", "seen": "see", "said": "say", "told": "tell", "made": "make",
    "left": "leave", "began": "begin", "begun": "begin", "brought": "bring",
    "thought": "think", "sought": "seek", "found": "find", "kept": "keep",
    "led": "lead", "wrote": "write", "written": "write", "struck": "strike",
    "stood": "stand", "won": "win", "lost": "lose", "put": "put", "set": "set",
    "cut": "cut", "let": "let", "understood": "understand", "undertook": "undertake",
    "undertaken": "undertake", "became": "become", "felt": "feel", "heard": "hear",
    "knew": "know", "known": "know", "drew": "draw", "drawn": "draw", "broke": "break",
    "broken": "break", "chose": "choose", "chosen": "choose", "flew": "fly",
    "flown": "fly", "ran": "run", "shook": "shake", "shaken": "shake", "sent": "send",
    "spent": "spend", "paid": "pay", "laid": "lay", "meant": "mean", "forgot": "forget",
    "forgotten": "forget", "withdrew": "withdraw", "withdrawn": "withdraw",
    "overtook": "overtake", "reaffirmed": "reaffirm", "dealt": "deal", "rose": "rise",
    "risen": "rise", "fell": "fall", "fallen": "fall", "hit": "hit", "built": "build",
    "swore": "swear", "sworn": "swear", "ate": "eat", "eaten": "eat", "sang": "sing",
    "wound": "wind", "bore": "bear", "borne": "bear", "foresaw": "foresee",
    "foreseen": "foresee",
}
"""Written forms whose lemma no suffix rule finds (lower case)."""

PAST_ONLY: frozenset[str] = frozenset({
    "was", "were", "did", "spoke", "took", "gave", "went", "came", "saw", "began", "wrote",
    "undertook", "became", "knew", "drew", "broke", "chose", "flew", "ran", "shook",
    "forgot", "withdrew", "overtook", "rose", "fell", "swore", "ate", "sang", "bore",
    "foresaw",
})
"""Irregular simple past forms that are no past participle ("came", not "come"): they
never open a reduced relative clause ("the summit, in Seoul, came after ...")."""

VERBS: frozenset[str] = frozenset(
    {
        # meeting, travel, hosting
        "meet", "hold", "convene", "confer", "sit", "talk", "speak", "chat", "gather",
        "get", "come", "host", "welcome", "receive", "greet", "visit", "travel", "fly",
        "arrive", "go", "head", "tour", "join", "attend", "call", "dine", "lunch",
        "chair", "co-chair", "co-host", "preside",
        # agreeing and signing
        "sign", "ink", "seal", "conclude", "adopt", "issue", "release", "agree",
        "reach", "strike", "forge", "endorse", "approve", "ratify", "finalize",
        "finalise", "pledge", "vow", "commit", "promise", "resolve", "decide",
        "affirm", "reaffirm", "confirm", "share", "propose", "suggest", "offer",
        "renew", "restore", "resume", "extend", "expand", "launch", "establish",
        "create", "set", "exchange", "negotiate", "discuss", "explore",
        "cooperate", "work", "strengthen", "deepen", "enhance", "boost", "promote",
        "accelerate", "speed", "step", "revive", "normalize", "normalise", "terminate",
        "scrap", "withdraw", "suspend", "cancel", "postpone", "delay",
        # acts a course of action or a dispute names, never nouns
        "restart", "reopen", "relaunch", "coordinate", "implement", "facilitate", "violate",
        # speech and attitude
        "say", "tell", "state", "add", "note", "stress", "emphasize", "emphasise",
        "express", "announce", "declare", "insist", "argue", "warn", "urge", "ask",
        "praise", "criticize", "criticise", "denounce", "condemn",
        "acknowledge", "apologize", "apologise", "hope", "want", "wish", "expect",
        "plan", "intend", "aim", "seek", "try", "fail", "refuse", "decline", "begin",
        "start", "continue", "mark", "make", "take", "give", "see", "find", "keep",
        "know", "think", "believe", "feel", "leave", "become", "remain", "stay",
        "happen", "occur", "end", "follow", "precede", "schedule", "pencil", "arrange",
        "prepare", "consider", "report", "inform", "describe", "mention",
        "recall", "explain", "reply", "respond", "answer", "claim", "deny", "lead",
        "bring", "put", "win", "lose", "face", "need", "help", "allow", "let",
        "shake", "pose", "walk", "stand", "return", "depart", "accompany", "invite",
        "hail", "laud", "commend", "underscore", "treat",
        "highlight", "reiterate", "assure", "caution", "demand", "press",
        "impose", "tighten", "lift", "remove", "ease", "restrict", "rule", "order",
        "compensate", "settle", "address", "handle", "raise", "elect", "inaugurate",
        "resign", "succeed", "replace", "appoint",
        "conduct", "participate", "huddle", "entertain", "slate", "poise", "wrap", "open", "forgo",
        "finish", "complete", "stall", "freeze", "shut", "shelve", "abandon", "halt", "reject",
        "skip", "avoid",
        "drop", "collapse", "expire", "lapse", "renege", "retire", "serve",
        # more reporting verbs
        "write", "post", "tweet", "remark", "observe", "recount", "predict", "concede",
        "admit", "look", "await", "anticipate",
        # verbs the event and statement rules name by lemma
        "pay", "concur", "unveil", "draw", "pull", "miss", "converse", "fix", "co-sign",
        "countersign", "push", "clinch", "produce", "dismiss", "refute", "eye", "mull",
        "pursue", "study", "weigh", "dream", "spend", "accuse", "allege", "assert",
        "complain", "congratulate", "contend", "doubt", "estimate", "fear", "maintain",
        "point", "question", "assess", "convey", "joke", "repeat", "request", "restate",
        "deliver", "lodge", "publish", "use",
    }
)
"""Lemmas known to be verbs (the suffix rules only return a lemma listed here,
or in another lexicon passed to :func:`~kjrel.pipeline.syntax.words.lemmatize`)."""

NOUN_FIRST: frozenset[str] = frozenset(
    {
        "talks", "meeting", "meetings", "summit", "summits", "visit", "visits",
        "call", "calls", "plan", "plans", "pledge", "pledges", "deal", "deals",
        "talk", "promise", "promises", "vow", "vows", "offer", "offers", "end",
        "trip", "trips", "report", "reports", "exchange", "exchanges", "return",
        "lunch", "work", "need", "aim", "hope", "hopes", "wish", "wishes", "claim",
        "claims", "start", "step", "steps", "set", "face", "mark", "order", "rule",
        "press", "statement", "statements", "signing", "signings",
        # verbs the rules name that are as often nouns ("the pay", "a study", "points")
        "pay", "draw", "pull", "miss", "push", "eye", "study", "studies", "dream", "dreams",
        "doubt", "doubts", "estimate", "estimates", "fear", "fears", "point", "points",
        "question", "questions", "request", "requests", "fix", "joke", "jokes", "repeat",
        "use", "uses",
    }
)
"""Written forms that are nouns unless an auxiliary, a modal, ``to`` or a
subject pronoun stands right before them ("the talks" / "they talk")."""

MEALS: frozenset[str] = frozenset({"lunch", "luncheon", "dinner", "breakfast", "banquet",
                                   "supper"})
"""Meals: nouns after "to" ("treated him to dinner"), never the base verb of an infinitive."""

DETERMINERS: frozenset[str] = frozenset(
    {
        "a", "an", "the", "this", "that", "these", "those", "another", "each",
        "every", "some", "any", "no", "all", "both", "either", "neither", "several",
        "many", "few", "such", "what", "which", "whose",
    }
)
"""Words that open a noun group."""

POSSESSIVES: frozenset[str] = frozenset({"my", "your", "his", "her", "its", "our", "their"})
"""Possessive pronouns (they open a noun group and name its owner)."""

SUBJECT_PRONOUNS: frozenset[str] = frozenset({"i", "you", "he", "she", "it", "we", "they"})
"""Pronouns that can be the subject of a clause."""

OBJECT_PRONOUNS: frozenset[str] = frozenset({"me", "him", "her", "us", "them", "it", "you"})
"""Pronouns in object position."""

AUXILIARIES: frozenset[str] = frozenset({"be", "have", "do", "get"})
"""Lemmas of auxiliaries (``get`` for the "got signed" passive)."""

MODALS: frozenset[str] = frozenset(
    {"will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ll", "’ll"}
)
"""Modal auxiliaries, lower case as written."""

NEGATORS: frozenset[str] = frozenset({"not", "n't", "n’t", "never", "no"})
"""Words that negate the verb group they stand in."""

ADVERBS: frozenset[str] = frozenset(
    {
        "also", "then", "already", "again", "still", "just", "later", "soon", "now",
        "first", "finally", "formally", "jointly", "together", "separately", "briefly",
        "reportedly", "officially", "eventually", "previously", "recently", "once",
        "last", "even", "only", "since", "yet", "both", "each", "ever", "originally",
        "initially", "subsequently", "respectively", "instead", "further", "longer",
    }
)
"""Adverbs that may stand inside a verb group; words ending in "-ly" count too."""

PREPOSITIONS: frozenset[str] = frozenset(
    {
        "with", "in", "at", "on", "near", "during", "for", "from", "to", "of", "by",
        "between", "among", "amid", "after", "before", "since", "until", "into",
        "onto", "over", "under", "about", "against", "without", "within", "across",
        "through", "throughout", "toward", "towards", "around", "outside", "inside",
        "alongside", "despite", "via", "per", "like", "ahead", "following", "behind",
        "beside", "upon", "including", "regarding", "concerning", "as",
    }
)
"""Prepositions (a few also open clauses: see :data:`SUBORDINATORS`)."""

RELATIVES: frozenset[str] = frozenset({"who", "whom", "whose", "which", "that", "where", "when"})
"""Words that open a relative clause after a noun group or a comma."""

SUBORDINATORS: frozenset[str] = frozenset(
    {
        "when", "where", "while", "whereas", "after", "before", "since", "because",
        "although", "though", "if", "unless", "as", "until", "once", "whether",
        "so", "than",
    }
)
"""Words that open a subordinate clause when a verb group follows."""

COORDINATORS: frozenset[str] = frozenset({"and", "but", "or", "yet", "nor"})
"""Coordinating conjunctions."""

CLAUSE_OPENERS: frozenset[str] = frozenset({";", ":", "—", "–", "--"})
"""Punctuation that always ends a clause."""
