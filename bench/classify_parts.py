"""Benchmark: what each stage of `classify` costs in place, in the loop the throughput bench runs.

A stage's cost alone (warm, on its own) says little: between two parses the CPU caches hold mail-parser's data, and
in place each stage costs two to six times its warm time. So each stage is replaced in turn by a memo of its own
answers ("knocked out"), and the loop runs with and without it, in the same process.

Blocks of mails go through every variant in turn. Which variant goes first rotates from block to block, and each
block's bytes are read once before any variant times it: the first variant to read a new block reads its bytes cold,
which cost 25 us a mail when two identical variants were compared in a fixed order.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from ingest_throughput import generate_mails

from classifiers import classify, warm_up

CLASSIFY = importlib.import_module("classifiers.classify")
NEW_TEXT = importlib.import_module("classifiers.new_text")
RULES = importlib.import_module("classifiers.rules")

# (module, attribute, how a call's answer is found again): each stage as the code calls it.
STAGES: dict[str, tuple[object, str, Callable[..., object]]] = {
    "language": (NEW_TEXT, "detect_language", lambda text: text),
    "signature": (NEW_TEXT, "strip_signature", lambda text, language=None: (text, language)),
    "quotes": (NEW_TEXT, "strip_quotes", lambda text, footer_phrases=(): (text, footer_phrases)),
    "html": (NEW_TEXT, "html_to_text", lambda markup: markup),
    "automatic": (CLASSIFY, "detect_automatic", lambda mail: mail.message_id),
    "tokenizer": (CLASSIFY, "read_doc", lambda text: text),
    "matches": (RULES, "_matches", lambda compiled, doc, folded: folded),
}


def remembered(function: Callable[..., object], key: Callable[..., object]) -> Callable[..., object]:
    """`function`, answering from a memo once it has seen a call's key."""
    memo: dict[object, object] = {}

    def once(*args: object, **kwargs: object) -> object:
        found = key(*args, **kwargs)
        if found not in memo:
            memo[found] = function(*args, **kwargs)
        return memo[found]

    return once


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--block", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("stages", nargs="*", default=list(STAGES), help=f"of: {', '.join(STAGES)}")
    args = parser.parse_args()
    unknown = [stage for stage in args.stages if stage not in STAGES]
    if unknown:
        sys.exit(f"classify_parts: unknown stage {', '.join(unknown)}; known: {', '.join(STAGES)}")
    with tempfile.TemporaryDirectory(prefix="mailbot-parts-") as tmp:
        raws = [path.read_bytes() for path in generate_mails(Path(tmp), args.count)]
    warm_up()  # build the rules and load the model first, as the daemon does
    originals = {stage: getattr(module, name) for stage, (module, name, _) in STAGES.items()}
    memos = {stage: remembered(originals[stage], STAGES[stage][2]) for stage in args.stages}
    variants = ["full", *args.stages]
    timings: dict[str, list[float]] = {variant: [] for variant in variants}
    for turn in range(args.rounds):
        for first in range(0, len(raws), args.block):
            block = raws[first : first + args.block]
            for raw in block:  # the block's bytes, read once before any variant times them
                raw.count(b"\n")
            shift = (first // args.block + turn) % len(variants)
            for variant in variants[shift:] + variants[:shift]:
                for stage, (module, name, _) in STAGES.items():
                    setattr(module, name, memos[stage] if stage == variant else originals[stage])
                started = time.perf_counter()
                for raw in block:
                    classify(raw)
                timings[variant].append((time.perf_counter() - started) / len(block) * 1e6)
    for stage, (module, name, _) in STAGES.items():
        setattr(module, name, originals[stage])
    full = statistics.mean(timings["full"])
    print(f"{'classify, every stage (us a mail)':<40}{full:>8.1f}")
    for stage in args.stages:
        print(f"{'  cost of ' + stage:<40}{full - statistics.mean(timings[stage]):>8.1f}")
    print("(each stage knocked out by a memo of its answers; its first round still computes them)")


if __name__ == "__main__":
    main()
