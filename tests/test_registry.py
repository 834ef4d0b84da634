"""Handler registry: one handler per label, checked when the table is built."""

from __future__ import annotations

import sys
import types

import pytest

from classifiers import Label
from handlers.registry import RegistryError, build_handler_table, handles


def test_every_label_has_exactly_one_handler():
    table = build_handler_table()
    assert set(table) == set(Label)


def test_a_label_handled_twice_is_refused(monkeypatch):
    module = types.ModuleType("handlers_extra_for_test")

    @handles(Label.UNSUBSCRIBE)
    def another(ctx):
        return None

    module.another = another
    monkeypatch.setitem(sys.modules, module.__name__, module)
    with pytest.raises(RegistryError, match="unsubscribe: handled by both"):
        build_handler_table(
            (
                "handlers.unsubscribe",
                "handlers.reply",
                "handlers.automatic",
                "handlers.triage",
                module.__name__,
            )
        )


def test_a_label_without_handler_is_refused():
    with pytest.raises(RegistryError, match="bounce: no handler"):
        build_handler_table(("handlers.unsubscribe", "handlers.reply", "handlers.triage"))
