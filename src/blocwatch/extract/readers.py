"""The extractor hooks of the registered kinds (``blocwatch.kinds``): each reads its kind's
facts in one read text, given what the kinds registered before it found (``so_far``)."""

from __future__ import annotations

from ..model import Agreement, Claim, Extraction, Measure
from .agreements import read_agreements
from .claims import commerce_of, read_claims
from .measures import read_measures
from .reading import Reading
from .signing_check import check_status
from .succession import link_successions


def agreements(reading: Reading, so_far: Extraction) -> list[Agreement]:
    """Agreements taken or in force; those only proposed go to ``so_far.proposals``, and a
    treaty that replaces another is linked to it. In order: the rules read them, the learned
    signing check (when switched on, see ``signing_check.py``) may overturn their status,
    then successions are linked."""
    found = check_status(read_agreements(reading))
    so_far.proposals = [a for a in found if a.status == "proposed"]
    kept = [a for a in found if a.status != "proposed"]
    link_successions(kept)
    return kept


def claims(reading: Reading, so_far: Extraction) -> list[Claim]:
    """Allegations of supply, with their stances."""
    return read_claims(reading)


def measures(reading: Reading, so_far: Extraction) -> list[Measure]:
    """Figures; a figure a claim already states as supplied is read with that claim, or with
    the arms trade the claims reader set aside as commerce."""
    return read_measures(reading, so_far.claims + commerce_of(reading))
