#!/usr/bin/env bash
# Installs statement-qa into .venv/ (first run only) and serves the web app on the bundled
# corpus at http://127.0.0.1:7860. Extra arguments go to `statement-qa serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/statement-qa serve "$@"
