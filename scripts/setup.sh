#!/usr/bin/env bash
# Prepares a machine to run Agora: redis-server from the OS packages, the npm packages, the client.
# With --test, also Chromium for the browser tests and belenios-tool, which checks the secret votes' archives.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v redis-server >/dev/null 2>&1 || [ -x /usr/sbin/redis-server ] || missing+=(redis-server)
if [ "${1:-}" = "--test" ] && [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi
if [ "${1:-}" = "--test" ] && ! command -v belenios-tool >/dev/null 2>&1; then missing+=(belenios-tool); fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
    # Agora runs its own redis-server; the system service the package starts is not needed.
    if [ " ${missing[*]} " = *" redis-server "* ] && command -v systemctl >/dev/null 2>&1; then
      $sudo systemctl disable --now redis-server >/dev/null 2>&1 || true
    fi
  elif command -v brew >/dev/null 2>&1; then
    for package in "${missing[@]}"; do
      case "$package" in
        redis-server) brew install redis ;;
        chromium) echo "setup: the browser tests expect Chromium at /usr/bin/chromium (Debian); skip them with npm run test:shared and npm run test:integration." ;;
        belenios-tool) echo "setup: the secret-vote tests check archives with belenios-tool (Debian package belenios-tool)." ;;
      esac
    done
  else
    echo "setup: please install ${missing[*]} with your system's package manager, then run this again." >&2
    exit 1
  fi
fi

npm ci --no-audit --no-fund
npm run build
echo "setup: done."
