"""The labels a mail can carry, and the value `classify` returns."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum


class Label(StrEnum):
    UNSUBSCRIBE = "unsubscribe"
    ACCESS = "access"
    ERASURE = "erasure"
    RECTIFICATION = "rectification"
    RESTRICTION = "restriction"
    PORTABILITY = "portability"
    POST_MORTEM = "post_mortem"
    ABUSE_REPORT = "abuse_report"
    BOUNCE = "bounce"
    AUTO_REPLY = "auto_reply"
    REPLY = "reply"
    UNKNOWN = "unknown"


AUTOMATIC_LABELS = frozenset({Label.BOUNCE, Label.AUTO_REPLY})
# What a person asks the desk to do, in the order a mail's labels are reported when scores tie.
REQUEST_LABELS = (
    Label.UNSUBSCRIBE,
    Label.ACCESS,
    Label.ERASURE,
    Label.RECTIFICATION,
    Label.RESTRICTION,
    Label.PORTABILITY,
    Label.POST_MORTEM,
    Label.ABUSE_REPORT,
)


@dataclass(frozen=True)
class Classification:
    """What a mail asks for, how sure we are, and why."""

    labels: list[Label]
    scores: dict[str, float] = field(default_factory=dict)
    language: str | None = None
    evidence: list[str] = field(default_factory=list)
    signals: list[str] = field(default_factory=list)

    @property
    def is_automatic(self) -> bool:
        """True when a machine wrote the mail (bounce, auto-reply): it must never be answered."""
        return bool(AUTOMATIC_LABELS.intersection(self.labels)) or "automatic" in self.signals

    def to_json(self) -> dict:
        data = asdict(self)
        data["labels"] = [str(label) for label in self.labels]
        return data
