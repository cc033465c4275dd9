"""Analytics over the knowledge base: the alignment network as of a date, blocs, who is bound
to defend whom, the alignment of two actors over time, and an actor's partnerships by year.

Every function takes a SQLAlchemy Connection, an Engine or a :class:`~blocwatch.kb.KnowledgeBase`
(whose methods of the same names call them), returns dataclasses with ``to_dict()``, and
carries the ids of the records it used. The weight scale shared by all is in :mod:`.weights`.
Facts that are not news (who belongs to NATO since when; which alliances have a
collective-defence clause) come from plain data tables with their sources, read by
:mod:`.membership`.
"""

from .alignment import Alignment, alignment
from .blocs import Blocs, blocs
from .growth import Growth, growth
from .network import Network, NetworkPage, network, network_page
from .network_json import network_json
from .obligations import (
    ConflictingCommitments,
    Obligations,
    conflicting_commitments,
    obligations,
)
from .obligations_page import ObligationsPage, obligations_page

__all__ = [
    "Alignment",
    "Blocs",
    "ConflictingCommitments",
    "Growth",
    "Network",
    "Obligations",
    "alignment",
    "blocs",
    "conflicting_commitments",
    "growth",
    "network",
    "network_json",
    "network_page",
    "NetworkPage",
    "obligations",
    "obligations_page",
    "ObligationsPage",
]
