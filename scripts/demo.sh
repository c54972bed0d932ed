#!/usr/bin/env bash
# Installs dependencies, builds the terminal and starts it in demo mode: SQLite in
# ~/.local/share/pos-demo, the Alipay sandbox on loopback, a simulated printer and scanner,
# demo catalog and accounts (printed below). No configuration needed.
# Usage: scripts/demo.sh [extra pos-terminal options, e.g. --language en]
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci --target pos-terminal pos-channel-sim posctl
data_dir="${POS_DEMO_DIR:-$HOME/.local/share/pos-demo}"
mkdir -p "$data_dir"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: starting the terminal under Xvfb on :99 (set DISPLAY to use yours)."
  Xvfb :99 -screen 0 1280x800x24 >/dev/null 2>&1 &
  export DISPLAY=:99
fi
echo "Receipts are written to $data_dir/receipts (.bin = ESC/POS bytes, .txt = readable)."
exec build/ci/app/pos-terminal/pos-terminal --demo --data-dir "$data_dir" "$@"
