#!/usr/bin/env bash
# Creates .venv/ at the repository root with statement-qa installed in it.
# torch goes in first, pinned to the CPU build that lies on this machine's disk:
# an unpinned torch (asked for by sentence-transformers) would pull a multi-GB CUDA build.
# Usage: scripts/setup.sh [--test]   (--test adds the test extras, chromium and axe-core)
set -euo pipefail
cd "$(dirname "$0")/.."
TORCH_VERSION="${TORCH_VERSION:-2.13.0}"

pip_install() {
    # This machine's pip lists local mirrors that print one "ignored" line per package; drop those.
    local status=0
    .venv/bin/pip install --quiet "$@" 2> >(grep -v "is ignored: it is neither a file nor a directory" >&2) || status=$?
    return "$status"
}

if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
if ! .venv/bin/python -c "import torch" 2>/dev/null; then
    pip_install "torch==${TORCH_VERSION}"
fi

if [ "${1:-}" = "--test" ]; then
    pip_install -c constraints.txt -e ".[test]"
    if [ ! -x /usr/bin/chromium ]; then
        if [ "$(id -u)" = 0 ]; then
            apt-get update -qq
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
        else
            sudo apt-get update -qq
            sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
        fi
    fi
    if [ ! -f node_modules/axe-core/axe.min.js ]; then
        npm ci --silent --no-audit --no-fund
    fi
else
    pip_install -c constraints.txt -e .
fi
# The word-frequency table that questions are answered with instead of wordfreq's lists
# (src/statement_qa/frequencies.py): made once into the cache folder, a few seconds.
.venv/bin/python -m statement_qa.frequencies >/dev/null
