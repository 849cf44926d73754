#!/usr/bin/env bash
# The whole test suite on a fresh machine: install what it needs, then lint, typecheck, unit and
# end-to-end tests. This is the README's test command, and exactly what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "==> Installing npm packages"
npm ci --no-audit --no-fund

echo "==> Making sure the test tools are installed (Chromium, poppler-utils, qpdf)"
bash scripts/install-test-tools.sh

echo "==> Running the tests"
npm test
