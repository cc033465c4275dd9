"""Synthetic news-like inputs for the benchmarks: articles written from templates with
the lexicon's state names, dense (agreements, allegations, figures) or sparse (domestic news
that names a state in passing, or none). Seeded: the same arguments give the same corpus.

:func:`news_corpus` is the extraction benchmark's corpus (a list). :func:`news_stream`
yields documents one at a time, for inputs of any size, and with ``distinct=True`` mixes
sentences built from large word lists and made-up names into every article: template
articles share most of their word 3-grams, so a store of them is one big cluster of
near-duplicate candidates, which real news is not (without it, an ingest benchmark measures
the near-duplicate check of a degenerate corpus). :func:`write_jsonl` streams a JSON Lines
file of a given size, :func:`write_warc` a web archive of the same articles as HTML pages."""

from __future__ import annotations

import html
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
        A=a,
        B=b,
        adjA=adj_a,
        adjB=adj_b,
        capA=cap_a,
        capB=cap_b,
        month=rng.choice(MONTHS),
        day=rng.randint(1, 28),
        year=rng.randint(2001, 2025),
        weekday=rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
        value=round(rng.uniform(5, 250), 1),
        troops=rng.randint(10, 120) * 100,
        rate=round(rng.uniform(0.5, 9.5), 1),
        score=f"{rng.randint(0, 4)}-{rng.randint(0, 3)}",
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


# The distinct sentences of local news: a role, made-up names and words from short lists,
# arranged so that every word 3-gram holds a made-up name of three or four syllables (about
# 340,000 of them). Two unrelated articles then share about as few 3-grams as two unrelated
# real articles do, rather than the 0.1 (Jaccard similarity of word 3-grams) that articles
# built from word lists share: the near-duplicate index then finds a candidate in 7 % of the
# pairs, and an ingest benchmark measures a quadratic near-duplicate check.
_ROLES = (
    "Mayor Councillor Director Chairwoman Spokesman Coach Principal Curator Inspector "
    "Treasurer Organiser Chef Captain Founder Manager Professor Pastor Architect Engineer "
    "Ranger Librarian Conductor Warden Secretary"
).split()
_VERBS = (
    "announced|postponed|celebrated|criticised|approved|reviewed|cancelled|expanded|"
    "inspected|renovated|funded|launched|questioned|welcomed|delayed|completed|restored|"
    "planned|opened|closed|relocated|audited|promoted|defended"
).split("|")
_NOUNS = (
    "festival|library|bridge|market|clinic|orchestra|stadium|ferry|museum|school|harbour|"
    "garden|brewery|theatre|archive|canal|railway|tournament|exhibition|cathedral|"
    "observatory|bakery|hospital|fairground"
).split("|")
_PREPOSITIONS = "in|near|outside|behind|beside|above|below|across|around|beyond".split("|")
_SYLLABLES = (
    "ka lo mer vin sta rol dem bri tas nor quel fa zum pel gor il an ost ver du sel mar tin ro"
).split()


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(3, 4))).capitalize()


def _distinct_sentence(rng: random.Random) -> str:
    """A sentence of local news no other article shares a word 3-gram with (but by chance)."""
    n = _name
    return (
        f"{rng.choice(_ROLES)} {n(rng)} {rng.choice(_VERBS)} the {n(rng)} "
        f"{rng.choice(_NOUNS)} {rng.choice(_PREPOSITIONS)} {n(rng)}, {n(rng)} {n(rng)} said."
    )


def _distinct_article(rng: random.Random, dense: bool) -> str:
    """Six paragraphs of distinct sentences, the first ones opened by a template sentence:
    five for a dense article (three about agreements, allegations or figures), two for a
    sparse one (domestic news naming a state or none). About 2.5 kB; most of the article's
    3-grams are its own."""
    base = article(rng, dense, sentences=5 if dense else 2)
    headline, _, body = base.partition("\n\n")
    opening = [s for p in body.split("\n\n") for s in _split(p)]
    paragraphs = [
        " ".join(opening[i : i + 1] + [_distinct_sentence(rng) for _ in range(4)]) for i in range(6)
    ]
    return headline + "\n\n" + "\n\n".join(paragraphs)


def _split(paragraph: str) -> list[str]:
    """The template sentences of a paragraph of :func:`article` (two, joined by a space)."""
    out, start = [], 0
    for i, char in enumerate(paragraph):
        if char == "." and paragraph[i + 1 : i + 2] == " " and paragraph[i + 2 : i + 3].isupper():
            out.append(paragraph[start : i + 1])
            start = i + 2
    out.append(paragraph[start:])
    return out


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


def _page(record: dict) -> bytes:
    """An article as a news site's HTML page: title, publication date, paragraphs."""
    title, _, body = record["text"].partition("\n\n")
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n"))
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title>"
        f"<meta property='article:published_time' content='{record['published']}'>"
        "</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{html.escape(title)}</h1>{paragraphs}</article>"
        "<footer>All rights reserved.</footer></body></html>"
    ).encode()


def write_warc(
    path: Path,
    *,
    docs: int | None = None,
    size: int | None = None,
    dense_share: float = 0.2,
    seed: int = 0,
    distinct: bool = True,
) -> tuple[int, int]:
    """Writes the documents of :func:`news_stream` as HTML pages in ``response`` records of
    an uncompressed WARC file ``path``, streaming, until ``docs`` documents or ``size``
    bytes are written (as :func:`write_jsonl`). Returns (documents, bytes) written."""
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    if docs is None and size is None:
        raise ValueError("give docs or size")
    count = 0
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        for record in news_stream(docs, dense_share=dense_share, seed=seed, distinct=distinct):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            warc = writer.create_warc_record(
                f"https://news.example/{record['id']}",
                "response",
                payload=BytesIO(_page(record)),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": f"{record['published']}T12:00:00Z"},
            )
            writer.write_record(warc)
            count += 1
            if size is not None and out.tell() >= size:
                break
        written = out.tell()
    return count, written
