#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (Playwright cannot download browsers here) and need
# a CJK font so Korean renders. Install both when missing, or say exactly how.
set -euo pipefail

have_browser() { [ -x /usr/bin/chromium ]; }
have_font() { command -v fc-list >/dev/null && fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; }

if have_browser && have_font; then exit 0; fi

packages="chromium fonts-noto-cjk"
if [ "$(id -u)" = 0 ]; then runner=""; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then runner="sudo"; else
  echo "motmap: the browser tests need Debian packages: $packages" >&2
  echo "        install them with: sudo apt-get install -y $packages" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null; then
  echo "motmap: the browser tests need Chromium at /usr/bin/chromium and the Noto Sans CJK font ($packages on Debian)" >&2
  exit 1
fi
echo "motmap: installing $packages for the browser tests…"
$runner apt-get update -qq
DEBIAN_FRONTEND=noninteractive $runner apt-get install -y -qq $packages >/dev/null
have_browser || { echo "motmap: chromium did not install at /usr/bin/chromium" >&2; exit 1; }
