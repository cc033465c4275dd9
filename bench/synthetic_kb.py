"""A synthetic knowledge base for the query benchmark: documents, the facts they report (with
evidence), and the records the resolver makes of them, written in bulk into a store.

*Facts* are what they are in the store: one row of ``agreement_reports``, ``claim_reports``
or ``measure_reports``, each one document's statement of an agreement, an allegation or a
figure, with its evidence sentence. :func:`build` writes ``facts`` of them and resolves them
into knowledge-base records (agreements, claims, measure series, with their parties,
sources, values, lifecycle events, stance ledgers and points).

The spread, seeded (the same arguments give the same base):

- 200 actors: the lexicon's 190 first states and the 10 organisations whose membership it
  knows (NATO, EU, CSTO ...). How often an actor is a party falls off as 1/rank^0.9 (a
  handful of powers are in most of the news); organisations weigh like a mid-ranked state.
- Dates from 1950 to 2025, more of them recent (the weight of a year grows linearly).
- Agreements (45 % of the facts): 85 % bilateral, 12 % of 3-5 parties, 3 % of 6-12, and
  accessions of a state to an organisation; kinds, names, provisions, defence clauses
  (some sources contradicting others), entry into force and ends (withdrawal, expiry ...).
  Each agreement is reported by a heavy-tailed number of documents (Pareto, most by one to
  three, a few by hundreds), each stating it at its own precision.
- Claims (30 %): arms, troops, components ... supplied by one state to another, alleged by
  one to three claimants, denied (about 45 %) or acknowledged (5 %) in later reports.
- Measures (25 %): bilateral trade in USD (70 %), troops, arms and aid figures per year,
  values of one period agreeing within the resolver's tolerance but for 5 % of conflicting
  ones and 10 % of figures without a period.
- Facts are reported from the day of the event on (exponential delays, some years later),
  grouped by publication date into documents of one to six facts; a document's text is its
  facts' sentences among sentences of local news (:mod:`synthetic`), so that full-text
  search has realistic words to find; 3 % of the documents are near-duplicates of the one
  before.

Records are made by the resolver itself (``resolve_block`` of each block, then
``resolve.write.insert``): the base is what ``blocwatch rebuild`` would make of these facts.
Rows are inserted with SQLAlchemy Core executemany, in batches.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, func, select
from synthetic import SPARSE, _distinct_sentence

from blocwatch.base.lexicon import load_lexicon
from blocwatch.kinds import kind
from blocwatch.resolve.blocks import block_of, remember
from blocwatch.resolve.reports import (
    DIRECTED_METRICS,
    AgreementReport,
    ClaimReport,
    MeasureReport,
    Source,
    StanceReport,
)
from blocwatch.resolve.write import insert as insert_records
from blocwatch.store.schema import (
    agreement_reports,
    claim_reports,
    documents,
    evidence,
    measure_reports,
)

FIRST_YEAR, LAST_YEAR = 1950, 2025
SHARES = {"agreement": 0.45, "claim": 0.30, "measure": 0.25}
BATCH = 10_000
FACT_TABLES = (agreement_reports, claim_reports, measure_reports)

# Actors listed first are the most often reported; the rest follow in the lexicon's order.
LEADING = (
    "USA CHN RUS GBR FRA DEU IND JPN IRN TUR UKR PRK KOR ISR SAU PAK BRA ITA CAN AUS EGY "
    "VNM PHL IDN BLR SYR KAZ POL ZAF NGA MEX ARE QAT IRQ AFG"
).split()
ORGANISATIONS = ("NATO", "EU", "CSTO", "SCO", "BRICS", "ASEAN", "GCC", "QUAD", "AUKUS", "EAEU")
N_ACTORS = 200

KINDS = ["treaty", "partnership", "pact", "agreement", "memorandum", "joint_statement", "other"]
KIND_WEIGHTS = [20, 12, 5, 35, 15, 8, 5]
KIND_WORDS = {
    "treaty": "a treaty",
    "partnership": "a strategic partnership",
    "pact": "a pact",
    "agreement": "an agreement",
    "memorandum": "a memorandum of understanding",
    "joint_statement": "a joint statement",
    "other": "a framework document",
    "accession": "the accession protocol",
}
TOPICS = [
    "Friendship and Cooperation", "Comprehensive Strategic Partnership", "Mutual Assistance",
    "Security Cooperation", "Trade and Economic Cooperation", "Energy Cooperation",
    "Military-Technical Cooperation", "Good-Neighbourliness", "Nuclear Cooperation",
    "Space Research", "Transport Corridors", "Cultural Exchange",
]  # fmt: skip
PROVISIONS = [
    "trade", "energy", "transport", "finance", "security_cooperation", "military_exercises",
    "military_technical", "consultation", "education_culture", "technology", "nuclear",
    "arms_supply", "intelligence_sharing", "space", "climate", "nonaggression", "basing",
    "mutual_defense", "neutrality",
]  # fmt: skip
PROVISION_WEIGHTS = [30, 20, 12, 10, 10, 6, 6, 8, 8, 6, 3, 4, 3, 2, 3, 2, 1, 4, 1]
ENDINGS = ["withdrawn", "terminated", "expired", "suspended", "superseded"]
CLAIM_ACTIONS = [
    "arms_transfer", "troop_deployment", "component_supply", "military_support",
    "sanctions_evasion", "technology_transfer", "other",
]  # fmt: skip
CLAIM_WEIGHTS = [35, 10, 15, 15, 10, 10, 5]
ITEMS = ["drones", "missiles", "artillery shells", "tanks", "rifles", "air defence systems",
         "microchips", "fighter jets", "ammunition", "radar components"]  # fmt: skip
METRICS = [("bilateral_trade", "USD"), ("troops", "troops"), ("arms_value", "USD"),
           ("aid_value", "USD")]  # fmt: skip
METRIC_WEIGHTS = [70, 15, 10, 5]
OUTLETS = [f"outlet-{i:02d}" for i in range(60)]
CITIES = (
    "Moscow|Beijing|Washington|New Delhi|Ankara|Tehran|Pyongyang|Geneva|Vienna|Astana|Brasilia|"
    "Jakarta|Riyadh|Minsk|Hanoi"
).split("|")


def _actors() -> tuple[list[str], list[float], list[str], list[float]]:
    """(all 200 actors, their weights, the states among them, their weights)."""
    lex = load_lexicon()
    states = [c for c in LEADING if lex.types.get(c) == "state"]
    states += [c for c, t in lex.types.items() if t == "state" and c not in states]
    states = states[: N_ACTORS - len(ORGANISATIONS)]
    weights = [1 / (rank**0.9) for rank in range(1, len(states) + 1)]
    org_weight = weights[20]
    actors = states + list(ORGANISATIONS)
    return actors, weights + [org_weight] * len(ORGANISATIONS), states, weights


_DAY0 = dt.date(FIRST_YEAR, 1, 1).toordinal()
_LAST = dt.date(LAST_YEAR, 12, 31).toordinal()
_YEARS = list(range(FIRST_YEAR, LAST_YEAR + 1))
_YEAR_WEIGHTS = [y - FIRST_YEAR + 5 for y in _YEARS]


def _day(ordinal: int) -> str:
    return dt.date.fromordinal(min(ordinal, _LAST)).isoformat()


@dataclass
class Draft:
    """One fact before it has a document: when it is reported, its type, what it states (the
    arguments of its report, less id and source), and the sentences that state it."""

    reported: int  # ordinal day
    fact_type: str
    fields: dict
    sentence: str
    stance_sentence: str | None = None


class Generator:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.actors, self.weights, self.states, self.state_weights = _actors()
        lex = load_lexicon()
        self.names = {c: lex.names.get(c, c) for c in self.actors}
        self._cum = _cumulative(self.weights)
        self._state_cum = _cumulative(self.state_weights)
        self._year_cum = _cumulative(_YEAR_WEIGHTS)
        self._values: dict[tuple, float] = {}

    # -- drawing -----------------------------------------------------------------------
    def actor(self, states_only: bool = False) -> str:
        if states_only:
            return self.rng.choices(self.states, cum_weights=self._state_cum)[0]
        return self.rng.choices(self.actors, cum_weights=self._cum)[0]

    def distinct(self, n: int, states_only: bool = False) -> tuple[str, ...]:
        out: set[str] = set()
        while len(out) < n:
            out.add(self.actor(states_only))
        return tuple(sorted(out))

    def event_day(self) -> int:
        year = self.rng.choices(_YEARS, cum_weights=self._year_cum)[0]
        return dt.date(year, 1, 1).toordinal() + self.rng.randrange(365)

    def copies(self) -> int:
        """How many documents report one agreement or claim: heavy-tailed, mean about 3."""
        return min(int(self.rng.paretovariate(1.4)), 300)

    def delay(self, first: bool) -> int:
        return int(self.rng.expovariate(1 / (20 if first else 500)))

    def listed(self, codes: Iterable[str]) -> str:
        names = [self.names[c] for c in codes]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]

    # -- agreements --------------------------------------------------------------------
    def agreement(self) -> list[Draft]:
        rng = self.rng
        shape = rng.random()
        if shape < 0.03:
            parties = (self.actor(states_only=True), rng.choice(ORGANISATIONS))
            kind = "accession"
        else:
            n = 2 if shape < 0.88 else rng.randint(3, 5) if shape < 0.97 else rng.randint(6, 12)
            parties = self.distinct(n)
            kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
        parties = tuple(sorted(parties))
        signed_day = self.event_day()
        precision = rng.choices([3, 2, 1], [60, 20, 20])[0]
        signed = _day(signed_day)[: {3: 10, 2: 7, 1: 4}[precision]]
        name = None
        if kind != "accession" and rng.random() < 0.4:
            name = f"{kind.replace('_', ' ').title()} on {rng.choice(TOPICS)}"
        provisions = set(rng.choices(PROVISIONS, PROVISION_WEIGHTS, k=rng.randint(1, 3)))
        defense = True if "mutual_defense" in provisions else None
        if defense is None and rng.random() < 0.08:
            defense = False
        place = rng.choice(CITIES) if rng.random() < 0.3 else None
        in_force = signed_day + rng.randint(30, 700) if rng.random() < 0.35 else None
        ended = None
        if rng.random() < 0.15:
            ended = (signed_day + rng.randint(2 * 365, 30 * 365), rng.choice(ENDINGS))
            if ended[0] > _LAST:
                ended = None
        drafts = []
        for i in range(self.copies()):
            day = signed_day + self.delay(i == 0)
            if day > _LAST:
                continue  # reported after the end of the base
            stated_signed = signed
            r = rng.random()
            if r < 0.15:
                stated_signed = signed[:7] if len(signed) == 10 else signed[:4]
            elif r < 0.25:
                stated_signed = None
            elif r < 0.27 and len(signed) == 10:
                stated_signed = _day(signed_day + rng.choice([-1, 1]))
            stated_defense = defense if rng.random() < 0.7 else None
            if defense is not None and rng.random() < 0.05:
                stated_defense = not defense
            events = [("accession" if kind == "accession" else "signed", stated_signed)]
            if in_force and in_force <= day and rng.random() < 0.6:
                events.append(("in_force", _day(in_force)))
            if ended and ended[0] <= day and rng.random() < 0.8:
                events.append((ended[1], _day(ended[0]) if rng.random() < 0.8 else None))
            kept = tuple(sorted(p for p in provisions if rng.random() < 0.7) or provisions)
            fields = {
                "parties": parties,
                "kind": kind if rng.random() < 0.85 else "agreement",
                "name": name if rng.random() < 0.7 else None,
                "signed": stated_signed,
                "place": place if rng.random() < 0.5 else None,
                "defense": stated_defense,
                "provisions": kept,
                "events": events,
                "confidence": round(rng.uniform(0.55, 0.95), 2),
            }
            what = fields["name"] or KIND_WORDS[fields["kind"]]
            sentence = f"{self.listed(parties)} signed {what}"
            sentence += f" in {stated_signed}." if stated_signed else "."
            if stated_defense:
                sentence += " It includes a mutual defence clause."
            drafts.append(Draft(day, "agreement", fields, sentence))
        return drafts

    # -- claims ------------------------------------------------------------------------
    def claim(self) -> list[Draft]:
        rng = self.rng
        subject = self.actor(states_only=True)
        beneficiary = None
        if rng.random() < 0.85:
            while beneficiary in (None, subject):
                beneficiary = self.actor(states_only=True)
        action = rng.choices(CLAIM_ACTIONS, CLAIM_WEIGHTS)[0]
        item = rng.choice(ITEMS) if action in ("arms_transfer", "component_supply") else None
        claimants = [c for c in self.distinct(rng.randint(1, 3), True) if c != subject]
        start = self.event_day()
        turn = rng.random()
        denial = start + rng.randint(0, 90) if turn < 0.45 else None
        acknowledged = start + rng.randint(100, 2000) if turn > 0.95 else None
        drafts = []
        for i in range(self.copies()):
            day = start + self.delay(i == 0)
            if day > _LAST:
                continue
            claimant = rng.choice(claimants) if claimants and rng.random() < 0.8 else None
            denied = denial is not None and day >= denial and rng.random() < 0.7
            acked = acknowledged is not None and day >= acknowledged and rng.random() < 0.7
            stances = []
            if denied:
                stances.append(StanceReport(subject, "denies"))
            if acked:
                stances.append(StanceReport(subject, "acknowledges"))
            fields = {
                "subject": (subject,),
                "beneficiary": (beneficiary,) if beneficiary else (),
                "action": action,
                "claimants": (claimant,) if claimant else (),
                "what": item if rng.random() < 0.7 else None,
                "hint": None,
                "stances": stances,
                "confidence": round(rng.uniform(0.5, 0.9), 2),
            }
            who = self.names[claimant] if claimant else "Officials"
            what = fields["what"] or "military support"
            to = f" to {self.names[beneficiary]}" if beneficiary else ""
            sentence = f"{who} accused {self.names[subject]} of supplying {what}{to}."
            said = None
            if denied:
                said = f"{self.names[subject]} denied the allegations."
            elif acked:
                said = f"{self.names[subject]} acknowledged the deliveries."
            drafts.append(Draft(day, "claim", fields, sentence, said))
        return drafts

    # -- measures ----------------------------------------------------------------------
    def measure(self) -> Draft:
        rng = self.rng
        metric, unit = rng.choices(METRICS, METRIC_WEIGHTS)[0]
        actors = self.distinct(2, states_only=metric != "bilateral_trade" or rng.random() < 0.9)
        if metric in DIRECTED_METRICS and rng.random() < 0.5:
            actors = actors[::-1]
        if rng.random() < 0.1:
            period, day = None, self.event_day()
        else:
            year = rng.choices(_YEARS[:-1], cum_weights=self._year_cum[:-1])[0]
            period = str(year)
            day = min(dt.date(year + 1, 1, 1).toordinal() + self.delay(True) * 3, _LAST)
        key = (actors, metric, period)
        if key not in self._values:
            scale = 1e9 if unit == "USD" else 1e3
            self._values[key] = round(rng.uniform(0.1, 200) * scale, -6 if unit == "USD" else 0)
        value = self._values[key]
        if rng.random() < 0.05:
            value = round(value * rng.choice([0.8, 1.25]), 2)
        fields = {
            "actors": actors,
            "metric": metric,
            "value": value,
            "unit": unit,
            "period": period,
            "confidence": round(rng.uniform(0.6, 0.95), 2),
        }
        pair = self.listed(actors)
        if unit == "USD":
            sentence = f"The {metric.replace('_', ' ')} figure for {pair} reached "
            sentence += f"${value / 1e9:.1f} billion" + (f" in {period}." if period else ".")
        else:
            sentence = f"{self.names[actors[0]]} had about {value:,.0f} troops in "
            sentence += f"{self.names[actors[-1]]}" + (f" in {period}." if period else ".")
        return Draft(day, "measure", fields, sentence)

    def drafts(self, facts: int) -> list[Draft]:
        """``facts`` drafts in the shares of :data:`SHARES`, sorted by reported day."""
        out: list[Draft] = []
        for fact_type, share in SHARES.items():
            target = len(out) + round(facts * share) if fact_type != "measure" else facts
            make: Callable = getattr(self, fact_type)
            while len(out) < target:
                made = make()
                out.extend(made if isinstance(made, list) else [made])
            del out[target:]
        # Stable: drafts of one record keep their order within a day.
        out.sort(key=lambda d: d.reported)
        return out

    def filler(self) -> str:
        if self.rng.random() < 0.5:
            return _distinct_sentence(self.rng)
        template = self.rng.choice(SPARSE)
        return template.format(
            weekday="Monday", rate=round(self.rng.uniform(0.5, 9.5), 1), score="2-1",
            capA=self.rng.choice(CITIES), A=self.names[self.actor()], troops=2000,
        )  # fmt: skip


def _cumulative(weights: list[float]) -> list[float]:
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


REPORT_TYPES = {"agreement": AgreementReport, "claim": ClaimReport, "measure": MeasureReport}


def _report_row(fact_type: str, report_id: int, doc_id: str, f: dict) -> dict:
    """The *_reports row of a fact (what the extractor would have stored)."""
    if fact_type == "agreement":
        return {
            "id": report_id,
            "doc_id": doc_id,
            "parties": list(f["parties"]),
            "kind": f["kind"],
            "name": f["name"],
            "signed": f["signed"],
            "place": f["place"],
            "defense": f["defense"],
            "provisions": list(f["provisions"]),
            "status": f["events"][-1][0] if len(f["events"]) > 1 else "signed",
            "signatories": [],
            "events": [{"kind": k, "date": d} for k, d in f["events"]],
            "confidence": f["confidence"],
        }
    if fact_type == "claim":
        stances = [{"actor": s.actor, "stance": s.stance} for s in f["stances"]]
        return {
            "id": report_id,
            "doc_id": doc_id,
            "claimant": list(f["claimants"]),
            "subject": list(f["subject"]),
            "beneficiary": list(f["beneficiary"]),
            "action": f["action"],
            "what": f["what"],
            "denied_by": [s.actor for s in f["stances"] if s.stance == "denies"],
            "acknowledged_by": [s.actor for s in f["stances"] if s.stance == "acknowledges"],
            "stances": stances,
            "hint": None,
            "confidence": f["confidence"],
        }
    return {"id": report_id, "doc_id": doc_id, **{**f, "actors": list(f["actors"])}}


def _report(fact_type: str, report_id: int, source: Source, f: dict):
    """The report as the resolver loads it (``resolve.reports.load_*``)."""
    if fact_type == "claim":
        stances = [StanceReport(c, "alleges") for c in f["claimants"]] or [
            StanceReport(None, "alleges")
        ]
        f = {**f, "stances": stances + list(f["stances"])}
    return REPORT_TYPES[fact_type](id=report_id, source=source, **f)


def _insert(conn: Connection, table, rows: list[dict]) -> None:
    for start in range(0, len(rows), BATCH):
        conn.execute(table.insert(), rows[start : start + BATCH])


def fact_count(engine: Engine) -> int:
    with engine.connect() as conn:
        return sum(
            conn.execute(select(func.count()).select_from(t)).scalar_one() for t in FACT_TABLES
        )


def build(engine: Engine, facts: int, seed: int = 1, log=print) -> dict[str, int]:
    """Writes ``facts`` facts, their documents and evidence, and the knowledge base resolved
    from them into the empty store of ``engine``. Returns row counts."""
    started = time.perf_counter()
    gen = Generator(seed)
    drafts = gen.drafts(facts)
    log(f"  {len(drafts):,} facts drawn ({time.perf_counter() - started:.0f} s)")
    reports: dict[str, list] = {t: [] for t in SHARES}
    next_id = dict.fromkeys(SHARES, 1)
    counts = {"documents": 0, "facts": 0, "evidence": 0}
    rng = gen.rng
    position = 0
    previous: str | None = None
    doc_rows: list[dict] = []
    fact_rows: dict[str, list[dict]] = {t: [] for t in SHARES}
    evidence_rows: list[dict] = []

    def flush(conn: Connection) -> None:
        _insert(conn, documents, doc_rows)
        for table, fact_type in zip(FACT_TABLES, SHARES, strict=True):
            _insert(conn, table, fact_rows[fact_type])
            fact_rows[fact_type].clear()
        _insert(conn, evidence, evidence_rows)
        counts["documents"] += len(doc_rows)
        counts["evidence"] += len(evidence_rows)
        doc_rows.clear()
        evidence_rows.clear()

    with engine.begin() as conn:
        while position < len(drafts):
            chunk = drafts[position : position + rng.randint(1, 6)]
            position += len(chunk)
            doc_id = f"kb-{counts['documents'] + len(doc_rows):07d}"
            published = _day(max(d.reported for d in chunk))
            duplicate_of = previous if previous and rng.random() < 0.03 else None
            source = Source(doc_id, duplicate_of or doc_id, published)
            parts = [chunk[0].sentence]
            length = len(parts[0])
            for i, d in enumerate(chunk):
                fact_id = next_id[d.fact_type]
                next_id[d.fact_type] += 1
                said = [(d.sentence, "fact")]
                if d.stance_sentence:
                    said.append((d.stance_sentence, d.fields["stances"][0].stance))
                for sentence, role in said:
                    if i or role != "fact":  # the first sentence opens the text
                        parts.append(sentence)
                        length += 1 + len(sentence)
                    evidence_rows.append(
                        {
                            "fact_type": d.fact_type,
                            "fact_id": fact_id,
                            "doc_id": doc_id,
                            "role": role,
                            "start": length - len(sentence),
                            "end": length,
                            "sentence": sentence,
                        }
                    )
                filler = gen.filler()
                parts.append(filler)
                length += 1 + len(filler)
                fact_rows[d.fact_type].append(_report_row(d.fact_type, fact_id, doc_id, d.fields))
                reports[d.fact_type].append(_report(d.fact_type, fact_id, source, d.fields))
            text = " ".join(parts)
            doc_rows.append(
                {
                    "id": doc_id,
                    "text": text,
                    "title": chunk[0].sentence[:80],
                    "url": f"https://news.example/{doc_id}",
                    "published": published,
                    "source": rng.choice(OUTLETS),
                    "lang": "en",
                    "origin": "bench",
                    # Two short texts may be alike: the hash is made unique as ingest would.
                    "content_hash": hashlib.sha256(f"{doc_id}{text}".encode()).hexdigest(),
                    "duplicate_of": duplicate_of,
                    "ingested_at": "2026-01-01T00:00:00+00:00",
                    "extractor": "bench",
                }
            )
            previous = doc_id
            if len(doc_rows) >= BATCH:
                flush(conn)
        flush(conn)
    del drafts
    counts["facts"] = sum(len(r) for r in reports.values())
    log(
        f"  {counts['documents']:,} documents, {counts['facts']:,} facts, "
        f"{counts['evidence']:,} evidence rows stored ({time.perf_counter() - started:.0f} s)"
    )
    for fact_type, found in reports.items():
        by_block: dict[str, list] = {}
        for r in found:
            by_block.setdefault(block_of(fact_type, r), []).append(r)
        n = 0
        with engine.begin() as conn:
            remember(conn, fact_type, found, [block_of(fact_type, r) for r in found])
            built: list[dict] = []
            for block in sorted(by_block):
                built.extend(kind(fact_type).hook("resolver")(block, by_block[block]))
                if len(built) >= BATCH:
                    insert_records(conn, fact_type, built)
                    n += len(built)
                    built = []
            insert_records(conn, fact_type, built)
            n += len(built)
        counts[f"{fact_type}s"] = n
        log(f"  {n:,} {fact_type} records resolved ({time.perf_counter() - started:.0f} s)")
        reports[fact_type] = []
    return counts
