"""English word lists of ``extract/actors.py`` (each explained where it is used)."""

STANCE_PREFIXES = frozenset(("pro", "anti"))

FORMER = frozenset(("former", "ex", "retired"))

SERVICE_NOUNS = frozenset(
    "military soldiers troops officers personnel servicemen commandos army".split()
)

BACKING = frozenset("backed aligned allied supported sponsored funded armed linked".split())

REGION_FOLLOWERS = frozenset(
    """region regional province provincial state leader leaders forces authorities
    administration rebels fighters president""".split()
)

COMPANY_NOUNS = frozenset(
    """company firm maker manufacturer group giant conglomerate contractor producer
    corporation consortium""".split()
)

ONE_COMPANY = frozenset(
    """company firm carmaker automaker shipbuilder chipmaker carrier airline lender bank
    conglomerate manufacturer maker producer operator giant""".split()
)

STATE_ORGAN_MODIFIERS = frozenset("state arms defence defense military central".split())

ORIGIN_SUFFIXES = frozenset(
    "born speaking language origin descent heritage made built manufactured produced".split()
)

MAKER_SUFFIXES = frozenset("made built manufactured produced".split())

SEAT_SUFFIXES = frozenset("based registered headquartered listed flagged incorporated".split())

NATIONAL_FIRMS = frozenset(
    "companies firms entities suppliers manufacturers exporters traders banks businesses".split()
)

COMPASS = frozenset(
    """northern southern eastern western central northeastern northwestern southeastern
    southwestern north-eastern north-western south-eastern south-western""".split()
)

HELD = frozenset(("controlled", "held", "occupied", "run", "backed", "from"))

PLACE_PHRASE_END = frozenset((".", ",", ";", ":", ")", "on", "in", "at", "last", "this", "for"))

PLACE_PREPOSITIONS = frozenset(("in", "at", "near", "from", "to", "outside", "of"))

HONORIFICS = frozenset(
    "mr mrs ms miss dr sen senator rep representative gov governor coach judge".split()
)

US_STATE_AFTER = frozenset(
    "governor senator senators legislature voters county counties republicans democrats".split()
)

US_SENATE_TITLES = frozenset("senator sen governor gov rep representative congressman".split())

# Armed groups placed in a state: "the rebels in Yemen", "Houthi militia in Yemen", "Kurdish
# militants in Syria and Iraq": the state is where the group fights, not the group's ally or
# the recipient of what it is given. (Civilians, nationals or mercenaries "in" a state are
# left alone: their host is often a party.)
ARMED_GROUP_NOUNS = frozenset(
    """rebels rebel militia militias militiamen militants insurgents paramilitaries
    separatists jihadists guerrillas extremists terrorists""".split()
)

# Title-cased nouns that make a capital or seat before them part of a document's name ("the
# Ankara Declaration", "the Washington Treaty", "the Ottawa Convention", "the Minsk
# agreements"): the city names where the text was drawn up, not a party to it. Lower-case
# plurals are names too ("the Minsk agreements"); a lower-case singular is left alone.
INSTRUMENT_NAMES = frozenset(
    """Declaration Agreement Agreements Accord Accords Treaty Convention Protocol Charter
    Communique Communiqué Memorandum Pact Process Format Consensus Principles Document
    agreements accords""".split()
)

# Capitalised nouns that make a person's name before them the name of a place or an
# institution ("Kenyatta International Convention Centre", "Hamad bin Khalifa University",
# "Jomo Kenyatta Airport"): the building, not the person, and so not the state.
NAMED_PLACE_NOUNS = frozenset(
    """International Airport Stadium University College School Avenue Street Boulevard
    Square Centre Center Hall Bridge Foundation Institute Library Museum Hospital Port Dam
    Highway Road Park Prize Award Mosque Cathedral Barracks""".split()
)
