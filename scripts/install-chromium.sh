#!/usr/bin/env bash
# Playwright needs a Chromium. Prefer Debian's package (our machines cannot download Playwright's
# own browser builds); elsewhere, fall back to Playwright's download.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "Chromium found at /usr/bin/chromium"
  exit 0
fi

if command -v apt-get >/dev/null 2>&1; then
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "Installing Chromium needs root: run as root or install sudo." >&2; exit 1; }
    as_root=(sudo)
  fi
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq chromium
  exit 0
fi

echo "apt-get is not available: downloading Playwright's own Chromium"
npx playwright install chromium
