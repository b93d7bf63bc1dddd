#!/usr/bin/env bash
# Installs every Debian 12 package DeputyDesk needs to build, test and run.
# Idempotent: when everything is present it only checks with dpkg and returns.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config git
  # fuzzing: clang with libFuzzer (the fuzz preset)
  clang
  # Qt 6: widgets, sql (SQLite driver), charts (needs the OpenGL dev package), tools
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6opengl6-dev
  qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-qpa-plugins
  # storage, text
  libsqlite3-dev sqlite3 libicu-dev
  # passwords: Argon2id
  libsodium-dev
  # .xlsx: the zip container (our own XML code reads and writes the sheets)
  libquazip1-qt6-dev
  # tests
  catch2
  # fonts: WenQuanYi Micro Hei renders Chinese and survives PDF text extraction
  fonts-wqy-microhei
  # running and looking at the GUI headless, reading PDFs back
  xvfb xauth imagemagick poppler-utils
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
