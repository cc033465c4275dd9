"""English word lists of ``extract/metric_heads.py`` (each explained where it is used)."""

STOP_AFTER = frozenset(
    """, ; : ( ) . that which who while whereas but from to for by with was were is are has
    have had will would said says since over during between against""".split()
)

# Words a count's noun never stands after: a preposition or conjunction ("1000 HP engines for
# T-72 tanks" counts engines), an auxiliary or a relative word, which ends the noun phrase of
# the number ("two Serbian companies had sold rockets" counts companies, no rockets)
COUNT_STOPS = frozenset(
    """of and or to in for with from at by on that which who whose had has have was were is
    are be been being will would shall could can may might must should""".split()
)

# Capitalised words that open the paragraph after a sub-heading run into it without a full
# stop ("... gave financial backing The UN report highlights", "... drones According to"):
# the headline breaks' function words (agreements.HEADLINE_BREAK_WORDS) and "according"
SUBHEADING_OPENERS = frozenset(
    """at in on the a an after amid as during following while according""".split()
)
# Words before which such a capitalised word opens no paragraph but starts a name: saying,
# citing and naming ("told The Associated Press", "cited The Telegraph", "called The Hague")
NO_SUBHEADING_BREAK_AFTER = frozenset(
    """said says say told tells tell cited cites cite quoted quotes wrote writes reported
    reports called calls named names titled entitled dubbed read reads visited visit visits
    joined join joins signed sign signs""".split()
)

# People and bodies of business (beside the company nouns of company_nouns.tsv) whose batch of
# signed deals is no figure between states ("business leaders inked 40 agreements worth $3.7bn")
BUSINESS_WORDS = frozenset(
    """business businesses businessmen businesspeople entrepreneurs investors""".split()
)
