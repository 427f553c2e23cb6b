#!/usr/bin/env bash
# Installs statement-qa with its test dependencies (Python packages, Debian's chromium,
# axe-core from npm) and runs the whole test suite, browser tests included.
# Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
exec .venv/bin/python -m pytest "$@"
