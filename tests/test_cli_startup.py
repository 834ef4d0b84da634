"""`mailbot classify` and `eval` start without loading the database, the handlers or the mail clients."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from servers import REPO

HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "storage", "handlers", "aiosmtplib", "aiosmtpd", "aioimaplib")
MAIL = REPO / "data" / "labelled" / "dev" / "en" / "abuse_report_01.eml"
PROBE = """
import json, sys
from bot import cli
status = cli.main(sys.argv[1:])
print(json.dumps({"status": status, "loaded": sorted({m.split(".")[0] for m in sys.modules})}))
"""


@pytest.mark.parametrize(
    "argv",
    [
        ["classify", "--json", str(MAIL)],
        ["eval", str(MAIL), "--labels", str(MAIL.parents[1] / "labels.csv"), "--json"],
    ],
    ids=["classify", "eval"],
)
def test_classifier_commands_leave_the_heavy_packages_unloaded(tmp_path, argv):
    config = tmp_path / "mailbot.toml"
    config.write_text("")
    env = {k: v for k, v in os.environ.items() if k != "MAILBOT_CONFIG"} | {"PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, "--config", str(config), *argv],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    probe = json.loads(result.stdout.splitlines()[-1])
    assert probe["status"] == 0, result.stderr
    assert [name for name in HEAVY if name in probe["loaded"]] == []
