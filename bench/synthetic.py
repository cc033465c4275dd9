"""Synthetic news-like inputs for the benchmarks: articles written from templates with
the lexicon's state names, dense (agreements, allegations, figures) or sparse (domestic news
that names a state in passing, or none). Seeded: the same arguments give the same corpus."""

from __future__ import annotations

import random

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


def news_corpus(n: int, *, dense_share: float = 0.2, seed: int = 0) -> list[dict]:
    """``n`` documents as records (id, text, published), ``dense_share`` of them dense."""
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        dense = rng.random() < dense_share
        docs.append(
            {
                "id": f"synthetic-{seed}-{i}",
                "text": article(rng, dense),
                "published": f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            }
        )
    return docs
