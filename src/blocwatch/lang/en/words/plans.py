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


# Base forms of steps that only an existing agreement can take ("would end the pact with
# France", "threatened to withdraw from the treaty", "may not renew its deal"): under a plan,
# a threat or a negation the step is not taken, but the agreement it would end or keep exists.
ENDING_OR_KEEPING = frozenset(
    """end scrap terminate suspend withdraw quit leave exit abandon cancel annul revoke
    denounce abrogate renounce renew extend prolong revise amend renegotiate review honour
    honor implement respect violate breach""".split()
)
# Words before such a verb that leave it untaken: a modal, a plan's "to", a negation.
UNTAKEN_BEFORE = frozenset("would will could may might shall should to not never 'll".split())
# Words that may stand between such a verb and the agreement's noun phrase.
ENDING_GAP_WORDS = frozenset("""the its their his her this a an from out of up 's ’s""".split())
# Words that end the search for such a verb: a modifier of the noun ("military", "defence")
# may stand between the verb and the noun, a preposition or conjunction of another phrase
# may not ("to end the war under a peace deal").
ENDING_STOP_WORDS = frozenset(
    """under to with for in on at by after before and or but as than which that who into
    over about against between among without within during while""".split()
)
