"""How much a relation binds: the scale lives in :mod:`blocwatch.base.weights` (the resolver
stamps the as-of index with it, and resolve may not import analyse); analyse reads it here."""

from ..base.weights import (  # noqa: F401 - analyse's own names
    CLAIM_STATUS_WEIGHT,
    PROVISION_TIER,
    TIER_WEIGHT,
    TIERS,
    __doc__,  # noqa: F401,E402 - the scale is documented where it lives
    agreement_weight,
    claim_weight,
    has_defence,
    strongest,
    tier,
    trade_score,
)
