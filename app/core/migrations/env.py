"""Alembic environment: always runs on the already-keyed connection Tend hands it."""

from alembic import context

from app.core.db import (  # noqa: F401  (registers their tables)
    checkin_tables,
    jobsearch_tables,
    safety_plan_tables,
    watcher_tables,
)
from app.core.db.schema import include_in_autogenerate
from app.core.db.tables import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_name=include_in_autogenerate,
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
