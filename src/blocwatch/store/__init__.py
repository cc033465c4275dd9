"""The store: schema, migrations, and the queries that read and write documents and facts."""

from .db import connect

__all__ = ["connect"]
