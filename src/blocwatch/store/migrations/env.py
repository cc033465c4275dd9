"""Alembic environment: runs migrations on the connection blocwatch hands over."""

from alembic import context
from sqlalchemy import create_engine

from blocwatch.store.db import include_name
from blocwatch.store.schema import metadata

config = context.config

_OPTIONS = {"target_metadata": metadata, "render_as_batch": True, "include_name": include_name}


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, **_OPTIONS)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        context.configure(connection=conn, **_OPTIONS)
        with context.begin_transaction():
            context.run_migrations()


run()
