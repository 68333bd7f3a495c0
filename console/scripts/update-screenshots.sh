#!/usr/bin/env bash
# Regenerates the README's screenshots: runs the browser tests (which write target/screenshots/*.png), then copies
# every docs/<name>.png the README shows from target/screenshots/<name>.png. --no-tests copies the last run's.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" != "--no-tests" ]]; then
	(cd .. && ./mvnw -B -q -pl console verify -Dtest='*BrowserTests' -Dsurefire.failIfNoSpecifiedTests=false)
fi
grep -o 'docs/[a-z0-9-]*\.png' README.md | sort -u | while read -r shot; do
	cp "target/screenshots/${shot#docs/}" "$shot"
	echo "updated console/$shot"
done
