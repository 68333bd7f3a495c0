#!/bin/sh
# Installs the headless browser the console's browser tests drive (Debian's Chromium and its driver).
# Idempotent: does nothing when both are present. Needs root (or sudo) and the Debian archive.
set -eu
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
	echo "chromium and chromedriver already installed"
	exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
	SUDO="sudo"
fi
$SUDO apt-get update
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver fonts-dejavu-core
