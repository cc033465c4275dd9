"""English word lists of ``extract/plans.py`` (each explained where it is used)."""

PAST = frozenset(
    [
        "signed",
        "inked",
        "concluded",
        "sealed",
        "struck",
        "clinched",
        "penned",
        "ratified",
        "entered",
        "came",
        "took",
        "extended",
        "renewed",
        "prolonged",
        "joined",
        "finalised",
        "finalized",
        "formalised",
        "formalized",
    ]
)

# "put" is past tense too: "will put" is a proposal cue
# Bare verbs of raising a partnership's rank: "agreed to elevate ties" reports the step
# taken (the rank is what they agreed on), where "agreed to sign a pact" plans a signing.
ELEVATIONS = frozenset(
    ("elevate", "upgrade")
    + tuple(
        f"{verb} {mid}{noun} to"
        for verb in ("raise", "lift")
        for mid in ("", "their ", "bilateral ", "their bilateral ")
        for noun in ("relations", "ties", "relationship")
    )
)
BASE_SIGN = frozenset(("sign", "ink", "conclude")) | ELEVATIONS
DECIDED = frozenset("agreed decided resolved".split())

STEPS = frozenset(
    """sign signed signing be conclude concluded finalise finalize finalised finalized ratify
    ratified reach reached agree agreed strike ink seal join negotiate renegotiate""".split()
)

MODALS = frozenset(("might", "could", "would", "is expected", "are expected"))

APART = frozenset(
    "after following like unlike besides than replacing replaces similar modelled modeled".split()
)

# Auxiliaries before "be" + a step word that leave the step to come: "will be finalized".
FUTURE = frozenset("will would could may might shall should to".split())

# Words right before a bare "sign" that make it no report ("to sign", "will visit and sign").
NOT_A_SUBJECT_END = frozenset(
    """to will would could may might shall should can cannot must not n't and or
    then""".split()
)
# Days named without a date that, with no publication date, place a bare "sign" in the past.
PAST_DAYS = frozenset("yesterday monday tuesday wednesday thursday friday saturday sunday".split())

# A rank before a signer noun and "to sign": "became the latest country to sign ...".
RANKS = frozenset("first second third fourth fifth latest last newest only sole next".split())
SIGNER_NOUNS = frozenset("country countries nation nations state states member government".split())

# Nouns of a step that a future clause can govern ("the signing of the pact will take place").
STEP_NOUNS = frozenset("signing signature ratification".split())
# Words after "is"/"are" that put an event ahead ("is scheduled for", "is set to", "is due").
SCHEDULED = frozenset("scheduled set due expected planned slated to".split())
