"""English word lists of ``extract/claim_syntax.py`` (each explained where it is used)."""

OTHERS_OF = frozenset(
    "rivals enemies foes opponents adversaries neighbours neighbors critics".split()
)

QUANTITY_HEADS = frozenset(
    "number some several group one both all many most each thousands hundreds dozens".split()
)

DOING = frozenset(
    "involve participate engage continue increase expand resume step make conduct carry "
    "organise organize facilitate finance fund accelerate boost ramp link".split()
)
# Nouns whose owner did what they are "in": "their role in arms deliveries".
PART_IN = frozenset("role involvement part complicity".split())

PRONOUNS = frozenset("it its they their them he his she her".split())

ANAPHORIC_HEADS = frozenset(
    "country state nation republic kingdom regime neighbour neighbor economy emirate".split()
)
# prepositions that name whom a sanction targets: "sanctions on X", "measures against X"
SANCTION_TARGET = ("on", "against")
# nouns for what is given when nothing is named: "providing material support to ..."
SUPPORT_NOUNS = frozenset(["support", "assistance", "help", "backing"])
# modifiers that make support military: "military assistance", "lethal support"
MILITARY_KINDS = frozenset(
    "military lethal material armed defence defense logistical logistic".split()
)
# verbs whose object a word of denial describes: "called the report a fabrication"
CALLING_VERBS = frozenset(
    "call describe label brand term dismiss reject deem consider denounce decry".split()
)

# Nouns for one who supplies or buys: the phrase they describe is the actor, their possessor
# the other side ("Russia's leading supplier", "the sole importer ... from China").
AGENT_NOUNS = frozenset("supplier provider exporter importer buyer purchaser customer".split())

# Verbs of using weapons in a relative clause on what was supplied: their subject received it.
USING = frozenset("use fire launch deploy field employ".split())

# What a state receives, of which a supplier gives a share: "80 percent of Pakistan's arms
# imports", "a third of India's weapons".
RECEIVED_NOUNS = frozenset(
    "imports purchases acquisitions arsenal arsenals weapons arms armaments ammunition munitions "
    "equipment supplies needs".split()
)

# Modifiers that make a press noun its state's voice: "state media", "state-run television".
OFFICIAL_VOICE = frozenset(["state", "state-run", "state-controlled", "official", "government"])

# Heads of a subject that is a state's armed forces: sending arms with no recipient is their
# own mission ("the air forces sent fighter jets as escorts"), not a supply.
ARMED_FORCES = frozenset("forces force army navy military militaries armies navies".split())

# What forces may be sent for that makes the sending an exercise, not a deployment.
EXERCISES = frozenset(
    "exercise exercises drill drills manoeuvre manoeuvres maneuver maneuvers".split()
)

# Words of alleging that charge the accused with a wrong: the accuser is never the one the
# accused helped ("Kinshasa accuses Kigali of deploying troops in Congo").
ACCUSING = frozenset(
    """accuse accused accuses accusing accusation accusations allege alleged alleges alleging
    allegation allegations blame blamed blames charge charged charges condemn condemned
    condemns criticism criticised criticized criticise criticize denounce denounced
    denounces denouncing""".split()
)
