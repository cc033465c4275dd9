"""The vocabulary of blocwatch: documents and the facts read from them.

Facts use the field names of the gold annotation format (``shared/gold-schema.md``) so that a
prediction, a stored fact and a gold record read the same. Every fact carries its
``evidence``: the character spans of the document that state it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

AGREEMENT_KINDS = (
    "treaty",
    "partnership",
    "pact",
    "agreement",
    "memorandum",
    "joint_statement",
    "accession",
    "other",
)

PROVISIONS = (
    "mutual_defense",
    "consultation",
    "nonaggression",
    "neutrality",
    "military_exercises",
    "military_technical",
    "arms_supply",
    "intelligence_sharing",
    "basing",
    "trade",
    "energy",
    "transport",
    "finance",
    "space",
    "satellite",
    "climate",
    "ai",
    "internet_governance",
    "nuclear",
    "technology",
    "education_culture",
    "security_cooperation",
)

CLAIM_ACTIONS = (
    "arms_transfer",
    "troop_deployment",
    "component_supply",
    "military_support",
    "sanctions_evasion",
    "technology_transfer",
    "other",
)

METRICS = ("bilateral_trade", "troops", "arms_value", "munitions_count", "aid_value", "other")


class Lifecycle(StrEnum):
    """The dated steps of an agreement's life, as resolution orders them. ("proposed" and
    "negotiating" are read by the extractor but are not agreements: they never reach the
    output or the knowledge base.)"""

    SIGNED = "signed"
    ACCESSION = "accession"
    RATIFIED = "ratified"
    IN_FORCE = "in_force"
    EXTENDED = "extended"
    SUSPENDED = "suspended"
    WITHDRAWN = "withdrawn"
    SUPERSEDED = "superseded"
    TERMINATED = "terminated"
    EXPIRED = "expired"


# Steps that start an agreement's valid time, steps that end it, and the order in which a
# later step overrides an earlier one as the agreement's status.
START_EVENTS = (
    Lifecycle.SIGNED,
    Lifecycle.ACCESSION,
    Lifecycle.RATIFIED,
    Lifecycle.IN_FORCE,
    Lifecycle.EXTENDED,
)
END_EVENTS = (
    Lifecycle.SUSPENDED,
    Lifecycle.WITHDRAWN,
    Lifecycle.SUPERSEDED,
    Lifecycle.TERMINATED,
    Lifecycle.EXPIRED,
)
LIFECYCLE_RANK: dict[str, int] = {
    Lifecycle.SIGNED: 1,
    Lifecycle.ACCESSION: 1,
    Lifecycle.RATIFIED: 2,
    Lifecycle.IN_FORCE: 3,
    Lifecycle.EXTENDED: 4,
    Lifecycle.SUSPENDED: 5,
    **dict.fromkeys(END_EVENTS[1:], 6),
}


class ClaimStatus(StrEnum):
    """Where a claim stands in its stance ledger."""

    ALLEGED = "alleged"
    CONTESTED = "contested"
    ACKNOWLEDGED = "acknowledged"


CLAIM_STATUSES = tuple(ClaimStatus)


@dataclass(frozen=True)
class Evidence:
    """A span of a document's text that states (part of) a fact."""

    start: int
    end: int
    sentence: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "sentence": self.sentence}


@dataclass
class Document:
    """One article as read: its text exactly as ingested, and its metadata."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    source: str | None = None  # outlet or site name
    lang: str | None = None
    origin: str | None = None  # where it was read from: a path, path:line, or "-"
    content_hash: str | None = None
    duplicate_of: str | None = None
    ingested_at: str | None = None


@dataclass
class Event:
    """A dated step in an agreement's life (signed, ratified, in_force, extended ...)."""

    kind: str
    date: str | None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Agreement:
    parties: list[str]
    kind: str = "agreement"
    name: str | None = None
    signed: str | None = None
    place: str | None = None
    defense: bool | None = None
    provisions: list[str] = field(default_factory=list)
    status: str = "signed"
    signatories: list[str] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.5


@dataclass
class Stance:
    """One actor's position on a claim, from one sentence: alleges, denies or acknowledges."""

    actor: str
    stance: str
    evidence: Evidence | None = None
    # The claimant whose allegation the stance answers, where the text names one ("denied
    # some of the SVR's allegations"): such a stance does not carry over to other claimants.
    answers: str | None = None


@dataclass
class Claim:
    claimant: list[str]
    subject: list[str]
    beneficiary: list[str]
    action: str
    what: str | None = None
    denied_by: list[str] = field(default_factory=list)
    acknowledged_by: list[str] = field(default_factory=list)
    hint: str = ""
    stances: list[Stance] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.5


@dataclass
class Measure:
    actors: list[str]
    metric: str
    value: float
    unit: str
    period: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.5


@dataclass
class Extraction:
    """What the extractor read in one document."""

    doc_id: str
    lang: str = "en"
    agreements: list[Agreement] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    # Agreements the text reports as proposed or under negotiation: not agreements, but an
    # analyst wants to know of them.
    proposals: list[Agreement] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # The facts of every further registered kind (``blocwatch.kinds``), by its plural: the
    # three above are fields because the extractor's own rules name them.
    more: dict[str, list[Any]] = field(default_factory=dict)

    def facts(self, plural: str) -> list[Any]:
        """The facts of the kind ``plural`` (``agreements``, ``exercises`` ...), a list the
        caller may extend."""
        if plural in _OWN_LISTS:
            return getattr(self, plural)
        return self.more.setdefault(plural, [])

    def put(self, plural: str, facts: list[Any]) -> None:
        """Set the facts of the kind ``plural``."""
        if plural in _OWN_LISTS:
            setattr(self, plural, facts)
        else:
            self.more[plural] = facts

    def lists(self) -> list[str]:
        """The plurals of every fact list held, proposals included."""
        return [*_OWN_LISTS, *self.more]

    def to_dict(self) -> dict[str, Any]:
        """The gold-schema record for this document, each fact with its evidence."""
        return {
            "id": self.doc_id,
            "lang": self.lang,
            "agreements": [asdict(a) for a in self.agreements],
            "claims": [asdict(c) for c in self.claims],
            "measures": [asdict(m) for m in self.measures],
            **{plural: [asdict(f) for f in facts] for plural, facts in self.more.items()},
            "proposals": [asdict(p) for p in self.proposals],
            "notes": "; ".join(self.notes) or None,
        }


_OWN_LISTS = ("agreements", "proposals", "claims", "measures")
