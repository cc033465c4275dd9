"""Full-text search over documents, on SQLite (FTS5) and PostgreSQL (tsvector)."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import delete, update

from blocwatch.ingest import ingest
from blocwatch.model import Document
from blocwatch.store.db import _alembic_config
from blocwatch.store.documents import count_documents, insert_documents
from blocwatch.store.schema import documents
from blocwatch.store.search import fts5_query, search_documents

ARTICLES = [
    Document(
        id="pipeline-deal",
        title="Pipeline deal signed in Ashgabat",
        text=(
            "Energy ministers of the two countries signed an agreement on a gas pipeline "
            "across the Caspian on Tuesday. The treaties that preceded it were narrower."
        ),
        published="2024-03-05",
    ),
    Document(
        id="grain-talks",
        title="Grain talks resume",
        text=(
            "Negotiators met again over the grain corridor. Officials said a pipeline of "
            "proposals was ready, and no treaty was discussed."
        ),
        published="2024-04-11",
    ),
    Document(
        id="drone-denial",
        title="Ministry denies drone deliveries",
        text=(
            "The defence ministry denied reports that it had delivered drones to the army "
            "of its neighbour, calling the claims fabricated."
        ),
        published=None,
    ),
]


@pytest.fixture
def searchable(engine):
    with engine.begin() as conn:
        insert_documents(conn, ARTICLES)
    return engine


def ids(engine, query: str, **kwargs) -> list[str]:
    return [hit["id"] for hit in search_documents(engine, query, **kwargs)]


def test_a_hit_has_its_metadata_a_snippet_with_the_match_and_a_rank(searchable):
    [hit] = search_documents(searchable, "drones")
    assert set(hit) == {"id", "title", "published", "snippet", "rank"}
    assert hit["id"] == "drone-denial" and hit["published"] is None
    assert hit["title"] == "Ministry denies drone deliveries"
    assert "[drones]" in hit["snippet"]
    assert isinstance(hit["rank"], float)


def test_words_are_stemmed_and_case_folded(searchable):
    assert ids(searchable, "TREATY") == ids(searchable, "treaties")
    assert set(ids(searchable, "treaties")) == {"pipeline-deal", "grain-talks"}
    assert "[denied]" in search_documents(searchable, "denies")[0]["snippet"]


def test_every_word_must_match_and_phrases_keep_their_order(searchable):
    assert ids(searchable, "pipeline Caspian") == ["pipeline-deal"]
    assert ids(searchable, '"grain corridor"') == ["grain-talks"]
    assert ids(searchable, '"corridor grain"') == []


def test_or_and_exclusion(searchable):
    assert set(ids(searchable, "drones OR Caspian")) == {"drone-denial", "pipeline-deal"}
    assert ids(searchable, "pipeline -Caspian") == ["grain-talks"]


def test_a_match_in_the_title_ranks_first(searchable):
    # Both mention a pipeline once in their text; only one has it in its title.
    hits = search_documents(searchable, "pipeline")
    assert [hit["id"] for hit in hits] == ["pipeline-deal", "grain-talks"]
    assert hits[0]["rank"] > hits[1]["rank"]


def test_limit(searchable):
    assert len(ids(searchable, "treaty", limit=1)) == 1
    assert ids(searchable, "treaty", limit=0) == []


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        '"',
        '"""',
        "*",
        "pipe*",
        "NEAR(pipeline deal)",
        "pipeline AND OR NOT",
        "OR",
        "-",
        "-pipeline",
        "title:pipeline",
        "^pipeline",
        "(pipeline",
        "pipeline)",
        "'; DROP TABLE documents; --",
        "pipeline\x00deal",
        "{pipeline deal}",
        "pipeline + deal & | !",
        "ペイプライン 管道 трубопровод",
        "x" * 5000,
    ],
)
def test_any_query_string_is_safe(searchable, query):
    hits = search_documents(searchable, query)
    assert isinstance(hits, list)
    assert count_documents(searchable) == len(ARTICLES)


def test_nothing_to_search_finds_nothing(searchable):
    for query in ("", "  ", "-pipeline", "&& ||", '""'):
        assert ids(searchable, query) == [], query


def test_the_index_follows_inserts_updates_and_deletes(searchable):
    with searchable.begin() as conn:
        conn.execute(
            update(documents)
            .where(documents.c.id == "grain-talks")
            .values(title="Harvest talks", text="Negotiators discussed the harvest.")
        )
        conn.execute(delete(documents).where(documents.c.id == "drone-denial"))
        # Not an indexed column: must leave the index as it is.
        conn.execute(update(documents).values(extractor="test-1"))
    assert ids(searchable, "harvest") == ["grain-talks"]
    assert ids(searchable, "corridor") == []
    assert ids(searchable, "drones") == []
    assert ids(searchable, "Caspian") == ["pipeline-deal"]


def test_documents_from_ingest_are_searchable(engine, ingest_fixtures):
    ingest(engine, [str(ingest_fixtures / "dedup")])
    found = ids(engine, "wire")
    assert found and all(isinstance(doc_id, str) for doc_id in found)


def test_the_migration_indexes_documents_stored_before_it(engine):
    cfg = _alembic_config(str(engine.url))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
        insert_documents(conn, ARTICLES, index=False)  # no bands table at 0002
        command.upgrade(cfg, "head")
    assert ids(engine, "Caspian") == ["pipeline-deal"]


@pytest.mark.parametrize(
    ("query", "expression"),
    [
        ("pipeline", '"pipeline"'),
        ("gas pipeline", '"gas" AND "pipeline"'),
        ('"gas pipeline" deal', '"gas pipeline" AND "deal"'),
        ("a b OR c", '"a" AND ("b" OR "c")'),
        ("a OR b OR c", '("a" OR "b" OR "c")'),
        ("a -b -c", '(("a") NOT "b") NOT "c"'),
        ('a -"b c"', '("a") NOT "b c"'),
        ('say "hi', '"say" AND "hi"'),
        ('x"y', '"x""y"'),
        ("NEAR(a", '"NEAR(a"'),
        ("OR a", '"a"'),
        ("a OR", '"a"'),
        ("-a", None),
        ("* ( ) ^", None),
        ("", None),
    ],
)
def test_fts5_expressions_quote_every_term(query, expression):
    assert fts5_query(query) == expression
