"""The sources of a commitment: which documents state it, the sentences that say it, and the
article of the agreement's text they cite ("Article 4", "Article II", "Art. 5").

A defence commitment is supported by the documents that state the defence clause; of their
sentences, those about the clause (a defence or consultation phrase of the lexicon, or an
article) are quoted, else the document's first sentence about the agreement. An article
"of the UN Charter" (or of another charter or constitution) is the legal basis invoked, not
the agreement's own article, and is left out.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ..kb.records import SourceSentence

ARTICLE = re.compile(
    r"\b(?:Article|Art\.)\s+(\d+[a-z]?|[IVXLC]+)\b"
    r"(?!\s+of\s+the\s+(?:UN\s+|United\s+Nations\s+|[A-Z]\w+\s+)?(?:Charter|Constitution))"
)

_CONSULTATION_WORDS = ("consult",)


def _cues(clause: str) -> re.Pattern[str]:
    """Any of the ``clause``'s cue phrases, in a casefolded sentence."""
    from ..base.tables import cue_table

    if clause == "consultation":
        return _CONSULTATION
    table = cue_table("defense_cues.tsv")
    # Asked once per quoted sentence: the positive cues are compiled once per table read.
    kept = _POSITIVE.get(id(table))
    if kept is None or kept[0] is not table:
        cues = [re.escape(c) for c, v in table if v == "positive"]
        kept = _POSITIVE[id(table)] = (table, re.compile("|".join(cues) or r"(?!)"))
    return kept[1]


_CONSULTATION = re.compile("|".join(re.escape(w) for w in _CONSULTATION_WORDS))
_POSITIVE: dict[int, tuple[tuple, re.Pattern[str]]] = {}


def about(sentence: str, clause: str) -> bool:
    """Whether a sentence speaks of the ``clause`` (defence or consultation)."""
    # "Art" first: every article cited holds it, and few sentences do (a substring search
    # is a small part of the pattern's scan of the whole sentence).
    return ("Art" in sentence and ARTICLE.search(sentence) is not None) or bool(
        _cues(clause).search(sentence.casefold())
    )


def articles(sentences: list[str]) -> list[str]:
    """The articles the sentences cite ("Article 4"), most cited first (ties: first cited)."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for i, sentence in enumerate(sentences):
        if "Art" not in sentence:
            continue
        for number in dict.fromkeys(m.group(1) for m in ARTICLE.finditer(sentence)):
            name = f"Article {number}"
            counts[name] += 1
            first.setdefault(name, i)
    return sorted(counts, key=lambda a: (-counts[a], first[a]))


def commitment_sources(
    sentences: list[SourceSentence], clause: str, stating: set[int] | None = None
) -> list[dict[str, Any]]:
    """The documents behind a ``clause`` commitment, one entry per document in reported
    order: doc_id, title, url, published, outlet and the sentences about the clause.
    ``stating``: the report ids that state the clause (the others are left out unless no
    report states it)."""
    chosen = [s for s in sentences if s.role == "fact"]
    if stating:
        chosen = [s for s in chosen if s.report_id in stating] or chosen
    by_doc: dict[str, list[SourceSentence]] = {}
    for s in chosen:
        by_doc.setdefault(s.doc_id, []).append(s)
    out = []
    for doc_id, group in by_doc.items():
        relevant = [s.sentence for s in group if about(s.sentence, clause)]
        quoted = list(dict.fromkeys(relevant or [group[0].sentence]))
        head = group[0]
        out.append(
            {
                "doc_id": doc_id,
                "title": head.title,
                "url": head.url,
                "published": head.published,
                "outlet": head.outlet,
                "sentences": quoted,
            }
        )
    return out
