"""The example configuration is complete and loads; the embedded default needs no file."""

from __future__ import annotations

import re
import tomllib

from bot.config import Config, load_config

from servers import REPO


def test_example_configuration_loads_and_matches_the_defaults(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MAILBOT_CONFIG", raising=False)
    example = load_config(REPO / "config.example.toml")
    assert example.model_dump(exclude={"source"}) == Config().model_dump(exclude={"source"})
    assert load_config().source == "embedded default"


def test_example_configuration_names_every_key():
    text = (REPO / "config.example.toml").read_text()
    setting = re.compile(r"^# (\[\[?[a-z]+\]\]?$|[a-z_]+ = )")  # a commented-out key or section, not prose
    uncommented = tomllib.loads(
        "\n".join(line[2:] if setting.match(line) else line for line in text.splitlines())
    )
    for section, model in Config.model_fields.items():
        if section == "source":
            continue
        annotation = model.annotation
        fields = getattr(annotation, "model_fields", None) or getattr(
            next((a for a in getattr(annotation, "__args__", ()) if hasattr(a, "model_fields")), None),
            "model_fields",
            None,
        )
        if fields is None:
            assert section in uncommented, section
            continue
        written = uncommented.get(section)
        written = written[0] if isinstance(written, list) else written
        assert written is not None, f"[{section}] missing from config.example.toml"
        for key in fields:
            assert key in written, f"{section}.{key} missing from config.example.toml"
