"""Pure functions from a mail's bytes to a Classification: no database, no network."""

from classifiers.classify import classify, classify_parsed, warm_up
from classifiers.labels import Classification, Label
from classifiers.parsing import ParsedMail, parse_mail

__all__ = ["Classification", "Label", "ParsedMail", "classify", "classify_parsed", "parse_mail", "warm_up"]
