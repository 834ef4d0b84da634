"""Benchmark: classifier throughput against parse-only on the same 2,000 mails, cold start, memory, bad input."""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from ingest_throughput import MAILBOT, generate_mails

from classifiers import classify, warm_up
from classifiers.parsing import parse_mail, wrap_reply_body

CORPUS = Path(os.environ.get("MAILBOT_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus"))


def rate(function, raws: list[bytes]) -> float:
    """Mails per second of `function` over `raws`."""
    started = time.perf_counter()
    for raw in raws:
        function(raw)
    return len(raws) / (time.perf_counter() - started)


def cold_start_seconds(mail: Path) -> float:
    """Wall time of `mailbot classify --json` on one mail, a new process each time."""
    started = time.perf_counter()
    subprocess.run([str(MAILBOT), "classify", "--json", str(mail)], check=True, capture_output=True)
    return time.perf_counter() - started


def peak_memory_mb(folder: Path) -> float:
    """Peak resident memory of `mailbot classify` over every mail of `folder`, in MB."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run([str(MAILBOT), "classify", str(folder)], check=True, stdout=subprocess.DEVNULL)
    return max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024


def torture_mime(size: int = 3 * 1024 * 1024) -> bytes:
    """A deeply nested multipart of about `size` bytes, with broken boundaries near the end."""
    depth = 0
    head = b"From: a@b.example\nSubject: torture\nMIME-Version: 1.0\n"
    body = bytearray(head + b'Content-Type: multipart/mixed; boundary="b0"\n\n')
    while len(body) < size:
        depth += 1
        body += f'--b{depth - 1}\nContent-Type: multipart/mixed; boundary="b{depth}"\n\n'.encode()
        body += (
            f"--b{depth}\nContent-Type: text/plain\n\n".encode() + b"lorem ipsum unsubscribe " * 200 + b"\n"
        )
    return bytes(body + b"--b1-- --b0\n")


def bad_inputs() -> dict[str, bytes]:
    rng = random.Random(7)
    inputs = {
        "binary junk (1 MB)": rng.randbytes(1024 * 1024),
        "torture MIME (3 MB)": torture_mime(),
        "lying charset": b"From: a@b.example\nSubject: =?utf-8?b?//79?=\nContent-Type: text/plain; charset=utf-8\n\n"
        + "désinscrivez-moi".encode("utf-16")
        + bytes(range(128, 256)),
        "unknown charset": b"From: a@b.example\nContent-Type: text/plain; charset=x-klingon\n\n\xff\xfe unsubscribe",
    }
    endless = CORPUS / "mailgun-flanker/tests/fixtures/messages/enclosed-endless.eml"
    if endless.is_file():
        inputs["corpus enclosed-endless.eml (2.9 MB)"] = endless.read_bytes()
    long_quote = CORPUS / "github-email_reply_parser/test/emails/email_long_quote.txt"
    if long_quote.is_file():  # a reply body: 766 KB of ">" with hardly a space
        inputs["corpus email_long_quote.txt (767 KB)"] = wrap_reply_body(long_quote.read_bytes())
    return inputs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mailbot-bench-") as tmp:
        folder = Path(tmp)
        paths = generate_mails(folder, args.count)
        raws = [path.read_bytes() for path in paths]
        warm_up()  # build the rules and load the model first, as the daemon does
        parse_rates, classify_rates = [], []
        for _ in range(args.repeat):  # alternate, so that machine noise hits both alike
            parse_rates.append(rate(parse_mail, raws))
            classify_rates.append(rate(classify, raws))
        parse_median, classify_median = statistics.median(parse_rates), statistics.median(classify_rates)
        colds = [cold_start_seconds(paths[0]) for _ in range(3)]
        memory = peak_memory_mb(folder)

    print(f"{'mails':<40}{args.count:>10}")
    print(
        f"{'parse-only mails/s (median)':<40}{parse_median:>10.1f}   runs: {', '.join(f'{r:.1f}' for r in parse_rates)}"
    )
    print(
        f"{'classify mails/s (median)':<40}{classify_median:>10.1f}   runs: {', '.join(f'{r:.1f}' for r in classify_rates)}"
    )
    print(f"{'ratio classify/parse':<40}{classify_median / parse_median:>10.3f}   (target >= 0.6)")
    print(
        f"{'cold start, classify 1 mail (median s)':<40}{statistics.median(colds):>10.2f}   (target <= 2.5)"
    )
    print(f"{f'peak RSS, classify {args.count} mails (MB)':<40}{memory:>10.1f}   (target <= 400)")
    print("\nbad input (target: a Classification in < 1 s, never an exception):")
    for name, raw in bad_inputs().items():
        started = time.perf_counter()
        result = classify(raw)
        elapsed = time.perf_counter() - started
        labels = ",".join(result.labels)
        signals = ",".join(s for s in result.signals if s in ("unparseable", "uncertain"))
        print(f"  {name:<38}{elapsed:>7.3f} s   {labels} {signals}")


if __name__ == "__main__":
    main()
