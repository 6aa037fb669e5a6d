#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The Debian package as Debian expects it: builds the .deb with CPack, checks what is inside
# (stripped programs, man pages, copyright, changelog, completion), runs lintian (no errors or warnings),
# validates the AppStream metainfo and the desktop entry as installed, checks the man pages are
# current, then installs it with dpkg, runs /usr/bin/hoshi-cli from it and removes it again.
#
# It must not harm the machine it runs on: the install part runs only as root, only when no
# hoshi package is installed already and every dependency is present (dpkg -i would otherwise
# leave a half-configured package), and the package is removed again whatever happens.
# Usage: testpackage.sh BUILD-DIR SOURCE-DIR   (a ctest; exit 77 = skipped)
set -euo pipefail
build=$(cd "$1" && pwd)
source=$(cd "$2" && pwd)
work=$(mktemp -d)
installed_by_us=0
cleanup() {
  if [ "$installed_by_us" = 1 ]; then dpkg --purge hoshi >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }

for tool in cpack dpkg-deb lintian appstreamcli desktop-file-validate readelf python3; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (packaging/install-deps.sh)"; exit 77; }
done

# 1. Build the package.
(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/out/hoshi_*.deb)
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# 2. What is inside.
dpkg-deb -x "$deb" "$work/root"
for program in hoshi hoshi-cli; do
  file="$work/root/usr/bin/$program"
  [ -x "$file" ] || fail "/usr/bin/$program missing"
  if readelf -S "$file" | grep -qE '\.symtab|\.debug_info'; then fail "/usr/bin/$program is not stripped"; fi
  echo "$program: stripped, $(du -h "$file" | cut -f1)"
done
for path in usr/share/man/man1/hoshi.1.gz usr/share/man/man1/hoshi-cli.1.gz usr/share/man/ja/man1/hoshi-cli.1.gz \
            usr/share/man/man1/hoshi-pdf-render.1.gz \
            usr/share/doc/hoshi/copyright usr/share/doc/hoshi/changelog.Debian.gz \
            usr/share/bash-completion/completions/hoshi-cli; do
  [ -s "$work/root/$path" ] || fail "/$path missing"
done
dpkg-deb -f "$deb" Depends | grep -q 'libqt6core6' || fail "Depends lacks the Qt libraries: $(dpkg-deb -f "$deb" Depends)"
echo "Depends: $(dpkg-deb -f "$deb" Depends)"
echo "Recommends: $(dpkg-deb -f "$deb" Recommends)"

# 3. lintian: no errors and no warnings (informational tags are printed for whoever reads the log).
lintian --allow-root --tag-display-limit 0 "$deb" >"$work/lintian.txt" 2>&1 || true
cat "$work/lintian.txt"
if grep -q '^E:' "$work/lintian.txt"; then fail "lintian reports errors"; fi
if grep -q '^W:' "$work/lintian.txt"; then fail "lintian reports warnings"; fi
grep -q 'Apache-2.0' "$work/root/usr/share/doc/hoshi/copyright" || fail "copyright does not name the licence"

# 4. Metadata as installed.
appstreamcli validate --no-net "$work/root/usr/share/metainfo/io.github.hoshi.Hoshi.metainfo.xml" || fail "appstreamcli validate"
desktop-file-validate "$work/root/usr/share/applications/hoshi.desktop" || fail "desktop-file-validate"

# 5. The man pages in the repository match the programs' help.
python3 "$source/tools/make-manpages.py" "$build" --out "$work/man" >/dev/null
for page in hoshi.1 hoshi-cli.1 ja/hoshi-cli.1 hoshi-pdf-render.1; do
  diff -u "$source/packaging/man/$page" "$work/man/$page" || fail "packaging/man/$page is out of date: run tools/make-manpages.py"
done

# 6. Install, run, remove.
if [ "$(id -u)" != 0 ]; then echo "install skipped: not root"; exit 0; fi
if dpkg-query -W -f='${Status}' hoshi 2>/dev/null | grep -q 'installed'; then
  echo "install skipped: a hoshi package is installed on this machine already; it is left alone"; exit 0
fi
missing=()
IFS=',' read -ra deps <<<"$(dpkg-deb -f "$deb" Depends)"
for dep in "${deps[@]}"; do
  name=$(echo "$dep" | sed -E 's/\|.*//; s/\(.*\)//; s/:any//' | xargs)
  dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q 'install ok installed' || missing+=("$name")
done
if [ "${#missing[@]}" -gt 0 ]; then echo "install skipped: dependencies not installed: ${missing[*]}"; exit 0; fi

installed_by_us=1
dpkg -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -i"; }
/usr/bin/hoshi-cli --version | grep -q '^hoshi-cli ' || fail "hoshi-cli --version"
(cd "$work" && /usr/bin/hoshi-cli demo "$work/demo.hoshi") || fail "hoshi-cli demo"
/usr/bin/hoshi-cli validate "$work/demo.hoshi" --declaration 1 >/dev/null || fail "the demo's complete declaration is not submittable"
/usr/bin/hoshi-cli --lang ja validate "$work/demo.hoshi" --declaration 1 | grep -q '申請可能' || fail "no Japanese from the installed hoshi-cli"
dpkg --purge hoshi >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg --purge"; }
installed_by_us=0
[ ! -e /usr/bin/hoshi-cli ] || fail "/usr/bin/hoshi-cli still there after removal"
echo "installed, ran hoshi-cli --version, demo and validate from /usr/bin, removed: ok"
