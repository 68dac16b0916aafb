#!/usr/bin/env bash
# Installs the Debian packages libeduind needs to build, test and report.
# As root it runs apt-get; otherwise it names the packages and stops.
# Usage: tools/setup-deps.sh [--with-ci]   (--with-ci adds clang/libFuzzer/valgrind/chromium)
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libcjson-dev libcsv-dev libutf8proc-dev libcunit1-dev
  swig python3-dev python3-numpy python3-pandas python3-pytest
  python3-matplotlib python3-nbclient python3-nbformat python3-ipykernel
)
ci_packages=(clang libfuzzer-14-dev libclang-rt-14-dev valgrind chromium fonts-wqy-microhei)

want=("${packages[@]}")
if [ "${1:-}" = "--with-ci" ]; then
  want+=("${ci_packages[@]}")
fi

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "libeduind needs these Debian packages, which are not installed:" >&2
  echo "  sudo apt-get install ${missing[*]}" >&2
  exit 1
fi

echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
