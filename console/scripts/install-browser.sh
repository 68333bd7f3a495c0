#!/bin/sh
# Installs the headless browser the console's browser tests drive (Debian's Chromium, its driver and its
# translations: with the Vietnamese one, date fields read dd/mm/yyyy as they do for the console's users).
# Idempotent: does nothing when all three are present. Needs root (or sudo) and the Debian archive.
set -eu
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && [ -f /usr/lib/chromium/locales/vi.pak ]; then
	echo "chromium, chromedriver and chromium-l10n already installed"
	exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
	SUDO="sudo"
fi
$SUDO apt-get update
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver chromium-l10n fonts-dejavu-core
