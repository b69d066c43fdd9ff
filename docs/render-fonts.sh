#!/bin/sh
# Fonts and tools for the README pictures, shared by docs/render-*.sh (source it, then call
# render_setup WORKDIR). So that anyone gets the same picture, LibreOffice renders with these
# Debian packages' fonts and no others:
#   fonts-crosextra-carlito  Carlito, metric-compatible with Calibri (the memo's and the matrix's font)
#   fonts-liberation         Liberation Sans/Serif/Mono, for Arial, Times New Roman and Courier New
#   fonts-dejavu-core        DejaVu, for the characters the others lack (▲ ▼ –)
# Missing ones are installed with apt-get when this runs as root (or with sudo); otherwise the
# script stops and prints the command to run. The tools (LibreOffice, poppler) are checked the same way.

RENDER_FONT_PACKAGES="fonts-crosextra-carlito fonts-liberation fonts-dejavu-core"
RENDER_TOOL_PACKAGES="libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils"

# The packages of $1 (a list) that are not installed.
render_missing() {
  missing=""
  for package in $1; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
  done
  echo "$missing"
}

# Installs the packages $1 with apt-get, or explains how and fails.
render_install() {
  [ -n "$(echo "$1" | tr -d ' ')" ] || return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "render: needs the Debian/Ubuntu packages$1 (or the same fonts: Carlito, Liberation, DejaVu) and apt-get is not here; install them and run again." >&2
    exit 1
  fi
  if [ "$(id -u)" -eq 0 ]; then sudo=""
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo"
  else
    echo "render: missing packages:$1" >&2
    echo "render: install them with:  sudo apt-get update && sudo apt-get install -y --no-install-recommends$1" >&2
    exit 1
  fi
  echo "render: installing$1"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $1
}

# Checks or installs fonts and tools, and points fontconfig at those fonts only (a private
# fonts.conf in $1), so fonts installed for other reasons cannot change the picture.
render_setup() {
  work=$1
  render_install "$(render_missing "$RENDER_FONT_PACKAGES")"
  tools=""
  command -v soffice >/dev/null 2>&1 || tools="$tools libreoffice-writer-nogui libreoffice-calc-nogui"
  command -v pdftoppm >/dev/null 2>&1 || tools="$tools poppler-utils"
  render_install "$tools"

  dirs=$(dpkg -L $RENDER_FONT_PACKAGES 2>/dev/null | grep -E '\.(ttf|otf)$' | xargs -n1 dirname | sort -u)
  {
    echo '<?xml version="1.0"?>'
    echo '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
    echo '<fontconfig>'
    for dir in $dirs; do echo "  <dir>$dir</dir>"; done
    echo "  <cachedir>$work/fontconfig-cache</cachedir>"
    echo '  <include ignore_missing="yes">/etc/fonts/conf.d/30-metric-aliases.conf</include>'
    echo '  <include ignore_missing="yes">/etc/fonts/conf.d/45-latin.conf</include>'
    echo '  <include ignore_missing="yes">/etc/fonts/conf.d/49-sansserif.conf</include>'
    echo '  <include ignore_missing="yes">/etc/fonts/conf.d/60-latin.conf</include>'
    echo '</fontconfig>'
  } > "$work/fonts.conf"
  FONTCONFIG_FILE="$work/fonts.conf"
  export FONTCONFIG_FILE
  echo "render: fonts $(for p in $RENDER_FONT_PACKAGES; do printf '%s ' "$p=$(dpkg-query -W -f='${Version}' "$p")"; done)"
}
