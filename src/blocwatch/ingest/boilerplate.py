"""Page furniture that survives main-text extraction on real news sites.

trafilatura drops navigation, footers and comment sections, but short widgets inside the
article body (share buttons, read-time badges, ad labels, comment prompts, captchas) often
come through as paragraphs of their own. Each pattern here must match a whole line, so a
sentence of the article that merely contains these words is never touched.
"""

from __future__ import annotations

import re

_SOCIAL = (
    r"(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|e-mail|print"
    r"|copy link|f|t|in)"
)
_PATTERNS = [
    # "Share this Post", "Share this article: Facebook Twitter", "Share on WhatsApp"
    rf"share(?: this| the)?(?: post| article| story| page)?(?: on {_SOCIAL})?[\s:|,·]*"
    rf"(?:{_SOCIAL}[\s|,·]*)*",
    rf"(?:{_SOCIAL}[\s|,·]*){{2,}}",  # a row of share buttons: "Facebook Twitter LinkedIn"
    r"\d+\s*(?:min|mins|minute|minutes)\.?\s*read",  # "3 Min Read"
    r"(?:reading time|read time)\s*:?\s*\d+\s*(?:min|mins|minutes?)\.?",
    r"leave a (?:comment|reply)\.?",
    r"(?:post|add|write|submit) (?:a|your) comment\.?",
    r"your comment\s*:?",
    r"you are replying to\s*:?.*",
    # WordPress comment form
    r"you must be logged in to (?:post|leave) a comment\.?",
    r"your email address will not be published\.?(?: required fields are marked \*?\.?)?",
    r"required fields are marked \*?\.?",
    r"save my name, email, and website in this browser for the next time i comment\.?",
    r"post comment",
    r"\d+\s*[-+x×*]\s*\d+\s*=\s*\??",  # arithmetic captcha ("4 + 1 =")
    r"(?:\d+\s+)?comments?",
    r"(?:advertisement|advertising|sponsored(?: content)?|ad)",
    r"news id\s*:?\s*\d+",
    r"(?:related|recommended) (?:posts|articles|stories|news|content)\s*:?",
    r"(?:read more|see also|also read)\s*(?::.{0,200})?",
    r"(?:sign up|subscribe) (?:for|to) (?:our|the) [\w ]{0,40}newsletter\.?",
    r"(?:follow us on|join us on) [\w ,]{1,40}",
    r"(?:©|\(c\)|copyright\s*©?)\s*\d{4}.{0,100}",  # "© 2024 The Ledger. All rights reserved."
    r"all rights reserved\.?",
    r"(?:print|email|e-mail) (?:this )?(?:article|story|page)",
    r"(?:tags|filed under)\s*:.{0,200}",
]
_BOILERPLATE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)


def is_boilerplate(line: str) -> bool:
    """True when the whole of ``line`` (whitespace collapsed) is page furniture."""
    return bool(_BOILERPLATE.fullmatch(" ".join(line.split())))


def drop_boilerplate(blocks: list[str]) -> list[str]:
    """``blocks`` (paragraphs, possibly of several lines) without furniture lines; a block
    left empty is dropped."""
    kept = []
    for block in blocks:
        lines = [line for line in block.split("\n") if not is_boilerplate(line)]
        if lines:
            kept.append("\n".join(lines))
    return kept
