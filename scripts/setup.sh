#!/usr/bin/env bash
# setup.sh: installs what a fresh machine lacks for gilbench (Debian packages, pyperf, a GIL and a free-threaded
# build of one CPython release), then builds it.
# Usage: scripts/setup.sh [debug|release]   (idempotent: skips what is already there)
# GILBENCH_PYTHONS=skip leaves the two CPython builds out (outside CI; under CI=true they are required).
set -euo pipefail
cd "$(dirname "$0")/.."
usage="usage: scripts/setup.sh [debug|release]"
case "${1:-release}" in
  debug|release) configuration="${1:-release}" ;;
  -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "setup: unknown argument '$1' (give debug or release)" >&2; echo "$usage" >&2; exit 64 ;;
esac
[ $# -le 1 ] || { echo "setup: one argument at most (got $*)" >&2; echo "$usage" >&2; exit 64; }

missing=()
command -v gnuplot >/dev/null 2>&1 || missing+=(gnuplot-nox)
# The system libpython (Debian's 3.11) is one more Python to discover; pyenv builds are found if present.
dpkg -s libpython3-dev >/dev/null 2>&1 || missing+=(libpython3-dev)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# pyperf (PyPI) reads gilbench's pyperf.json export; the tests check that with the real tool.
if command -v python3 >/dev/null 2>&1 && ! python3 -c "import pyperf" >/dev/null 2>&1; then
  echo "setup: installing pyperf for $(python3 -c 'import sys; print(sys.executable)')" >&2
  python3 -m pip install --quiet --disable-pip-version-check pyperf >&2
fi

# CPython X and Xt (free-threaded) under $PYENV_ROOT/versions, so every default run compares the two builds of
# one release (scripts/install-pythons says what it builds; about 5 minutes on 2 cores, once). `release` (what
# scripts/bench runs) installs the newest release; `debug` (the tests) is content with any pair of 3.13+ already
# there, so a new patch release upstream does not cost every test run a rebuild.
installed_pair() {
  local free
  for free in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.*t; do
    local gil="${free%t}" minor
    minor="$(basename "$gil")"; minor="${minor%.*}"
    [ "${minor#3.}" -ge 13 ] 2>/dev/null && [ -x "$free/bin/python${minor}t" ] && [ -x "$gil/bin/python$minor" ] \
      && { basename "$gil"; return 0; }
  done
  return 1
}
if [ "${GILBENCH_PYTHONS:-}" = skip ] && [ "${CI:-}" != true ]; then
  echo "setup: GILBENCH_PYTHONS=skip: not installing CPython's GIL and free-threaded builds" >&2
elif [ "$configuration" = debug ] && pair="$(installed_pair)"; then
  echo "setup: CPython $pair and ${pair}t are installed; the tests use them (scripts/install-pythons installs the newest)" >&2
elif ! scripts/install-pythons; then
  if [ "${CI:-}" = true ]; then
    echo "setup: CI needs both CPython builds (scripts/install-pythons failed above)" >&2
    exit 1
  fi
  echo "setup: warning: CPython's GIL and free-threaded builds are not installed (see above); gilbench will use the Pythons it finds" >&2
fi

echo "setup: building gilbench ($configuration)" >&2
swift build -c "$configuration" --product gilbench >&2
