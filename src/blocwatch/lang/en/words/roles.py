"""English word lists of ``extract/roles.py`` (each explained where it is used)."""

NOT_ACTOR_BEFORE = frozenset(
    [
        "in",
        "at",
        "against",
        "across",
        "near",
        "via",
        "through",
        "inside",
        "into",
        "over",
        "from",
        "toward",
        "towards",
        "throughout",
        "facing",
        "bordering",
        "off",
    ]
)

GOVERNMENT_BEFORE_IN = frozenset(
    [
        "government",
        "authorities",
        "regime",
        "leadership",
        "officials",
        "spokesman",
        "spokesperson",
        "spokeswoman",
        "junta",
        "parliament",
        "cabinet",
    ]
)

STATE_NOUNS = frozenset(
    [
        "president",
        "prime",
        "premier",
        "minister",
        "ministry",
        "foreign",
        "defence",
        "defense",
        "leader",
        "leaders",
        "leadership",
        "government",
        "officials",
        "official",
        "authorities",
        "forces",
        "troops",
        "army",
        "military",
        "navy",
        "soldiers",
        "side",
        "counterpart",
        "counterparts",
        "peer",  # "his Argentine peer": the minister of that state, as "counterpart"
        "peers",
        "colleague",
        "colleagues",
        "diplomats",
        "diplomat",
        "ambassador",
        "envoy",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "intelligence",
        "delegation",
        "state",
        "regime",
        "parliament",
        "lawmakers",
        "senate",
        "cabinet",
        "junta",
        "legislature",
        "administration",
        "king",
        "emir",
        "crown",
        "chancellor",
        "secretary",
        "general",
        "generals",
        "air",
        "national",
        "treaty",
        "agreement",
        "pact",
        "partnership",
        "deal",
        "defense",
        "defence",
        "security",
        "officials",
        "companies",
        "firms",
        "entities",
        "manufacturers",
        "exporters",
        "units",
        "soldiers",
        "navy",
        "warships",
        "bombers",
    ]
)

AFTER_PLACE = frozenset("on in at this last during for".split())

DATE_WORDS = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)

OTHERS_OF = frozenset(
    "rivals enemies foes opponents adversaries neighbours neighbors critics".split()
)

CLAUSE_VERBS = frozenset(
    """said says saying told telling added adding argued arguing noted noting stressed
        stressing insisted insisting warned warning accused accusing accuses denied denies
        denying dismissed dismisses dismissing rejected rejects rejecting refuted refutes
        confirmed confirms acknowledged acknowledges admitted admits alleges
        alleging claimed claims claiming reported reports announced signed""".split()
)

CLAUSE_BREAKS = frozenset(
    """; : that which who when after before but while though although whereas however yet
    because since""".split()
)

RELATIVE = frozenset(("which", "who", "that", "whom"))
