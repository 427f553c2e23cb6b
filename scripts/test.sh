#!/usr/bin/env bash
# Installs statement-qa with its test dependencies (Python packages, Debian's chromium,
# axe-core from npm) and runs the whole test suite, browser tests included.
# Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
# The checks people use on themselves: a lint or type error fails the build like a test.
.venv/bin/ruff check src tests scripts app.py
.venv/bin/mypy
exec .venv/bin/python -m pytest "$@"
