"""One module per intent: each turns a classified mail into storage changes and outgoing mail."""
