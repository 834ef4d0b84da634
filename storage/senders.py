"""Queries on Senders."""

from __future__ import annotations

from sqlmodel import Session, select

from storage.models import Sender


def sender_by_slug(session: Session, slug: str) -> Sender | None:
    return session.exec(select(Sender).where(Sender.slug == slug)).first()


def senders_by_ids(session: Session, sender_ids: list[int]) -> list[Sender]:
    if not sender_ids:
        return []
    return list(session.exec(select(Sender).where(Sender.id.in_(sender_ids)).order_by(Sender.slug)))


def list_senders(session: Session) -> list[Sender]:
    return list(session.exec(select(Sender).order_by(Sender.slug)))


def sender_slugs(session: Session) -> dict[int, str]:
    return {sender.id: sender.slug for sender in list_senders(session)}
