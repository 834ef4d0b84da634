"""The few ways a message's handling can fail, which the pipeline maps to outcomes."""


class Quarantine(Exception):
    """The message cannot be handled as it is; keep it, with this reason, for a person to look at."""


class RetryLater(Exception):
    """A passing problem (storage busy, a race lost); process the message again later."""
