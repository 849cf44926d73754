#!/usr/bin/env bash
# What the tests need from the system: a Chromium for Playwright, and poppler-utils and qpdf to
# read generated PDFs back. Prefer Debian's packages (our machines cannot download Playwright's own
# browser builds); without apt-get, fall back to Playwright's download for the browser.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)

if [ ${#missing[@]} -eq 0 ]; then
  echo "Chromium, poppler-utils and qpdf are installed."
  exit 0
fi

if command -v apt-get >/dev/null 2>&1; then
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "Installing ${missing[*]} needs root: run as root or install sudo." >&2; exit 1; }
    as_root=(sudo)
  fi
  echo "Installing ${missing[*]} from Debian's packages"
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "${missing[@]}"
  exit 0
fi

echo "apt-get is not available: downloading Playwright's own Chromium." >&2
echo "Install poppler-utils and qpdf with your system's package manager for the PDF tests." >&2
npx playwright install chromium
