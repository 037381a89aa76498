"""Alembic environment. The app passes its own connection in `config.attributes`;
batch mode keeps SQLite's ALTER TABLE limits out of every revision (on PostgreSQL, batch
operations run as plain ALTER TABLE). Revisions with SQL of their own branch on
`op.get_bind().dialect.name`."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from advocacy_desktop.db.migrate import include_name
from advocacy_desktop.db.models import Base

config = context.config
target_metadata = Base.metadata


def _configure_and_run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _configure_and_run(connection)
else:  # developer use: `alembic -x url=sqlite:///scratch.db revision --autogenerate`
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    engine = create_engine(url)
    with engine.connect() as conn:
        _configure_and_run(conn)
    engine.dispose()
