"""Alembic environment: always run from code (``dossier.store.migrate``) on a connection it passes in."""
from alembic import context

from dossier.store.schema import metadata
from dossier.store.search import include_name

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True,
                  include_name=include_name)
with context.begin_transaction():
    context.run_migrations()
