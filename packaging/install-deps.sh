#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs every Debian 12 package that building, testing and running Hoshi needs.
# Safe to run again: apt-get only installs what is missing. Must run as root.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git
  # Qt 6.4: Core/Gui/Widgets/Sql/Concurrent/Test, PDF (+ widgets), LinguistTools
  qt6-base-dev qt6-base-dev-tools qt6-pdf-dev libqt6pdfwidgets6 libqt6pdf6
  libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-qpa-plugins libgl-dev
  # core libraries
  libarchive-dev libssl-dev libxlsxwriter-dev zlib1g-dev libqrencode-dev libpq-dev
  # hoshi-pdf-render's system-call filter
  libseccomp-dev
  # team workspaces: the server the storage tests start privately (initdb, pg_ctl)
  postgresql-15 postgresql-client-15
  # fonts: IPAGothic is embedded in PDFs; Noto CJK renders Japanese in the GUI
  fonts-ipafont-gothic fonts-noto-cjk
  # running the GUI headless, screenshots
  xvfb xauth
  # the package test: lint the .deb, validate its metadata (dpkg-dev: dpkg-shlibdeps for Depends)
  lintian appstream desktop-file-utils dpkg-dev file
  # peer tools used by tests and benchmarks (pdftotext, unzip -t, sha256sum -c, openssl cms, bsdtar)
  poppler-utils unzip zip openssl libarchive-tools sqlite3 python3 python3-openpyxl python3-icalendar coreutils
  # official forms: the filled workbook must open in LibreOffice (soffice --headless --convert-to pdf)
  libreoffice-calc-nogui
  # evidence capture: the tests run these scanners against services they start on 127.0.0.1 only
  # (openssh-server: the tests run their own sshd on a high port for ssh-audit, never the system service)
  nmap testssl.sh ssh-audit openssh-server
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ "${#missing[@]}" -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "install-deps: all packages present"
fi
