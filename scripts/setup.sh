#!/usr/bin/env bash
# Sets up a fresh machine for OKR Markdown: the Debian packages the real-VS-Code runs need, then
# `npm ci`. Used by the README's first command and by CI (.ci/run), so both set up the same way.
#   chromium     the browser for VS Code for the Web (tests, UI tests, screenshots)
#   libkrb5-dev  code-server's kerberos module builds against it (Node extension host tests)
#   ripgrep      code-server's search binary (its npm package would download one from GitHub)
#   make, g++, python3  native-addon toolchain for code-server's modules
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg-query -W -f='${Status}' libkrb5-dev 2>/dev/null | grep -q "install ok installed" || missing+=(libkrb5-dev)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
command -v make >/dev/null 2>&1 || missing+=(make)
command -v g++ >/dev/null 2>&1 || missing+=(g++)
command -v python3 >/dev/null 2>&1 || missing+=(python3)

if [ "${#missing[@]}" -gt 0 ]; then
  echo "==> apt-get install ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
  elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo -n)
  else
    echo "Need root to install: ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update
  "${SUDO[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi

echo "==> node $(node --version), npm $(npm --version), $(/usr/bin/chromium --version 2>/dev/null || echo 'chromium ?')"
echo "==> npm ci"
npm ci --no-audit --no-fund
