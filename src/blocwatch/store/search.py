"""Full-text search over stored documents, on SQLite (FTS5) and PostgreSQL (tsvector).

The indexes are made by migrations 0003 and 0007 and kept in step with ``documents`` by the
database itself (triggers on SQLite, a generated column on PostgreSQL), so every insert
path is covered. Queries use web-search syntax on both backends: words (all must match), ``"a
phrase"``, ``OR`` between alternatives, ``-word`` to exclude. Words are stemmed (English), so
``treaties`` finds ``treaty``. The query is untrusted: it is always a bound parameter, and on
SQLite each word or phrase is quoted, so FTS5's own operators in it are plain text.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, Engine, text

from .binds import reading

# Around each matched word in a snippet.
MATCH_START = "["
MATCH_END = "]"
# Where a snippet cuts the text.
ELLIPSIS = "…"
# About how many words a snippet holds.
SNIPPET_WORDS = 24
# Matches in titles count this many times a match in the text (SQLite's bm25 weights;
# PostgreSQL weighs title lexemes 'A' against the text's 'D', which ts_rank scores 1.0 to 0.1).
_TITLE_WEIGHT = 4.0

# Database objects the migration creates outside ``schema.metadata``: schema comparisons
# skip them. FTS5 keeps its index in shadow tables named after the virtual table.
SEARCH_TABLE = "documents_fts"
SEARCH_INDEX = "ix_documents_fts"
# PostgreSQL's stored vector, a generated column of documents (migration 0010).
SEARCH_COLUMN = "search_vector"


def is_search_object(name: str | None) -> bool:
    """Whether ``name`` is a table, index or column of the search index (made by migrations
    0003 and 0007, not described by ``schema.metadata``)."""
    return bool(name) and (name in (SEARCH_INDEX, SEARCH_COLUMN) or name.startswith(SEARCH_TABLE))


# The stored vector of migration 0010 (titles weigh more than text), GIN-indexed: matches
# come from the index and ranking reads the stored vectors, never the texts. Ranking is
# bounded: of the documents matching, the best :limit by ts_rank among the first
# CANDIDATES the index yields (a word in most documents would otherwise rank them all:
# on a million facts, reading and ranking 20,000 candidates' vectors took 300 ms of a
# common word's 450; GIN gives no order to rank by, so the bound is the price of latency).
CANDIDATES = 5_000
_PG_SEARCH = text(
    f"""
    WITH q AS (SELECT websearch_to_tsquery('english'::regconfig, :query) AS q),
    candidates AS (
        SELECT d.id, d.search_vector
        FROM documents AS d, q
        WHERE d.search_vector @@ q.q
        LIMIT {CANDIDATES}
    ),
    hits AS (
        SELECT c.id, ts_rank(c.search_vector, q.q) AS score
        FROM candidates AS c, q
        ORDER BY score DESC, c.id
        LIMIT :limit
    )
    SELECT d.id, d.title, d.published,
           ts_headline('english'::regconfig, d.text, q.q, :options) AS snippet,
           hits.score
    FROM hits JOIN documents AS d ON d.id = hits.id, q
    ORDER BY hits.score DESC, d.id
    """
)

_SQLITE_SEARCH = text(
    """
    SELECT d.id, d.title, d.published,
           snippet(documents_fts, 1, :start, :end, :ellipsis, :words) AS snippet,
           -bm25(documents_fts, :title_weight, 1.0) AS score
    FROM documents_fts JOIN documents AS d ON d.rowid = documents_fts.rowid
    WHERE documents_fts MATCH :query
    ORDER BY bm25(documents_fts, :title_weight, 1.0), d.id
    LIMIT :limit
    """
)

_PG_HEADLINE = (
    f'StartSel="{MATCH_START}", StopSel="{MATCH_END}", MaxFragments=1, '
    f'FragmentDelimiter="{ELLIPSIS}", MaxWords={SNIPPET_WORDS}, MinWords={SNIPPET_WORDS // 2}'
)

# A word, "a phrase" (the closing quote may be missing), each with an optional leading '-'.
_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD_CHARACTER = re.compile(r"[^\W_]")


def search_documents(
    bind: Engine | Connection, query: str, limit: int = 20
) -> list[dict[str, Any]]:
    """The stored documents matching ``query`` (web-search syntax, see the module), best
    first, at most ``limit``: dicts of ``id``, ``title``, ``published``, ``snippet`` (a
    passage of the text around the matches, each match between :data:`MATCH_START` and
    :data:`MATCH_END`, whitespace collapsed; the text's start when only the title
    matches) and ``rank`` (higher is better; comparable within one result, not across
    backends).

    Any string is a valid query: one with nothing to search for (empty, punctuation only,
    only exclusions) finds nothing."""
    # PostgreSQL refuses NUL in text; it is no word character anyway.
    query = query.replace("\x00", " ")
    limit = max(int(limit), 0)
    # The same parse decides "nothing to search" on both backends (PostgreSQL would read
    # "-word" alone as "every document without word").
    expression = fts5_query(query)
    if not limit or expression is None:
        return []
    with reading(bind) as conn:
        if conn.dialect.name == "postgresql":
            rows = conn.execute(
                _PG_SEARCH, {"query": query, "limit": limit, "options": _PG_HEADLINE}
            ).all()
        elif conn.dialect.name == "sqlite":
            rows = conn.execute(
                _SQLITE_SEARCH,
                {
                    "query": expression,
                    "limit": limit,
                    "start": MATCH_START,
                    "end": MATCH_END,
                    "ellipsis": ELLIPSIS,
                    "words": SNIPPET_WORDS,
                    "title_weight": _TITLE_WEIGHT,
                },
            ).all()
        else:
            raise NotImplementedError(f"full-text search on {conn.dialect.name}")
    return [
        {
            "id": row.id,
            "title": row.title,
            "published": row.published,
            "snippet": " ".join((row.snippet or "").split()),
            "rank": float(row.score),
        }
        for row in rows
    ]


def fts5_query(query: str) -> str | None:
    """``query`` in web-search syntax as an FTS5 expression in which every word and phrase
    is a quoted string, or None when it has nothing to search for. ``a b OR c -d`` becomes
    ``("a" AND ("b" OR "c")) NOT "d"``, as PostgreSQL's ``websearch_to_tsquery`` reads it."""
    groups: list[list[str]] = []  # AND of ORs
    excluded: list[str] = []
    alternative = False
    for match in _TOKEN.finditer(query):
        minus, phrase, word = match.groups()
        if phrase is None:
            if word == "OR":
                alternative = bool(groups)
                continue
            if word.startswith("-") and len(word) > 1:
                minus, word = "-", word[1:]
            phrase = word
        # A phrase with no letter or digit has no tokens; FTS5 would match nothing for it,
        # while PostgreSQL ignores it.
        if not _WORD_CHARACTER.search(phrase):
            continue
        quoted = '"' + phrase.replace('"', '""') + '"'
        if minus:
            excluded.append(quoted)
        elif alternative:
            groups[-1].append(quoted)
        else:
            groups.append([quoted])
        alternative = False
    if not groups:
        return None
    expression = " AND ".join(
        group[0] if len(group) == 1 else "(" + " OR ".join(group) + ")" for group in groups
    )
    for quoted in excluded:
        expression = f"({expression}) NOT {quoted}"
    return expression


def rebuild_search_index(bind: Engine | Connection) -> None:
    """Rebuilds the SQLite search index from ``documents`` (for a store whose rows were
    changed with the triggers off, or whose rowids were renumbered by a table rebuild).
    PostgreSQL's index needs no rebuilding: this does nothing there."""
    if isinstance(bind, Engine):
        with bind.begin() as conn:
            rebuild_search_index(conn)
    elif bind.dialect.name == "sqlite":
        bind.execute(text("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')"))
