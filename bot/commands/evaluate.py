"""`mailbot eval PATH --labels CSV`: the classifier measured against labelled mail."""

from __future__ import annotations

import csv
from dataclasses import asdict
from pathlib import Path

from bot.commands.common import CliError, print_json
from bot.commands.mail import MAILBOXES, WARM_UP_FROM
from bot.config import Config
from classifiers import Label, classify, warm_up
from classifiers.evaluation import NO_REQUEST, Example, Report, score
from classifiers.model import CALIBRATION_FILE, use_model
from classifiers.parsing import wrap_reply_body

KNOWN_GOLD = {str(label) for label in Label} | {NO_REQUEST}


def register(commands) -> None:
    parser = commands.add_parser("eval", help="measure the classifier on labelled mail")
    parser.add_argument("path", help="a folder (or file) of mail; only labelled files under it are measured")
    parser.add_argument("--labels", required=True, metavar="CSV", help="path,label,secondary_label[,lang,…]")
    parser.add_argument("--mailbox", default="reply", choices=MAILBOXES)
    parser.add_argument("--worst", type=int, default=25, help="how many misses to list")
    parser.add_argument(
        "--model",
        metavar="DIR",
        help="a model folder written by `mailbot train --out DIR` (default: the shipped one)",
    )
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=cmd_eval)


def read_labels(csv_path: Path, under: Path) -> list[tuple[Path, tuple[str, ...], str | None]]:
    """(file, gold labels, language) for each row whose file lies under `under`; paths are relative to the CSV."""
    rows = []
    try:
        with csv_path.open(encoding="utf-8", newline="") as file:
            reader = csv.DictReader(file)
            if not {"path", "label"} <= set(reader.fieldnames or []):
                raise CliError(f"{csv_path}: the header needs at least path,label")
            for row in reader:
                where = f"{csv_path} row {reader.line_num}"
                labels = tuple(
                    v.strip() for v in (row.get("label"), row.get("secondary_label")) if v and v.strip()
                )
                unknown = [label for label in labels if label not in KNOWN_GOLD]
                if not labels or unknown:
                    raise CliError(f"{where}: unknown label {', '.join(unknown) or '(empty)'}")
                file_path = (csv_path.parent / row["path"]).resolve()
                if file_path == under or under in file_path.parents:
                    rows.append((file_path, labels, (row.get("lang") or "").split(",")[0].strip() or None))
    except FileNotFoundError:
        raise CliError(f"{csv_path}: no such file") from None
    return rows


def evaluate(path: Path, labels_csv: Path, mailbox: str, footer: tuple[str, ...], worst: int) -> Report:
    rows = read_labels(labels_csv, path.resolve())
    if not rows:
        raise CliError(f"no file of {labels_csv} lies under {path}")
    if len(rows) >= WARM_UP_FROM:
        warm_up()
    examples = []
    for file_path, gold, language in rows:
        try:
            raw = file_path.read_bytes()
        except OSError as error:
            raise CliError(f"{file_path}: cannot read: {error.strerror}") from None
        result = classify(wrap_reply_body(raw), mailbox, footer)
        examples.append(Example(str(file_path), gold, language, result))
    return score(examples, worst)


def _print_report(report: Report) -> None:
    print(f"{report.count} mails   accuracy {report.accuracy:.3f}   macro-F1 {report.macro_f1:.3f}\n")
    print(f"{'label':<15}{'precision':>10}{'recall':>8}{'F1':>8}{'support':>9}")
    for label, row in report.labels.items():
        print(
            f"{label:<15}{row['precision']:>10.3f}{row['recall']:>8.3f}{row['f1']:>8.3f}{row['support']:>9}"
        )
    if report.no_request_rate:
        rates = ", ".join(f"{gold} {rate:.3f}" for gold, rate in report.no_request_rate.items())
        print(f"\nno request label on: {rates}")
    if report.letters_by_language:
        print("\nrights letters right, by language:")
        print(
            "  "
            + "  ".join(
                f"{lang} {v['right']:.2f} ({v['count']})" for lang, v in report.letters_by_language.items()
            )
        )
    predicted = sorted({p for row in report.confusion.values() for p in row})
    print("\nconfusion (rows: gold main label; columns: predicted request label, else main label)")
    print(f"{'':<15}" + "".join(f"{p[:9]:>10}" for p in predicted))
    for gold, row in report.confusion.items():
        print(f"{gold:<15}" + "".join(f"{row.get(p, 0):>10}" for p in predicted))
    if report.misses:
        print(f"\nworst misses ({len(report.misses)} shown):")
        for miss in report.misses:
            evidence = "; ".join(miss["evidence"])[:80]
            print(
                f"  {miss['path']}\n    gold {','.join(miss['gold'])}  got {','.join(miss['predicted'])}  {evidence}"
            )


def cmd_eval(args, config: Config) -> int:
    if args.model:
        model = Path(args.model)
        if not (model / CALIBRATION_FILE).is_file():
            raise CliError(
                f"{model}: not a model folder (no {CALIBRATION_FILE}); write one with `mailbot train --out`"
            )
        use_model(model)
    report = evaluate(
        Path(args.path), Path(args.labels), args.mailbox, tuple(config.campaign_footer_phrases), args.worst
    )
    if args.json:
        print_json(asdict(report))
    else:
        _print_report(report)
    return 0
