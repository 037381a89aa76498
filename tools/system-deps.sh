#!/usr/bin/env bash
# Installs the few Debian packages a fresh machine lacks for Qt (offscreen too), venv and
# the PostgreSQL tests.
# Only acts when something is missing; needs root or sudo for that, else prints the command.
set -euo pipefail

PYTHON=${1:-python3}
packages=()

if ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    ver=$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    packages+=("python${ver}-venv")
fi

# Shared libraries the PySide6 wheels load (offscreen, and xcb for a real X11 window).
declare -A lib_to_pkg=(
    [libEGL.so.1]=libegl1
    [libGL.so.1]=libgl1
    [libOpenGL.so.0]=libopengl0
    [libxkbcommon.so.0]=libxkbcommon0
    [libfontconfig.so.1]=libfontconfig1
    [libglib-2.0.so.0]=libglib2.0-0
    [libdbus-1.so.3]=libdbus-1-3
    [libxcb-cursor.so.0]=libxcb-cursor0
    [libX11-xcb.so.1]=libx11-xcb1
    [libxcb-icccm.so.4]=libxcb-icccm4
    [libxcb-keysyms.so.1]=libxcb-keysyms1
    [libxcb-image.so.0]=libxcb-image0
    [libxcb-render-util.so.0]=libxcb-render-util0
    [libxcb-randr.so.0]=libxcb-randr0
    [libxcb-shape.so.0]=libxcb-shape0
    [libxcb-xkb.so.1]=libxcb-xkb1
    [libxkbcommon-x11.so.0]=libxkbcommon-x11-0
)
for lib in "${!lib_to_pkg[@]}"; do
    if ! /sbin/ldconfig -p 2>/dev/null | grep -q "$lib"; then
        packages+=("${lib_to_pkg[$lib]}")
    fi
done

# A font with Hangul glyphs, so Korean text renders in the UI and in charts.
if command -v fc-list >/dev/null 2>&1 && ! fc-list :lang=ko 2>/dev/null | grep -q .; then
    packages+=(fonts-noto-cjk)
fi

# A PostgreSQL server for the team-catalogue tests (tests/pg start their own, as a throwaway
# cluster in /tmp; the package's own cluster is not used).
if ! command -v pg_ctl >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1
then
    packages+=(postgresql)
fi

[ ${#packages[@]} -eq 0 ] && exit 0

echo "system-deps: installing ${packages[*]}"
if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
else
    echo "system-deps: please run: apt-get install ${packages[*]}" >&2
fi
