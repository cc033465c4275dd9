"""One agreement as a sentence names it: the record each reader of ``agreements`` fills in
and the merger joins into agreements."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Event
from .reading import SentenceView


@dataclass
class AgreementMention:
    view: SentenceView
    np_start: int  # token span of the noun phrase
    np_end: int
    kind: str
    parties: list[str]
    strength: str  # strong | background | weak
    anaphoric: bool = False
    status: str = "signed"
    signed: str | None = None
    events: list[Event] = field(default_factory=list)
    place: str | None = None
    name: str | None = None
    defense: bool | None = None
    provisions: set[str] = field(default_factory=set)
    signatories: list[str] = field(default_factory=list)
    pair: bool = False  # refers back to "the two countries": exactly two parties
    # signed by signers the sentence leaves unnamed ("They signed a deal", "two memoranda were
    # signed"): the pair named just before, if the text named one
    unnamed: bool = False
    antecedent: AgreementMention | None = None  # the mention it refers back to
    plural: bool = False  # "several agreements": no one agreement told apart
    descriptor: tuple[str, ...] = ()  # proper modifiers: ("black", "sea", "grain")
    listed: bool = False  # its parties come from its own list ("between X and Y")
    bare_definite: bool = False  # "the agreement", "the pact": no name, modifier or date
    day: tuple[int, int] | None = None  # (month, day) of a signing told without its year
    acronym: str | None = None  # "RAA" for "the RAA" or "Reciprocal Access Agreement (RAA)"
    another: bool = False  # "also signed a deal", "another pact": not one named before
    alias: bool = False  # one of two names of one agreement in the sentence ("known as")
    relations: bool = False  # "agreed to resume diplomatic relations": no document of its own
    between: bool = False  # its own list names every party ("the pact between X and Y")
    level: frozenset[str] = frozenset()  # a partnership's rank ("comprehensive strategic")
    upgraded_to: frozenset[str] = frozenset()  # "their X partnership to a Y partnership": Y
    count: int = 1  # "signed two memoranda": how many documents the plural noun counts
    copy: int = 0  # the how-manieth of those documents this mention stands for
    # "the two sides signed 16 documents", "several other agreements were signed": a batch
    # the text does not count one by one, told as signed (one record of its own)
    package: bool = False
    # its date is only the day a report clause tells ("has signed a pact, officials said on
    # Monday"): a day told by a signing verb elsewhere in the text is the signing's own
    report_day: bool = False
    such: bool = False  # "the first such agreement between them": the one just told
