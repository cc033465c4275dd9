"""English word lists of ``extract/signing_dates.py`` (each explained where it is used)."""

NAME_GLUE = frozenset("of on for and the between with in".split())

SIGNED_AFTER = frozenset(
    "signed concluded inked sealed agreed struck reached adopted initialled initialed".split()
)

BE = frozenset("which that was were had has have been".split())

# Verbs that report news: a date before "<verb> that ... signed" is when the news came.
REPORTED = frozenset("announced said reported confirmed revealed stated disclosed".split())

# Words that open the object of a verb: "signed a pact" is a verb with its own object, not a
# participle that tells when the agreement before it was signed.
OBJECT_OPENERS = frozenset("a an the its their another".split())

# Nouns of events that are not steps of an agreement: a date right after one of them ("the
# invasion of Ukraine in February 2022") tells when that event happened.
EVENT_NOUNS = frozenset(
    """invasion war attack attacks annexation coup election elections crisis outbreak
    pandemic collapse independence revolution earthquake offensive""".split()
)

# Words of other steps and events on the way from a date up to its verb: the date is theirs,
# not the signing's ("the treaty, in force since January 2022, was signed ...", "since" a
# state that lasts, not a step).
OTHER_STEP_WORDS = frozenset(
    "force effect ratification invasion war attack election elections since".split()
)

# Nouns that tell a signing without a verb: "the signing of the pact comes after ...".
SIGNING_NOUNS = frozenset(("signing",))

# Units of a span of time ("two months after", "weeks before"): the date before such a span
# is of another event than the step after it.
TIME_UNITS = frozenset("day days week weeks month months year years decade decades".split())

# Words that introduce a date in running text ("on 15 May 2025", "signed in Moscow, 15 May",
# "on the 6th of October 2025"):
# a full date after any other word stands bare, as a byline's or a headline's stamp does.
DATE_INTRO = frozenset(
    "on in of since dated by until till before after from to and or between than at the".split()
) | frozenset(", ( – - —".split())

# Words that open a span of time before a date ("valid until 2025", "shipments through 2030",
# "took three years, starting 2012", "beginning in 2026"): the date bounds the span; no step
# was taken on it.
SPAN_BOUNDS = frozenset("until till through starting beginning".split())
# Words that may stand between such a word and its date ("until the end of 2025", "starting
# in 2026", "through mid-2027").
SPAN_GLUE = frozenset("in from the end of mid late early".split())

# Participles that make something known, before "by" and its agent ("the deal, first announced
# by China on Tuesday", "the partnership unveiled by the leaders in May 2022"): a date after
# them is when the news came, not when anything was signed.
MADE_KNOWN_BY = REPORTED | frozenset("unveiled proposed launched published".split())

# Conjunctions that open an adverbial clause of another time than the main clause's ("Since
# the West sanctioned Russia in 2014, Moscow has signed ...", "before the war broke out in
# 2022"): a date inside such a clause is its event's, not the signing's. Not "after" or
# "when": a signing "after the leaders met on Monday" or "when they met in May" is most often
# told at that meeting's time.
OTHER_TIME_SUBORDINATORS = frozenset(
    "since before because until till although though unless whereas".split()
)


# Verbs of the future: a date after one of them ("the deal under which Latvia will provide
# aid this year") is when something still to come happens, not when anything was signed.
FUTURE_WORDS = frozenset("will shall".split())

# A signing told at talks or a meeting ("signed during a meeting between the presidents",
# "After their talks, the leaders witnessed the signing") is dated by the one day a nearby
# sentence gives that meeting ("the presidents met on 15 January"): the words before the
# occasion, its nouns, and the words of a sentence that tells the meeting. Not a visit or a
# summit: they span days, and a signing "during the state visit" is not pinned to one.
OCCASION_PREPS = frozenset("during at after following".split())
OCCASION_NOUNS = frozenset("talks meeting meetings".split())
OCCASION_WORDS = OCCASION_NOUNS | frozenset("met meet".split())
