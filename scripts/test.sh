#!/usr/bin/env bash
# Runs every test: domain, integration (the app on temp SQLite files) and browser tests (Debian's Chromium).
# On a fresh Debian machine it first installs what the tests need.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Installing Chromium from Debian's packages..."
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi

# The build installs the map library (Leaflet) from the npm registry.
if ! command -v npm >/dev/null 2>&1; then
  echo "Installing Node.js and npm from Debian's packages..."
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq nodejs npm >/dev/null
fi

dotnet tool restore >/dev/null
dotnet test Dialogues.sln "$@"
