"""`@handles(Label.X)` tags a handler; `build_handler_table` collects them and checks there is one per label."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from types import ModuleType

from classifiers import Label
from handlers.context import HandlerContext, HandlerResult

Handler = Callable[[HandlerContext], HandlerResult]
HANDLER_MODULES = (
    "handlers.unsubscribe",
    "handlers.reply",
    "handlers.automatic",
    "handlers.triage",
)


class RegistryError(Exception):
    """A label has no handler, or more than one."""


def handles(*labels: Label) -> Callable[[Handler], Handler]:
    """Mark a function as the handler of `labels`; the table is built by `build_handler_table`."""

    def tag(function: Handler) -> Handler:
        function.handled_labels = tuple(labels)  # type: ignore[attr-defined]
        return function

    return tag


def build_handler_table(module_names: Iterable[str] = HANDLER_MODULES) -> dict[Label, Handler]:
    """Import the handler modules and map every label to exactly one handler, or raise RegistryError."""
    table: dict[Label, Handler] = {}
    problems: list[str] = []
    for module in (importlib.import_module(name) for name in module_names):
        for function in _tagged_functions(module):
            for label in function.handled_labels:
                if label in table:
                    problems.append(
                        f"{label}: handled by both {table[label].__qualname__} and {function.__qualname__}"
                    )
                table[label] = function
    problems += [f"{label}: no handler" for label in Label if label not in table]
    if problems:
        raise RegistryError("; ".join(problems))
    return table


def _tagged_functions(module: ModuleType) -> list[Handler]:
    return [value for value in vars(module).values() if callable(value) and hasattr(value, "handled_labels")]
