"""Exponential backoff with jitter, for everything that retries: the outbox and the IMAP mailboxes."""

from __future__ import annotations

import random


def backoff_seconds(attempt: int, first: float, longest: float, rng: random.Random | None = None) -> float:
    """How long to wait after the `attempt`-th failure in a row: `first`, twice that, four times … at most
    `longest`, give or take 20 % so that retries never run in lockstep."""
    ceiling = min(longest, first * 2 ** max(0, attempt - 1))
    return ceiling * (rng or random).uniform(0.8, 1.2)
