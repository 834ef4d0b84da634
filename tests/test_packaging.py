"""A non-editable build ships the templates and the migrations."""

from __future__ import annotations

import subprocess
import sys
import zipfile

from servers import REPO


def test_wheel_contains_templates_and_migrations(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    wheel = next(tmp_path.glob("prospectra_mailbot-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "templates/prospect/unsubscribe_confirmation.fr.txt.j2" in names
    assert "storage/migrations/env.py" in names
    assert any(n.startswith("storage/migrations/versions/0001") for n in names)
    assert any(n.endswith("entry_points.txt") for n in names)
