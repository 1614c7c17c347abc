#!/usr/bin/env bash
# Makes sure Debian's Chromium is on this machine for the web service's browser tests (*.e2e.spec.ts under apps/web):
# installs it from Debian packages when missing (as root), otherwise says what is missing. playwright-core drives it;
# no browser is downloaded from anywhere else.
set -euo pipefail

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
log() { printf '[browser] %s\n' "$*" >&2; }

if [[ -x "$CHROMIUM" ]]; then exit 0; fi
if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null; then
  log "installing chromium from Debian packages"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
log "Chromium is not installed at $CHROMIUM: install it (apt-get install chromium) or set CHROMIUM_PATH; the browser tests will say they were skipped."
