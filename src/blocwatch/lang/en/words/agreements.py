"""English word lists of ``extract/agreements.py`` and the modules it is split into (each
explained where it is used)."""

SOFT_SIGN = frozenset(
    [
        "announced",
        "announcing",
        "issued",
        "adopted",
        "unveiled",
        "established",
        "formed",
        "formation",
        "creation",
        "created",
        "forged",
        "reached",
        "reaches",
        "agreed",
        "upgrade",
        "upgraded",
        "upgrading",
        "elevated",
        "elevate",
        "elevates",
        "lift up",
        "lifted up",
        "lifts up",
        "establishing",
        "exchanged",
    ]
)

DEFINITE = frozenset(["the", "this", "that", "these", "those", "its", "their", "such"])

PLURAL_TERMS = frozenset(
    """treaties pacts partnerships agreements accords deals alliances memoranda mous contracts
    arrangements ftas cepas sofas vfas dcas bits documents memorandums declarations
    conventions""".split()
)

LIST_WORDS = frozenset(("with", "between", "among", "amongst"))

# "their comprehensive partnership to comprehensive strategic partnership": "to" and "from"
# join two ranks of an upgrade, not one name
NOT_MODIFIERS = frozenset(("with", "and", "was", "is", "the", "a", "an", "to", "from"))

RECIPROCAL = frozenset((("each", "other"), ("one", "another")))

RELATIONS = frozenset(("partnership", "partnerships", "alliance", "alliances", "cooperation"))

STEP_VERBS = frozenset(
    "extend renew prolong join implement resume revive suspend terminate amend".split()
)

HOLD = frozenset(("enjoy", "maintain", "maintains", "currently has"))

COMPLETES = frozenset(
    "signed approved ratified granted completed confirmed formalised formalized finalised "
    "finalized endorsed".split()
)

# Of those, the words of a member's approval: the day of the approval is not the day of joining.
RATIFIES = frozenset("approved ratified endorsed".split())

# Participles after "X-" that make X a go-between rather than a party: "a China-brokered deal".
MEDIATED = frozenset(
    "brokered mediated facilitated sponsored hosted backed led witnessed attended overseen".split()
)
# Nouns of brokering before "of" and the brokers: "with the mediation of Qatar and Egypt".
MEDIATION_NOUNS = frozenset(("mediation", "facilitation", "auspices", "presence"))

# Openers of an adjunct that sets a scene around the main clause ("amid Russia's invasion of
# Ukraine", ", a move that angered Azerbaijan"): the states it names are context, not parties.
BACKGROUND_OPENERS = frozenset("amid amidst despite following".split())
# Phrases that open a scene-setting adjunct as "amid" does ("at a time of waning U.S.
# interest", "at a time when Washington is distracted").
BACKGROUND_PHRASES = (("at", "a", "time", "of"), ("at", "a", "time", "when"))
# Verbs of handing an instrument to its keeper ("deposited its instrument with the United
# States"): the state after "with" or "in" keeps the treaty; it is not a party.
DEPOSIT_VERBS = frozenset("deposited deposit deposits depositing lodged lodge handed".split())
# The keeper's own title (", the depositary of the treaty"): the state before it is no party.
DEPOSITARY_WORDS = frozenset("depositary depository".split())
# Nouns after ", a" that sum up the whole clause before them.
SUMMING_NOUNS = frozenset("move step decision development".split())
# What a government rejects when it rejects a report of a signing ("rejected the reports").
REPORT_NOUNS = frozenset(
    "report reports claim claims allegation allegations story stories account accounts".split()
)
# Temporal links that put a place in another clause than the signing ("landed in Hanoi after
# signing the pact"): the place is where the signer went, not where it signed.
CLAUSE_LINKS = frozenset("after before following then later afterwards since".split())
# Words of joining before "(to/of/into) the alliance": the alliance then is the body joined,
# not an agreement ("admittance to the alliance", "join the alliance").
JOINING_WORDS = frozenset(
    """admittance admission accession entry membership member members join joins joined
    joining enter entered entering""".split()
)
# Agreement words that may stand for an organisation ("the alliance", "the bloc").
BODY_LIKE_TERMS = frozenset("alliance bloc".split())
# Words that make "the signing ..." a sentence about the ceremony of the agreement just
# named ("The signing ceremony took place in Delhi on April 28").
CEREMONY_WORDS = frozenset("ceremony place held".split())
# Nouns that make "a member of the X" a membership of something other than an alliance.
NON_ALLIANCE_BODIES = frozenset(
    "exercise exercises drill drills games team club board panel committee crew".split()
)

# Words of denial before a step of an agreement's life: what is denied is not stated.
DENIALS = frozenset(
    "denied denies deny denying dismissed dismisses rejected rejects refuted refutes".split()
)

# Heads of a noun phrase that describes a state without naming it: "the East Asian nation
# signed similar pacts with ...". Its state is the one the article names besides the partners.
DESCRIPTIVE_HEADS = frozenset(
    "nation country state kingdom republic neighbour neighbor archipelago island".split()
)

# Words between a descriptive subject and its verb: "the nation had also signed".
AUXILIARIES = frozenset("has have had also already previously earlier recently".split())

# Words that open a noun phrase's own complement: "the treaty of friendship and mutual
# assistance", "the treaty on security guarantees".
COMPLEMENT_WORDS = frozenset("of on for".split())

# Nouns of a step in another agreement's life: "a protocol on the exchange of instruments of
# ratification" (its signing is that step, not the agreement's own signing).
STEP_NOUNS = frozenset("ratification instruments".split())

# Words that go on to list the agreements a cue speaks of: "previous agreements, including".
INCLUDING = frozenset("including such notably".split())

# Words that open the source a sentence cites: "According to AFP and Kyodo, ...".
ATTRIBUTIONS = frozenset("according citing".split())

# Words that may follow a partner's name and end it ("a contract with Boeing worth $2bn"):
# a capitalised run before one of these is a name, not an adjective before a noun.
NAME_ENDS = frozenset("to for on in at worth that which and or last this on over under by".split())

# Openers of a noun phrase that tell an agreement apart from those named before it: "another
# pact", "a second deal", "a separate accord".
ANOTHER = frozenset(("another",))
ORDINALS = frozenset("second third fourth fifth separate further".split())

# Nouns of joining that take the joiner after "of": "the accession of Greece and Turkey".
ACCESSION_NOUNS = frozenset(("accession", "admission", "entry"))

# Words that give another name of the agreement just named: "the North Atlantic Treaty,
# better known as the Washington Treaty".
KNOWN_AS = (("known", "as"), ("called",), ("dubbed",), ("nicknamed",), ("referred", "to", "as"))

# A programme (a protocol, a roadmap, a letter of intent, a compact) is an agreement only as
# the object of these verbs of signing a document: "the protocol" of a visit, a "roadmap"
# for talks, a "compact" car are none.
PROGRAMME_WORDS = frozenset(
    """programme program programmes programs protocol protocols roadmap roadmaps compact
    framework frameworks""".split()
    + ["road map", "letter of intent", "letters of intent"]
)
# Verbs of a ceremony or celebration of a step ("a ceremony marking Finland's entry into
# NATO"): the date of the sentence is the ceremony's, not the step's.
MARKING = frozenset(
    "mark marks marked marking celebrate celebrates celebrated celebrating commemorate "
    "commemorates commemorated commemorating".split()
)
# Modifiers of an instrument one government issues alone ("a presidential memorandum").
DOMESTIC_MODIFIERS = frozenset(("presidential",))  # not "executive": US executive agreements bind
# "within the framework of": such a word before "of" frames another thing, not a document.
FRAME_WORDS = frozenset("framework frameworks".split())
SIGNS_A_DOCUMENT = frozenset("signed sign signs signing inked ink inks initialled".split())

# Words that hold a step up or deny it: "blocked the accession of Sweden".
HELD_UP = frozenset(
    """block blocked blocks blocking veto vetoed vetoes oppose opposed opposes delay delayed
    delays stall stalled stalls reject rejected rejects refuse refused refuses not never no
    awaiting await awaits pending""".split()
)

# Verbs that tell what an agreement contains, said of it as their subject: it exists.
CONTENT_VERBS = frozenset(
    """include includes contain contains cover covers oblige obliges obligate obligates
    commit commits bind binds stipulate stipulates""".split()
)

# Verbs after "agreed to" that make restored or new diplomatic relations an agreement: "agreed
# to resume diplomatic relations", "agreed to normalise ties".
RELATIONS_STEPS = frozenset(
    """resume restore establish re-establish reestablish normalise normalize restart
    renew""".split()
)

# Nouns of a joint statement a sentence reports from: "According to the statement, ...".
STATEMENT_NOUNS = frozenset("statement declaration communique communiqué".split())

# Words that open a count of partners before the named ones: "with more than 20 countries,
# including Chile and Peru", "with several states, including ...".
COUNT_OPENERS = frozenset(
    "other several many some more over about nearly almost around dozens".split()
)

# Words after the actors of ", with X and Y ..." that make it a clause of its own ("with Russia
# and Iran due to ink a similar deal", "with Japan expected to follow"), not a partner list.
ABSOLUTE_PREDICATES = frozenset(
    """due expected set slated poised likely planning preparing also both each having
    being signing pledging agreeing""".split()
)

# Nouns of a pair told before, after "the two" and a state's name as modifier: "the two U.S.
# allies", "both Asian neighbours" (that state is their patron or region, not one of them).
PAIR_NOUNS = frozenset(
    """allies partners neighbours neighbors countries nations states governments
    leaders""".split()
)

# Words in agreements' names that say nothing of which one: "Treaty of Friendship" and
# "Declaration on the Friendship" share "Friendship", not "of", "on" or "the".
NAME_FUNCTION_WORDS = frozenset(
    """of on the and for between in to with a an its their new joint bilateral
    strategic comprehensive cooperation mutual""".split()
)

# Function words that, capitalised after a word without punctuation in a document's opening
# sentence, start the lede a headline runs into ("... the Islamic Republic of Iran At the
# plenary session, ..."): in running text they are capitalised only at a sentence's start.
HEADLINE_BREAK_WORDS = frozenset(
    """at in on the a an after amid as during following while""".split()
)

# Words that tell a signed document is about joining an organisation ("a memorandum on
# becoming a member", "the accession treaty", "the process of its inclusion into the bloc").
ENTRY_WORDS = frozenset(
    """member membership accession accede acceding joining inclusion admission
    admittance""".split()
)
# Kinds of document a state signs to join an organisation (memorandum of obligations,
# accession treaty or protocol).
ENTRY_DOCUMENT_KINDS = frozenset(("memorandum", "treaty", "agreement", "document", "other"))

# Words between such a verb and "relations": "restore full diplomatic relations".
RELATIONS_MODIFIERS = frozenset("full normal diplomatic bilateral their".split())
RELATIONS_NOUNS = frozenset(("relations", "ties"))

# "has become a member": the bare "become" tells an accession only after a perfect auxiliary
# (up to two adverbs between: "has now formally become"); "will become", "to become" are plans.
PERFECT_AUXILIARIES = frozenset(("has", "have", "had", "'s", "’s"))
NOT_YET = frozenset(("not", "yet", "never", "n't", "still"))

# "ASEAN members signed", "EU member states ratified": an organisation's members as signers.
MEMBER_WORDS = frozenset(("members", "states", "countries", "nations", "governments"))

# "US troops stationed in Japan under the 1960 treaty", "the Russian base in Tajikistan,
# opened under an earlier agreement": nouns for a state's forces abroad, whose owner and host
# are the parties of the agreement they are there under.
FORCE_NOUNS = frozenset(
    """troops forces soldiers servicemen personnel marines sailors airmen base bases
    garrison contingent military presence deployment deployments""".split()
)
HOST_BEFORE = frozenset(("in", "on", "to", "at", "into", "across"))
# "Germany will station a brigade in Lithuania under an agreement ...": verbs whose subject
# keeps forces in the host named after "in".
STATIONING_VERBS = frozenset(
    """station stations stationed deploy deploys deployed keep keeps kept base bases based
    maintain maintains maintained""".split()
)
MODALS = frozenset("will would shall can could may might to also now still".split())

# "China's ambassador attended as Cambodia and Vietnam signed ...": a witness's verb before
# "as"; the clause before it names who looked on, not who signed.
WITNESS_VERBS = frozenset("attended watched witnessed applauded observed on".split())

# Words that rank a partnership ("comprehensive strategic partnership" is not the
# "comprehensive partnership" it was upgraded from): two partnerships of one pair whose
# ranks differ are two agreements.
PARTNERSHIP_LEVELS = frozenset(("comprehensive", "strategic"))

# ", vowing to keep supporting Kyiv", ", urging Moscow to ...": participles of what signers
# said or meant besides; the states the clause names are context, not parties.
STANCE_PARTICIPLES = frozenset(
    """vowing pledging promising urging calling saying stressing reiterating expressing
    condemning voicing warning accusing criticising criticizing welcoming reaffirming
    underlining underscoring""".split()
)
# Participles that go on with a list or a topic (", including Japan and Korea"), not with
# what followed from a step: the states after them may be parties.
LIST_PARTICIPLES = frozenset(
    "including involving comprising concerning regarding covering excluding featuring".split()
)

# "Finland joined the alliance in April 2023": common nouns for the body the article names.
BODY_NOUNS = frozenset("alliance bloc grouping organisation organization club union".split())

# Words that may stand between a passive signing verb and its "between" list of parties ("was
# signed in Athens today between ..."): places and times only.
PLACE_OR_TIME_WORDS = frozenset(
    """in at on today yesterday earlier this last week month year morning afternoon evening
    night late early""".split()
)

# A signer ranked among others ("the third state to hold a trade pact with Korea, after
# Chile and Peru"): the rank words (the nouns for a signer are in
# agreement_words.tsv, kind signer_noun).
SIGNER_RANKS = frozenset("second third fourth fifth sixth seventh eighth latest".split())

# Words after a comma that open a phrase on another agreement, not a second name of the one
# before: "the pact, following an accord with Chile", "..., unlike the 2015 deal".
NOT_RENAMING = frozenset(
    """following after before like unlike besides replacing replaces including than under
    succeeding superseding""".split()
)

# Words before such a verb that leave the step to come.
NOT_DONE = frozenset(
    "will would could may might shall should to set expected due invited plans not".split()
)


# Small counts of documents before a plural agreement noun ("signed two memoranda"): one
# record each. Larger counts ("51 agreements") and "several" name no documents one by one.
SMALL_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
# Words between a count and the noun that show the count is of something else ("the two
# sides signed deals", "two countries' pacts").
NOT_MODIFIERS_OF_COUNT = frozenset(
    """the a an of sides countries nations states leaders ministers governments parties
    presidents and or have has had signed""".split()
)
