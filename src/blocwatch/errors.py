"""The one exception type for mistakes a user can make; the CLI and HTTP edges render it."""


class BlocwatchError(Exception):
    """A problem with the user's input or settings, with a one-line message that says what
    and why (for example ``news.jsonl:12: malformed JSON: Expecting ',' delimiter``)."""


class UnknownThing(BlocwatchError):
    """The input names something that does not exist (an actor code no table knows, a record
    or document id not stored): the HTTP API answers it with a 404 wherever it is named."""
