"""English word lists of ``extract/provisions.py`` (each explained where it is used)."""

NEGATORS = frozenset(["no", "not", "n't", "n’t", "without", "lacking", "lacks", "lack", "never"])

NOT_AS_MODIFIER = frozenset(("defense", "defence"))

GENERIC_IN_DEFENSE = frozenset(("defense", "defence", "security", "military"))

NAMED_SUBJECTS = frozenset(("nuclear", "trade", "finance", "energy"))

REFUSALS = frozenset(("neutrality",))

# Cue words of an act that an agreement states by refusing it: "will not use force against
# one another", "not to attack each other" state non-aggression.
REFUSED_ACTS = frozenset(
    ("use of force", "use force", "attack each other", "attack one another", "hostilities")
)

# An attack on, or aggression against, a party of the agreement (not any attack the article
# reports): a conditional opening ("in the event of", "in case of", "should ... come under")
# and a party word ("either", "one of", "any", "each") after it.
_PARTY = r"(?:either|one|any|each|both|one another|each other)\b"
_ATTACK = r"(?:armed\s+|military\s+|external\s+|foreign\s+)?(?:attack|aggression)"
ATTACK_ON_A_PARTY = (
    r"\b(?:in\s+the\s+event\s+of|in\s+case\s+of|against|repel|repelling)\s+(?:an?\s+)?"
    + _ATTACK
    + r"(?:\s+or\s+(?:the\s+)?threat\s+of\s+"
    + _ATTACK
    + r")?\s+(?:on|against|upon)\s+(?:the\s+)?"
    + _PARTY
    + r"|\bshould\s+(?:the\s+)?"
    + _PARTY
    + r"[\w\s]{0,20}?\s+(?:(?:come|comes|be|is)\s+under|faces?)\s+(?:an?\s+)?(?:armed\s+)?"
    + _ATTACK
    # "China is obliged to intervene militarily if North Korea is attacked": an obligation
    # whose condition is an attack on a named party
    + r"|\b(?:obliged?|obligat\w+|commit\w*|pledg\w+|bound|must|requir\w+|promis\w+"
    + r"|guarantee\w*)\b[\w\s,'’-]{0,60}?\bif\s+(?:[\w'’-]+\s+){1,4}"
    + r"(?:is|are|be|were|was|comes?\s+under|came\s+under)\s+(?:an?\s+)?(?:armed\s+)?"
    + r"attack(?:ed)?\b"
)

# Verbs and nouns of a sale: an agreement "to sell", "to buy", "for the purchase of" weapons
# provides arms supply.
SALE_WORDS = frozenset(
    """sell sells selling sold sale sales buy buys buying bought purchase purchases purchasing
    purchased acquisition order orders ordered procure
    procures procured procurement supply supplies supplying deliver delivers delivery
    deliveries""".split()
)

# Verbs (lemmas and forms) that move goods from one party to the other: an infinitive of one on
# an agreement's noun, with weapons as its object, makes the agreement a sale of arms.
ACQUIRING_VERBS = frozenset(
    """sell sells selling sold buy buys buying bought purchase purchases purchasing purchased
    acquire acquires acquiring acquired supply supplies supplying supplied deliver delivers
    delivering delivered transfer transfers transferring transferred procure procures
    procuring procured""".split()
)

# Words before a sale noun that make it a sale of weapons: "a defence sales agreement",
# "a foreign military sale", "an arms sale".
MILITARY_SELLERS = frozenset("defence defense military arms weapons".split())

# Words before a military sale that make it a prospect, not what the agreement provides.
HEDGES = frozenset("possible potential future eventual prospective planned proposed".split())

# Words of making or keeping weapons: "a deal for a drone factory" is no sale of drones.
MAKING_WORDS = frozenset(
    """establishment development production manufacture manufacturing facility facilities
    factory factories plant plants maintenance repair repairs servicing assembly""".split()
)  # not "acquire": "help Australia acquire submarines" is a goal, not a sale

# Words after a weapons noun that make it no sale: "arms control", "arms reduction".
NOT_A_SALE = frozenset(
    """control reduction reductions limitation limitations race elimination eliminate ban
    prohibition prohibit destruction destroy nonproliferation non-proliferation""".split()
)

# Weapon platforms a sale names beside the claims' list of supplied weapons (supplied_items).
ARMS_PLATFORMS = frozenset(
    """jets jet fighters aircraft warplanes helicopters submarines submarine warships frigates
    frigate corvettes corvette destroyers""".split()
)

# Words that open a relative clause after a comma: a list of areas past one belongs to it.
RELATIVE_OPENERS = frozenset("which who where whose while whereas".split())

# Verbs of a clause hanging on an agreement's noun that say what the agreement grants or
# covers ("which gives ... access to bases", "allowing joint exercises", "to provide a loan").
# Not "sign", "reach", "discuss": a clause of how the agreement came about lists no provisions.
GRANTING_VERBS = frozenset(
    """give grant allow enable permit provide cover include envisage establish regulate govern
    facilitate ensure open focus aim pave expand boost strengthen deepen promote set let
    commit oblige bind formalise formalize""".split()
)

# Verbs of an infinitive on an agreement's noun that tell how the agreement comes about or
# ends, not what it is for: "talks on an agreement to sign next year", "a deal to end".
MAKING_OF_IT = frozenset(
    """sign ink conclude reach negotiate discuss finalise finalize ratify approve announce
    seal strike draft prepare end terminate replace suspend""".split()
)

# Verbs of signing an agreement: the purpose of the signing ("signed a deal for a supply of
# LNG", "signed a pact to build a plant") is what the agreement is for.
SIGNING_VERBS = frozenset(
    """sign ink conclude seal strike clinch reach finalise finalize adopt""".split()
)

# Verbs whose object is an agreement not yet made: "exploring an agreement to ...".
SEEKING_VERBS = frozenset(
    """explore seek pursue negotiate discuss propose consider want plan study eye""".split()
)

# Nouns after a cue word that make it the name of a body, not an area of cooperation, where
# the body speaks: "the intelligence service said", "the defence minister announced".
BODY_NOUNS = frozenset(
    """service services agency agencies official officials chief chiefs community
    communities source sources report reports assessment assessments estimate estimates
    directorate committee ministry ministries minister ministers officer officers unit
    units""".split()
)

# Nouns that head the name of an office, a body or a firm: a cue word inside that name ("the
# Energy Ministry", "Minister of Trade and Integration", "the Defense Secretary", "American
# defense companies", "the UN Security Council") names who acts, not what an agreement covers.
OFFICE_HEADS = frozenset(
    """minister ministers ministry ministries secretary secretaries department departments
    commissioner commissioners representative representatives attache attaché envoy envoys
    spokesperson spokesman spokeswoman official officials chief chiefs council councils
    company companies firm firms contractor contractors""".split()
)

# Words that join the words of an office's name: "Minister of Investment, Industry and Trade",
# "Commerce & Industry Ministry".
OFFICE_JOINERS = frozenset(("and", "&", ",", "the"))

# Verbs of a body that speaks (the source of a report, not a party's commitment).
SPEECH_VERBS = frozenset(
    """said says say announced announces told tells stated states reported reports claimed
    claims noted notes added adds confirmed confirms tweeted wrote""".split()
)

# Words of wish or prospect: the areas under them in a sentence after the agreement's are
# hoped for, not covered ("expressed his desire for cooperation in tourism", "readiness to
# strengthen defence ties", "the need to explore", "promising areas for cooperation"). Not
# "plan": "It includes a plan to build ports" tells what the agreement holds.
WISH_WORDS = frozenset(
    """desire desires wish wishes readiness willingness need needs optimism hope hopes hoped
    potential prospects prospect possibility possibilities promising explore exploring""".split()
)

# Verbs by which an agreement's text says what it holds: "the declaration states that the two
# sides will consult", "the treaty stipulates that ...". The clause they report is what the
# agreement provides (a person who says so is a speaker, and reports a prospect).
STATING_VERBS = frozenset(
    """say state stipulate specify provide affirm declare read note envisage oblige require
    set""".split()
)

# Words that put a clause's deed under an agreement: "under the pact", "as part of the
# deal", "in accordance with the treaty", "in line with the accord", "pursuant to".
UNDER_WORDS = frozenset(("under", "part of", "accordance", "line", "pursuant"))

# Words right after an agreement's noun (or its bracketed acronym) that open the list of what
# it covers: "agreements on ...", "a pact for ...", "deals spanning ...", "MoUs related to".
LIST_LEADS = frozenset(
    """on for in covering spanning concerning regarding involving encompassing including
    related relating ranging""".split()
)

# Words that open that list after a party phrase ("an agreement with Venezuela on ...", "a
# deal between the two governments for ..."): not "in" ("a deal with China in Moscow"), nor
# "including" ("agreements with Chinese firms, including ...").
LEADS_AFTER_PARTIES = frozenset(
    """on for covering spanning concerning regarding involving encompassing""".split()
)

# Words that close that list: a clause's verb or auxiliary, a relative or subordinating
# word, a reporting verb, and prepositions of the occasion rather than the content ("at the
# summit", "during the visit", "worth $2 billion").
LIST_ENDS = frozenset(
    """which that who whom whose where when while whereas as after before because since
    although though if unless said says say told tells announced according at during amid
    despite following worth valued is are was were will would has have had can could may
    might shall should must be been being with $ € £""".split()
)

# Punctuation inside such a list: commas, hyphens and dashes joining words, quotes, brackets.
LIST_PUNCT = frozenset([",", "-", "–", "(", ")", "“", "”", '"', "'", "’", "‘", "/", "&"])

# Words before a verb of purpose that make it a noun ("the deepening of our ties"): an
# effect named, not what the agreement is for.
DETERMINERS = frozenset(("the", "a", "an", "this", "that", "its", "their"))

# Defence-clause cues that name assistance only: they state a defence clause where the
# sentence says the assistance answers an attack ("military assistance if it comes under
# attack"), not where it is aid ("a framework for military assistance").
ASSISTANCE_ONLY = frozenset(
    (
        "military assistance",
        "mutual assistance",
        "mutual military assistance",
        "military and other assistance",
        "military, military-technical and other assistance",
        "mutual aid",
    )
)
ATTACK_WORDS = r"\b(?:attack\w*|aggress\w*|invad\w*|invasion|encroach\w*)"
