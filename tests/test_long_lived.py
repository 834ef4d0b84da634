"""`@long_lived` pauses the garbage collector for the build only, and leaves it as it found it."""

from __future__ import annotations

import gc

import pytest

from classifiers.long_lived import long_lived


@long_lived
def _collector_state(fail: bool = False) -> bool:
    if fail:
        raise ValueError("the build failed")
    return gc.isenabled()


def test_the_collector_is_paused_during_the_build_and_enabled_again_after():
    assert gc.isenabled()
    assert _collector_state() is False
    assert gc.isenabled()
    with pytest.raises(ValueError):
        _collector_state(fail=True)
    assert gc.isenabled()


def test_a_collector_the_caller_disabled_stays_disabled():
    gc.disable()
    try:
        assert _collector_state() is False
        assert not gc.isenabled()
    finally:
        gc.enable()
