"""English word lists of ``extract/claims.py`` (each explained where it is used)."""

ITEM_MODIFIERS = frozenset(
    """- – made built produced manufactured designed supplied range short long medium new
        advanced attack combat suicide kamikaze military unmanned armed heavy light guided
        cruise anti tank anti-tank air defence defense close""".split()
)

GENERIC_ITEMS = frozenset(
    """weapons weapon weaponry arms armaments armament munitions ammunition materiel military
    equipment hardware aid""".split()
)

PRONOUNS = frozenset(["it", "its", "they", "their", "he", "she"])

NOMINAL_ALLEGATION = frozenset(["alleged", "suspected", "reported", "purported"])

ANAPHORIC_OBJECTS = frozenset(
    """deployment deployments presence role transfers transfer deliveries shipments
        supplies sales involvement interference interfering meddling""".split()
) | frozenset(
    [
        "allegation",
        "allegations",
        "claim",
        "claims",
        "accusation",
        "accusations",
        "report",
        "reports",
        "it",
        "them",
        "this",
        "that",
        "these",
        "those",
        "charge",
        "charges",
        "wrongdoing",
        # what an accuser said, named by its form: "rejected the statement as groundless",
        # "dismissed the findings", "denied the assertion"
        "statement",
        "assertion",
        "assertions",
        "findings",
        "story",
        "reporting",
        # what the press carried, named as such: "denied the alleged news", "refuting
        # information in Kuwaiti media that ..."
        "news",
        "information",
        # the supply named as trade: "have denied any arms deals", "denied arms dealings"
        "deals",
        "dealings",
    ]
)

STOP_BENEFICIARY = frozenset(["through", "via", "including", "such"])

# Prepositions of place or target: a state after them is where an intervention happens or
# whom it hits, not whose side it takes ("military operations in eastern Congo").
PLACE_PREPOSITIONS = frozenset(
    ["in", "into", "inside", "within", "across", "throughout", "against"]
)

STANCE_VERBS = frozenset(
    [
        "said",
        "says",
        "told",
        "accused",
        "accuses",
        "denied",
        "denies",
        "dismissed",
        "dismisses",
        "rejected",
        "rejects",
        "refuted",
        "confirmed",
        "acknowledged",
        "admitted",
        "claimed",
        "alleged",
    ]
)

MODALS = frozenset(
    """could would might may consider considering plans plan planned threatened threatens
    ready willing offered offer""".split()
)

GOODS_WORDS = frozenset(
    "sanctions sanctioned import imports importation goods technology components chips "
    "material materials weapons exports evade evasion circumvent".split()
)

ACCUSE_VERBS = frozenset(("accusing", "accused", "accuses", "accuse"))

DEFINITE = frozenset(("the", "this", "these", "those", "such"))

# Words of calling false that deny the allegation they describe; the first five also stand
# as a whole answer on their own ("'baseless,' the ministry said").
STANDALONE_DENIALS = frozenset(["fake news", "unfounded", "baseless", "groundless", "not true"])
# Words of calling false that say nothing on their own ("false documents", "an incorrect
# figure"): a denial only where they describe an allegation or report named just before.
CALLED_FALSE_ONLY = frozenset(["false", "inaccurate", "incorrect"])

SELF_REFERRING_DENIALS = (
    STANDALONE_DENIALS
    | frozenset(
        ["unvalidated", "unsubstantiated", "untrue", "unproven", "without foundation", "false"]
        + ["inaccurate", "incorrect"]
        + ["no factual basis", "no basis in fact", "purely speculative"]
    )
    | frozenset(
        # words that call what they describe false: "dismissed the reports as propaganda",
        # "called the claims a lie", "described the accusations as politically motivated"
        """fabrication fabricated lie lies absurd nonsense propaganda disinformation
    misinformation slander smear fake fiction ridiculous hoax provocation""".split()
        + ["politically motivated", "psychological warfare"]
    )
    | frozenset(
        # "called the allegations a rumour", "dismissed them as rumours"
        ["a rumour", "a rumor", "as rumours", "as rumors", "mere rumours", "mere rumors"]
    )
)

OWNING_PRONOUNS = frozenset(["its", "their"])

# Deployment words that say forces fight for another: no item needs naming.
FIGHTING_ALONGSIDE = frozenset(["fighting alongside", "fought alongside", "operating alongside"])

# Sources an article names once with their authors and then as "the report", "the panel".
SOURCE_NOUNS = frozenset(
    "report panel experts investigation investigators inquiry study monitors assessment".split()
)

ACCUSATION_NOUNS = frozenset(
    "accusations accusation allegations allegation claims charges assertions".split()
)
# Words before a noun of accusation that say it repeats one made before.
REPEATING = frozenset("similar same such identical".split())

# Phrases by which a denial covers every recipient ("not provided weaponry to any party").
ANY_RECIPIENT = (
    "any party",
    "any parties",
    "any side",
    "either side",
    "any of the parties",
    "any warring",
    "any country",
    "anyone",
)

# Nouns for the two parties of a claim after "both" or "the two": "both countries deny it".
PAIR_NOUNS = frozenset("countries sides states governments nations capitals".split())
# Descriptions of one state that stand for it as a subject: "the country denies ...".
ONE_STATE_NOUNS = frozenset("country kingdom republic government regime state nation".split())

# Item words that name the same kind of weapon as another (the kind's head word).
ITEM_SYNONYMS = {
    "uavs": "drone",
    "uav": "drone",
    "unmanned aerial vehicles": "drone",
    # artillery ammunition, however it is named: "shells", "rockets or mortar shells",
    # "artillery" are one kind
    "shell": "artillery",
    "rocket": "artillery",
    "mortar": "artillery",
    "round": "artillery",
}

# Capitalised words that are no model name between a demonym and an item: "Chinese President
# Xi ... weapons" is no "Chinese weapon".
TITLE_WORDS = frozenset(
    """president prime minister foreign defence defense leader king emir general secretary
    ambassador envoy spokesman spokeswoman official officials army navy air force forces
    ministry government state""".split()
)

# Words between a weapon and "in <state>" that say it was met in combat there, not held:
# "Russian weapons intercepted in Ukraine".
BATTLEFIELD = frozenset(
    """intercepted downed shot captured recovered seized fired launched used found struck
    destroyed""".split()
)

# Supply words that say forces are somewhere rather than sent there: in an outlet's own words
# they describe basing ("US troops are stationed in Japan"), not an allegation.
STANDING_PRESENCE = frozenset(
    [
        "stationed in",
        "remain in",
        "remained in",
        "remaining in",
        "remains in",
        "present in",
        "presence",
        "on the ground",
    ]
)

# Fuel is traded openly between states every day ("India imports Russian oil"); its supply
# is an allegation only where the text charges it as illicit: an accusation, a marker
# ("secretly", "allegedly"), smuggling, or sanctions and embargoes named in the sentence.
FUEL_ITEMS = frozenset("oil fuel gasoline petrol diesel petroleum".split())
ILLICIT_WORDS = frozenset(
    """sanctions sanctioned embargo violation violating breach breaching illicit illicitly
        illegal illegally banned smuggled smuggling smuggle smuggles covertly secretly""".split()
)

# Words that open a subordinate clause before a sentence's subject ("While keeping close ties
# with Russia, China denies ..."): the actor inside it is not the sentence's subject.
SUBORDINATORS = frozenset(
    """while although though despite after before since as when amid unlike like""".split()
)
