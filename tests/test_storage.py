"""Storage on SQLite and on a real PostgreSQL: migrations, uniqueness, UTC times, concurrent stores."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from bot.inbound import store_inbound
from storage.database import (
    DatabaseError,
    open_engine,
    require_current_schema,
    schema_state,
    session_scope,
    upgrade,
)
from storage.models import InboundMessage, OutboxMessage, Prospect, Sender, Suppression
from storage.prospects import senders_holding, upsert_prospect
from storage.suppressions import suppress, suppressions_for
from storage.types import utcnow

MAIL = b"From: a@client.example\r\nMessage-ID: <m1@client.example>\r\nSubject: hi\r\n\r\nunsubscribe\r\n"


def _sender(session, slug: str = "acme") -> Sender:
    sender = Sender(slug=slug, name=slug.upper(), privacy_contact=f"dpo@{slug}.example")
    session.add(sender)
    session.flush()
    return sender


def test_empty_database_is_refused_until_upgraded(database_url):
    engine = open_engine(database_url)
    with pytest.raises(DatabaseError, match="mailbot db upgrade"):
        require_current_schema(engine)
    head = upgrade(engine)
    assert schema_state(engine) == (head, head)
    require_current_schema(engine)
    assert upgrade(engine) == head  # a second upgrade is a no-op
    engine.dispose()


def test_suppression_is_unique_per_scope_and_address(engine):
    now = utcnow()
    with session_scope(engine) as session:
        sender = _sender(session)
        first, created = suppress(
            session, "a@client.example", sender.id, reason="unsubscribe", source="t", now=now
        )
        again, created_again = suppress(
            session, "a@client.example", sender.id, reason="unsubscribe", source="t", now=now
        )
        everyone, created_global = suppress(
            session, "a@client.example", None, reason="manual", source="t", now=now
        )
    assert created and not created_again and created_global
    assert first.id == again.id != everyone.id
    with session_scope(engine) as session:
        assert len(suppressions_for(session, "a@client.example")) == 2
        assert len(suppressions_for(session, "a@client.example", sender.id)) == 2
        other = _sender(session, "other")
        assert [s.scope for s in suppressions_for(session, "a@client.example", other.id)] == ["*"]
    with pytest.raises(IntegrityError), session_scope(engine) as session:
        session.add(
            Suppression(
                scope=str(sender.id), sender_id=sender.id, email="a@client.example", reason="x", source="t"
            )
        )


def test_timestamps_come_back_as_aware_utc(engine):
    paris = timezone(timedelta(hours=1))
    moment = datetime(2026, 1, 31, 23, 30, tzinfo=paris)
    with session_scope(engine) as session:
        sender = _sender(session)
        sender.terminated_at = moment
    with session_scope(engine) as session:
        stored = session.exec(select(Sender)).one().terminated_at
    assert stored == moment and stored.tzinfo == UTC


def test_prospects_upsert_and_lookup(engine):
    now = utcnow()
    with session_scope(engine) as session:
        acme, other = _sender(session), _sender(session, "other")
        assert upsert_prospect(session, acme.id, "p@client.example", {"first_name": "P", "tags": ["a"]}, now)
        assert not upsert_prospect(session, acme.id, "p@client.example", {"first_name": "Q", "tags": []}, now)
        assert upsert_prospect(session, other.id, "p@client.example", {}, now)
    with session_scope(engine) as session:
        assert senders_holding(session, ["p@client.example"]) == sorted([acme.id, other.id])
        names = [p.first_name for p in session.exec(select(Prospect).order_by(Prospect.id))]
    assert names == ["Q", None]


def test_inbound_is_stored_once_even_when_delivered_concurrently(engine):
    results = []

    def deliver():
        results.append(store_inbound(engine, MAIL, mailbox="reply", source="lmtp", received_at=utcnow()))

    threads = [threading.Thread(target=deliver) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({r.inbound_id for r in results}) == 1
    assert sorted(r.duplicate for r in results) == [False, True, True, True]
    with session_scope(engine) as session:
        row = session.exec(select(InboundMessage)).one()
    assert (
        row.raw == MAIL
        and row.message_id == "<m1@client.example>"
        and row.dedupe_key == "mid:<m1@client.example>"
    )
    # The same bytes in another mailbox are another delivery.
    assert not store_inbound(engine, MAIL, mailbox="privacy", source="lmtp", received_at=utcnow()).duplicate


def test_mail_without_message_id_is_deduplicated_by_its_hash(engine):
    raw = b"From: a@client.example\r\n\r\nno id\r\n"
    first = store_inbound(engine, raw, mailbox="reply", source="ingest", received_at=utcnow())
    second = store_inbound(engine, raw, mailbox="reply", source="ingest", received_at=utcnow())
    third = store_inbound(engine, raw + b"!", mailbox="reply", source="ingest", received_at=utcnow())
    assert first.inbound_id == second.inbound_id != third.inbound_id and second.duplicate


def test_outbox_unique_key(engine):
    row = dict(kind="k", to_address="a@b.example", from_address="c@d.example", subject="s", message="m")
    with session_scope(engine) as session:
        session.add(OutboxMessage(unique_key="key-1", **row))
    with pytest.raises(IntegrityError), session_scope(engine) as session:
        session.add(OutboxMessage(unique_key="key-1", **row))


def test_sqlite_runs_in_wal_mode(tmp_path):
    engine = open_engine(f"sqlite:///{tmp_path / 'w.db'}")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    engine.dispose()
