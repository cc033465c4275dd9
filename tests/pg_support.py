"""Throwaway PostgreSQL databases for the tests, on the server that ``BLOCWATCH_TEST_PG`` names.

A database per test, so tests cannot see each other's rows: each is a copy of a template that
the migrations built once per session (``CREATE DATABASE ... TEMPLATE`` copies files, far
cheaper than migrating), dropped when its test ends.
"""

from __future__ import annotations

import itertools
import os

from sqlalchemy import Engine, create_engine, make_url, text

from blocwatch.config import database_url
from blocwatch.store import connect

ENV = "BLOCWATCH_TEST_PG"


class PostgresDatabases:
    """Creates and drops databases on the server of ``url``, connecting to its database (which
    must exist, and whose role may create databases) for the maintenance statements."""

    def __init__(self, url: str) -> None:
        self.url = make_url(database_url(url))
        self._admin: Engine = create_engine(self.url, isolation_level="AUTOCOMMIT")
        # The process id keeps two test runs against one server apart.
        self._prefix = f"bw_test_{os.getpid()}"
        self._numbers = itertools.count(1)
        self._template: str | None = None

    def url_for(self, name: str) -> str:
        """The URL of database ``name`` on this server, password included."""
        return self.url.set(database=name).render_as_string(hide_password=False)

    def create(self, *, migrated: bool = True) -> str:
        """A new database: a copy of the migrated template, or when not ``migrated``, an
        empty one. Returns its name."""
        name = f"{self._prefix}_{next(self._numbers)}"
        template = self._migrated_template() if migrated else "template0"
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def drop(self, name: str) -> None:
        """Drops database ``name``, ending any connection a test left open to it (an engine
        the CLI made and nobody disposed)."""
        # Not DROP ... WITH (FORCE): that also needs the right to end the server's own
        # processes (autovacuum), which a plain test role lacks; DROP stops those itself.
        with self._admin.connect() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = :name AND usename = current_user"
                    " AND pid <> pg_backend_pid()"
                ),
                {"name": name},
            )
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))

    def close(self) -> None:
        if self._template is not None:
            self.drop(self._template)
        self._admin.dispose()

    def _migrated_template(self) -> str:
        if self._template is None:
            name = f"{self._prefix}_template"
            self.drop(name)
            self._execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
            # A template may have no open connection when it is copied.
            connect(self.url_for(name)).dispose()
            self._template = name
        return self._template

    def _execute(self, statement: str) -> None:
        with self._admin.connect() as conn:
            conn.execute(text(statement))
