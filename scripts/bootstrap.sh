#!/usr/bin/env bash
# Creates .venv with a Python 3.12+ interpreter and installs levelhead with its dev tools.
# Re-running is cheap: the install is repeated only when pyproject.toml changes.
set -euo pipefail
cd "$(dirname "$0")/.."

find_python() {
    local candidates=()
    [ -n "${PYTHON:-}" ] && candidates+=("$PYTHON")
    candidates+=(python3.13 python3.12 python3.14 python3)
    if command -v pyenv >/dev/null 2>&1; then
        for v in $(pyenv versions --bare 2>/dev/null | grep -E '^3\.(1[2-9])' | sort -rV); do
            candidates+=("$(pyenv root)/versions/$v/bin/python3")
        done
    fi
    for c in "${candidates[@]}"; do
        if command -v "$c" >/dev/null 2>&1 &&
            "$c" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; then
            command -v "$c"
            return 0
        fi
    done
    return 1
}

if [ ! -x .venv/bin/python ] ||
    ! .venv/bin/python -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; then
    if ! py=$(find_python); then
        echo "levelhead needs Python 3.12 or newer (Django 6)." >&2
        echo "Install it (e.g. 'apt-get install python3.12' or 'pyenv install 3.13') or point PYTHON at one:" >&2
        echo "  PYTHON=/path/to/python3.13 make demo" >&2
        exit 1
    fi
    echo "Creating .venv with $py ($("$py" --version))"
    rm -rf .venv
    "$py" -m venv .venv
fi

stamp=.venv/.levelhead-installed
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e ".[dev]"
    echo "$want" >"$stamp"
fi
