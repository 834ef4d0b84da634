"""`mailbot train`: train the text classifier from labelled mail, reproducibly."""

from __future__ import annotations

from pathlib import Path

from bot.commands.common import CliError, print_json
from bot.config import Config
from classifiers.model import default_model_path


def register(commands) -> None:
    parser = commands.add_parser("train", help="train the text classifier from labelled mail")
    parser.add_argument(
        "--data",
        default="data/labelled/train/labels.csv",
        metavar="CSV",
        help="labels file (path,label,secondary_label); never the held-out part",
    )
    parser.add_argument(
        "--out", default=None, metavar="DIR", help="model folder (default: the one the package ships)"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--folds", type=int, default=5, help="folds for the out-of-fold calibration")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=cmd_train)


def cmd_train(args, config: Config) -> int:
    from classifiers.training import train

    data = Path(args.data)
    if not data.is_file():
        raise CliError(f"{data}: no such file")
    if "heldout" in data.parts:
        raise CliError(f"{data}: the held-out part is for measuring, never for training")
    out = Path(args.out) if args.out else default_model_path()
    summary = train(data, out, args.seed, args.epochs, args.folds)
    if args.json:
        print_json({"out": str(out), **summary})
    else:
        print(f"trained on {summary['examples']} mails (seed {args.seed}, {args.epochs} epochs) -> {out}")
    return 0
