"""Synthetic news-like inputs for the benchmarks: articles written from templates with
the lexicon's state names, dense (agreements, allegations, figures) or sparse (domestic news
that names a state in passing, or none). Seeded: the same arguments give the same corpus.

:func:`news_corpus` is the extraction benchmark's corpus (a list). :func:`news_stream`
yields documents one at a time, for inputs of any size, and with ``distinct=True`` mixes
sentences built from large word lists and made-up names into every article: template
articles share most of their word 3-grams, so a store of them is one big cluster of
near-duplicate candidates, which real news is not (without it, an ingest benchmark measures
the near-duplicate check of a degenerate corpus). :func:`write_jsonl` streams a JSON Lines
file of a given size."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

STATES = [
    ("Russia", "Russian", "Moscow"),
    ("China", "Chinese", "Beijing"),
    ("North Korea", "North Korean", "Pyongyang"),
    ("Iran", "Iranian", "Tehran"),
    ("Belarus", "Belarusian", "Minsk"),
    ("the United States", "American", "Washington"),
    ("Japan", "Japanese", "Tokyo"),
    ("the Philippines", "Philippine", "Manila"),
    ("India", "Indian", "New Delhi"),
    ("Brazil", "Brazilian", "Brasilia"),
    ("Turkey", "Turkish", "Ankara"),
    ("Vietnam", "Vietnamese", "Hanoi"),
]
MONTHS = ["January", "March", "April", "June", "July", "September", "October", "December"]

DENSE = [
    "{A} and {B} signed a treaty on strategic partnership in {capB} on {month} {day}, {year}, "
    "committing the two countries to cooperation in trade, energy and transport.",
    "The agreement does not include a mutual defence clause, officials in {capA} said.",
    "{adjA} and {adjB} officials said the pact also covers joint military exercises.",
    "The United States accused {A} of supplying {B} with drones and artillery shells.",
    "Both {capA} and {capB} rejected the allegations as baseless on {weekday}.",
    "Bilateral trade between {A} and {B} reached ${value} billion in {year}, customs data showed.",
    "Talks on a free trade agreement between {A} and {B} are expected to resume next month.",
    "South Korea's intelligence service said {A} had sent about {troops} troops to {B}.",
]
SPARSE = [
    "Heavy rain flooded several districts of the capital on {weekday}, the city council said.",
    "The central bank left its main interest rate unchanged at {rate} percent.",
    "Shares in the country's largest carmaker rose {rate} percent after quarterly results.",
    "The national football team won its qualifier {score} in front of a home crowd.",
    "A new metro line opened in {capA} after six years of construction.",
    "Farmers in {A} expect a record wheat harvest this year, the agriculture ministry said.",
    "Lawmakers debated a bill on school funding late into the night.",
    "The festival drew more than {troops} visitors over the weekend, organisers said.",
    "Doctors warned of a rise in seasonal influenza cases across the region.",
    "The opposition leader called for early elections at a rally of supporters.",
]


def _fill(template: str, rng: random.Random) -> str:
    (a, adj_a, cap_a), (b, adj_b, cap_b) = rng.sample(STATES, 2)
    return template.format(
        A=a, B=b, adjA=adj_a, adjB=adj_b, capA=cap_a, capB=cap_b,
        month=rng.choice(MONTHS), day=rng.randint(1, 28), year=rng.randint(2001, 2025),
        weekday=rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
        value=round(rng.uniform(5, 250), 1), troops=rng.randint(10, 120) * 100,
        rate=round(rng.uniform(0.5, 9.5), 1), score=f"{rng.randint(0, 4)}-{rng.randint(0, 3)}",
    ).replace(". the", ". The")


def article(rng: random.Random, dense: bool, sentences: int = 14) -> str:
    """One article: a headline and paragraphs of two sentences."""
    pool = DENSE if dense else SPARSE
    body = [_fill(rng.choice(pool), rng) for _ in range(sentences)]
    if dense:  # dense articles still carry background sentences
        body = [s if i % 3 else _fill(rng.choice(SPARSE), rng) for i, s in enumerate(body)]
    paragraphs = [" ".join(body[i : i + 2]) for i in range(0, len(body), 2)]
    headline = body[0].split(",")[0][:80]
    return headline + "\n\n" + "\n\n".join(paragraphs)


# Word lists for the distinct sentences: 24 x 24 x 24 x 24 combinations before the made-up
# names, so two articles rarely share a word 3-gram outside the templates.
_SUBJECTS = (
    "The mayor|A local charity|The regional council|A hospital board|The union|"
    "A group of residents|The university|A transport company|The water utility|"
    "A small brewery|The port authority|A youth orchestra|The fire brigade|"
    "A bakery chain|The public library|A cycling club|The tax office|A theatre company|"
    "The chamber of commerce|A fishing cooperative|The zoo|A software start-up|"
    "The museum|A retirement home"
).split("|")
_VERBS = (
    "announced|postponed|celebrated|criticised|approved|reviewed|cancelled|expanded|"
    "inspected|renovated|funded|launched|questioned|welcomed|delayed|completed|restored|"
    "planned|opened|closed|relocated|audited|promoted|defended"
).split("|")
_OBJECTS = (
    "a parking scheme|its winter timetable|a recycling drive|the harbour walk|"
    "a reading programme|new bus shelters|the annual fair|a tree planting day|"
    "its pension fund|the old market hall|a street food week|the swimming pool|"
    "a night school|its staff canteen|the botanical garden|a jazz weekend|the ring road|"
    "a dental clinic|its archive|the skate park|a flower show|the river ferry|"
    "a chess tournament|the town square"
).split("|")
_PLACES = (
    "near the station|in the old town|on the northern bank|behind the cathedral|"
    "at the edge of the industrial zone|in three suburbs|along the coast road|"
    "outside the stadium|in the eastern districts|by the lake|in the hills|"
    "around the airport|next to the courthouse|in the valley|on the island|"
    "beside the canal|in the market district|under the bridge|at the university|"
    "in two villages|across the county|downtown|in the port|at the fairground"
).split("|")
_SYLLABLES = (
    "ka lo mer vin sta rol dem bri tas nor quel fa zum pel gor il an ost ver du sel mar tin ro"
).split()


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _distinct_sentence(rng: random.Random) -> str:
    """A sentence of local news no template shares: word-list slots and made-up names."""
    return (
        f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} "
        f"{rng.choice(_PLACES)} of {_name(rng)}, {_name(rng)} {_name(rng)} told the "
        f"{_name(rng)} {rng.choice(['Herald', 'Gazette', 'Courier', 'Post', 'Tribune'])}."
    )


def _distinct_article(rng: random.Random, dense: bool) -> str:
    base = article(rng, dense)
    paragraphs = base.split("\n\n")
    # Two distinct sentences after each paragraph: most of the article's 3-grams are its own.
    mixed = [paragraphs[0]] + [
        f"{p} {_distinct_sentence(rng)} {_distinct_sentence(rng)}" for p in paragraphs[1:]
    ]
    return "\n\n".join(mixed)


def _published(rng: random.Random) -> str:
    return f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def news_stream(
    n: int | None, *, dense_share: float = 0.2, seed: int = 0, distinct: bool = False
) -> Iterator[dict]:
    """``n`` documents (endless when None) as records (id, text, published), ``dense_share``
    of them dense, one at a time. Without ``distinct`` the first ``n`` are those of
    :func:`news_corpus`."""
    rng = random.Random(seed)
    i = 0
    while n is None or i < n:
        dense = rng.random() < dense_share
        text = _distinct_article(rng, dense) if distinct else article(rng, dense)
        yield {"id": f"synthetic-{seed}-{i}", "text": text, "published": _published(rng)}
        i += 1


def news_corpus(n: int, *, dense_share: float = 0.2, seed: int = 0) -> list[dict]:
    """``n`` documents as records (id, text, published), ``dense_share`` of them dense."""
    return list(news_stream(n, dense_share=dense_share, seed=seed))


def write_jsonl(
    path: Path,
    *,
    docs: int | None = None,
    size: int | None = None,
    dense_share: float = 0.2,
    seed: int = 0,
    distinct: bool = True,
) -> tuple[int, int]:
    """Writes documents of :func:`news_stream` to the JSON Lines file ``path``, streaming,
    until ``docs`` documents or ``size`` bytes are written (whichever is given; both: the
    first reached). Returns (documents, bytes) written."""
    if docs is None and size is None:
        raise ValueError("give docs or size")
    count = written = 0
    with path.open("w", encoding="utf-8") as out:
        for record in news_stream(docs, dense_share=dense_share, seed=seed, distinct=distinct):
            line = json.dumps(record, ensure_ascii=False) + "\n"
            out.write(line)
            count += 1
            written += len(line.encode("utf-8"))
            if size is not None and written >= size:
                break
    return count, written
