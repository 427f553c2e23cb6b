"""Where statement-qa keeps what it makes once per machine (the ONNX export, the word-frequency table).

A module of its own, so that reading the word-frequency table (which the parser does, to tell a coined drug
name from an everyday word) never imports the embedding code.
"""

from __future__ import annotations

import os
from pathlib import Path


def default_cache_dir() -> Path:
    """$STATEMENT_QA_CACHE, else ~/.cache/statement-qa."""
    root = os.environ.get("STATEMENT_QA_CACHE")
    return Path(root).expanduser() if root else Path.home() / ".cache" / "statement-qa"
