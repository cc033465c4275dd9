"""The one exception type for mistakes a user can make; the CLI and HTTP edges render it."""


class BlocwatchError(Exception):
    """A problem with the user's input or settings, with a one-line message that says what
    and why (for example ``news.jsonl:12: malformed JSON: Expecting ',' delimiter``)."""
