"""The first schema: articles, actors and aliases, mentions, quotes, stances, dates, timeline, events,
storylines, the story index's state, and the full-text indexes (``store/search.py``).

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

from dossier.store import search

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer, primary_key=True, autoincrement=True)


def _article() -> sa.Column:
    return sa.Column("article", sa.String, sa.ForeignKey("articles.id"), nullable=False, index=True)


def _actor(nullable: bool = True) -> sa.Column:
    return sa.Column("actor", sa.Integer, sa.ForeignKey("actors.id"), nullable=nullable, index=True)


def _span(name: str, nullable: bool = False) -> list[sa.Column]:
    return [sa.Column(f"{name}_start", sa.Integer, nullable=nullable),
            sa.Column(f"{name}_end", sa.Integer, nullable=nullable)]


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("n", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String, nullable=False, unique=True),
        sa.Column("key", sa.String(80), nullable=False, unique=True),
        sa.Column("url", sa.Text), sa.Column("title", sa.Text), sa.Column("outlet", sa.String, index=True),
        sa.Column("published", sa.String(10), index=True), sa.Column("path", sa.Text),
        sa.Column("text", sa.Text, nullable=False), sa.Column("layout", sa.JSON, nullable=False),
        sa.Column("story", sa.String, index=True), sa.Column("thread", sa.String, index=True),
        sa.Column("duplicate_of", sa.String), sa.Column("anchor", sa.String(40)),
        sa.Column("anchor_inferred", sa.Boolean, nullable=False), sa.Column("added", sa.String(32), nullable=False))
    op.create_table(
        "actors", _id(),
        sa.Column("name", sa.Text, nullable=False), sa.Column("type", sa.String(16), nullable=False),
        sa.Column("key", sa.Text, index=True), sa.Column("articles", sa.Integer, nullable=False),
        sa.Column("quotes", sa.Integer, nullable=False), sa.Index("ix_actors_rank", "quotes", "articles"))
    op.create_table(
        "aliases", _id(), _actor(nullable=False),
        sa.Column("alias", sa.Text, nullable=False),
        sa.Column("first", sa.String, index=True), sa.Column("last", sa.String, index=True),
        sa.UniqueConstraint("actor", "alias"))
    op.create_table(
        "mentions", _id(), _article(), _actor(nullable=False),
        sa.Column("entity", sa.String(16), nullable=False), sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.String(16), nullable=False), sa.Column("role", sa.Text), *_span("mention"))
    op.create_table(
        "quotes", _id(), _article(), _actor(),
        sa.Column("speaker", sa.Text), sa.Column("role", sa.Text), sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("entity", sa.String(16)), sa.Column("text", sa.Text, nullable=False),
        sa.Column("published", sa.String(10), nullable=False),
        *_span("content"), *_span("cue", nullable=True), *_span("mention", nullable=True),
        sa.Index("ix_quotes_recent", "published", "id"))
    op.create_table(
        "stances", _id(), _article(), _actor(),
        sa.Column("name", sa.Text, nullable=False), sa.Column("attitude", sa.String(24), nullable=False),
        sa.Column("text", sa.Text, nullable=False), *_span("object"), *_span("evidence"))
    op.create_table(
        "dates", _id(), _article(),
        sa.Column("type", sa.String(16), nullable=False), sa.Column("value", sa.String(40), nullable=False),
        sa.Column("inferred", sa.Boolean, nullable=False), *_span("date"))
    op.create_table(
        "timeline", _id(), _article(),
        sa.Column("value", sa.String(40), nullable=False, index=True), sa.Column("actors", sa.JSON, nullable=False),
        *_span("sentence"), *_span("timex"))
    op.create_table(
        "storylines",
        sa.Column("id", sa.String, primary_key=True), sa.Column("title", sa.Text),
        sa.Column("first_published", sa.String(10)))
    op.create_table(
        "events",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("storyline", sa.String, sa.ForeignKey("storylines.id"), index=True),
        sa.Column("title", sa.Text), sa.Column("first_published", sa.String(10)))
    op.create_table(
        "story_state",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("state", sa.JSON, nullable=False), sa.Column("updated", sa.String(32), nullable=False))
    search.create_indexes(op.get_bind())


def downgrade() -> None:
    search.drop_indexes(op.get_bind())
    for table in ("story_state", "events", "storylines", "timeline", "dates", "stances", "quotes", "mentions",
                  "aliases", "actors", "articles"):
        op.drop_table(table)
