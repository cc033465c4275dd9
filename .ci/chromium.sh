#!/usr/bin/env bash
# Debian's Chromium for the dashboard's browser tests (Playwright drives it through
# executable_path=/usr/bin/chromium; `playwright install` and its downloads are never used).
# Run by .ci/run; by hand as root (or with sudo): .ci/chromium.sh
set -euo pipefail

_sudo() {
  if [[ $(id -u) == 0 ]]; then "$@"; else sudo "$@"; fi
}

_sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive _sudo apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version
