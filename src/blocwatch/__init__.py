"""blocwatch: a sourced, time-aware knowledge base of relations between states, read from the news."""

__version__ = "0.1.0"
