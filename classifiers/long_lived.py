"""`@long_lived`: a build of objects that live as long as the process runs with the garbage collector paused."""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


def long_lived(build: Callable[P, T]) -> Callable[P, T]:
    """`build` run with the collector paused. The phrase tables, the tokenizer and the model are some hundred thousand
    objects made at once and never freed: each collection their making sets off scans all made so far, for nothing
    (a third of the phrase tables' build). Cycles made meanwhile wait for the next collection; none is lost."""

    @wraps(build)
    def paused(*args: P.args, **kwargs: P.kwargs) -> T:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return build(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()

    return paused
