#!/usr/bin/env bash
# Builds Coplan's Linux packages and tries them the way a user would (run by .ci/run after the tests):
#   1. ./mvnw -Pinstaller package  (jlink runtime, app image, .deb and .rpm)
#   2. the .deb is at most 70 MB
#   3. dpkg -i the .deb, run the installed launcher with --smoke under Xvfb: it must exit 0 having printed
#      that the main window painted
#   4. dpkg -r, and nothing of Coplan is left in /opt
#   5. the .rpm lists the launcher (rpm -qlp)
# Needs root for dpkg. Installs fakeroot, rpm, xvfb and xauth from Debian's packages when they are missing.
# SKIP_BUILD=1 tries the packages already in target/installer/packages.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DEBIAN_FRONTEND=noninteractive

readonly max_deb_bytes=$((70 * 1024 * 1024))
readonly launcher=/opt/coplan/bin/coplan
readonly packages=target/installer/packages

log() { printf '[installer] %s\n' "$*"; }
fail() { printf '[installer] FAILED: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "dpkg -i needs root; run as root (CI runs as root)"

missing=()
for tool in fakeroot:fakeroot rpmbuild:rpm xvfb-run:xvfb xauth:xauth; do
    command -v "${tool%%:*}" >/dev/null 2>&1 || missing+=("${tool##*:}")
done
if [ "${#missing[@]}" -gt 0 ]; then
    log "apt-get install ${missing[*]}"
    apt-get -o Acquire::Retries=3 update -qq
    apt-get -o Acquire::Retries=3 install -y -qq --no-install-recommends "${missing[@]}" </dev/null
fi

if [ "${SKIP_BUILD:-}" != 1 ]; then
    # the tests ran in ./mvnw verify just before; this builds the installers only
    log "./mvnw -B -Pinstaller package -DskipTests"
    ./mvnw -B -q -Pinstaller package -DskipTests </dev/null
fi

deb="$(ls "$packages"/coplan_*_amd64.deb 2>/dev/null | head -n 1)"
rpm="$(ls "$packages"/coplan-*.rpm 2>/dev/null | head -n 1)"
[ -n "$deb" ] || fail "no .deb in $packages"
[ -n "$rpm" ] || fail "no .rpm in $packages"

deb_bytes="$(stat -c %s "$deb")"
log "$(basename "$deb"): $((deb_bytes / 1024 / 1024)) MB ($deb_bytes bytes)"
[ "$deb_bytes" -le "$max_deb_bytes" ] || fail "the .deb is larger than 70 MB"

remove() {
    # also a package left half-configured by an earlier run
    if dpkg-query -W -f='${Status}' coplan 2>/dev/null | grep -q "install ok"; then
        log "dpkg -r coplan"
        dpkg -r coplan >/dev/null
    fi
}
remove
trap remove EXIT

# The package's scripts register the menu entry and the file type with xdg-desktop-menu, which gives up
# (and with it dpkg) on a machine without the menu folders a desktop brings, such as a CI container.
mkdir -p /etc/xdg/menus /usr/share/applications /usr/share/desktop-directories

log "dpkg -i $(basename "$deb")"
if ! dpkg -i "$deb"; then
    # the package names the system libraries it links against; apt fetches the missing ones
    apt-get -o Acquire::Retries=3 install -y -qq -f </dev/null
fi
[ -x "$launcher" ] || fail "$launcher was not installed"
grep -q "^MimeType=application/x-coplan-package" /opt/coplan/lib/*.desktop \
    || fail "the desktop entry does not declare the .coplan file type"
grep -q "^Exec=$launcher %f" /opt/coplan/lib/*.desktop \
    || fail "the desktop entry does not hand the opened file to the launcher"

log "$launcher --smoke (Xvfb)"
set +e
output="$(xvfb-run -a -s "-screen 0 1600x1000x24" timeout 300 "$launcher" --smoke 2>&1)"
status=$?
set -e
printf '%s\n' "$output" | sed 's/^/    /'
[ "$status" -eq 0 ] || fail "the installed Coplan's smoke test exited with $status"
grep -q "smoke test passed" <<<"$output" || fail "the smoke test did not say that the window painted"

remove
trap - EXIT
[ ! -e "$launcher" ] || fail "dpkg -r left $launcher behind"

log "rpm -qlp $(basename "$rpm")"
# listed first, then searched: grep -q stops reading at the first match, and under pipefail the SIGPIPE that
# rpm then gets would fail the check although the launcher is there
listing="$(rpm -qlp "$rpm")"
grep -qx "$launcher" <<<"$listing" || fail "the .rpm does not list $launcher"

log "passed: .deb installs, paints its window under Xvfb and uninstalls; the .rpm holds the launcher"
