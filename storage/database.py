"""Engines and sessions: SQLite in WAL mode by default, PostgreSQL through psycopg 3, migration checks."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.engine.url import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlmodel import Session, create_engine

if TYPE_CHECKING:  # alembic is imported where migrations are looked at: `mailbot classify` does without it
    from alembic.config import Config as AlembicConfig


class DatabaseError(Exception):
    """The database cannot be used as it is (unreachable, not migrated, bad URL)."""


def open_engine(url: str, busy_timeout_ms: int = 5000) -> Engine:
    """An engine for `url`; SQLite connections get WAL, foreign keys and a busy timeout."""
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise DatabaseError(f"database url {url!r} is not valid: {error}") from None
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            parsed, connect_args={"timeout": busy_timeout_ms / 1000, "check_same_thread": False}
        )
        event.listen(engine, "connect", _sqlite_pragmas(busy_timeout_ms))
        event.listen(engine, "begin", _sqlite_begin_immediate)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in ("psycopg2", "default"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(parsed, pool_pre_ping=True)


def _sqlite_pragmas(busy_timeout_ms: int):
    def apply(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # transactions are begun explicitly, see below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.close()

    return apply


def _sqlite_begin_immediate(connection) -> None:
    # Take the write lock at the start of a transaction, so two writers wait for each other
    # (busy_timeout) instead of failing half-way with "database is locked".
    connection.exec_driver_sql("BEGIN IMMEDIATE")


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: committed when the block ends, rolled back when it raises."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def _alembic_config(engine: Engine) -> AlembicConfig:
    from alembic.config import Config as AlembicConfig

    config = AlembicConfig()
    config.set_main_option("script_location", str(resources.files("storage") / "migrations"))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine) -> str:
    """Create or migrate the schema to the newest revision; returns that revision."""
    from alembic import command
    from alembic.script import ScriptDirectory

    config = _alembic_config(engine)
    command.upgrade(config, "head")
    return ScriptDirectory.from_config(config).get_current_head() or ""


def schema_state(engine: Engine) -> tuple[str | None, str]:
    """(revision the database is at, newest revision the code knows)."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config(engine)).get_current_head() or ""
    try:
        with engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
    except OperationalError as error:
        raise DatabaseError(f"cannot open the database: {error.orig}") from None
    return current, head


def require_current_schema(engine: Engine) -> None:
    """Raise DatabaseError with a clear message unless the database is at the newest revision."""
    current, head = schema_state(engine)
    if current != head:
        where = "has no schema yet" if current is None else f"is at revision {current}, the code needs {head}"
        raise DatabaseError(f"the database {where}: run `mailbot db upgrade` first")
