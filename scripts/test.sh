#!/usr/bin/env bash
# The whole suite: lint, then the tests on SQLite and again on PostgreSQL.
# In CI (CI=true, which .ci/run exports) a missing PostgreSQL, browser, dovecot or Redis is a
# failure, never a skip: here for the PostgreSQL pass, in the tests through
# levelhead.core.testing.unavailable (which reads CI the same way, in any case); and any test
# skipped some other way fails the run in CI too (run_tests below).
set -euo pipefail
cd "$(dirname "$0")/.."

.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy levelhead

# The browser tests drive Debian's Chromium; the Playwright browser download cannot work here.
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's chromium for the browser tests"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) ||
        echo "could not install chromium" >&2
fi
# The IMAP tests run a private dovecot (never the system's service); install the binary.
if [ ! -x /usr/sbin/dovecot ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's dovecot-imapd for the IMAP tests"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dovecot-imapd >/dev/null) ||
        echo "could not install dovecot-imapd" >&2
fi

ci() { [ "$(printf '%s' "${CI:-}" | tr '[:upper:]' '[:lower:]')" = "true" ]; }

# Runs one pass of the tests (the command given). In CI a skipped test fails the pass, however
# it was skipped (unavailable(), importorskip, a skip marker): nothing is left unchecked quietly.
run_tests() {
    if ! ci; then
        "$@"
        return
    fi
    local log
    log=$(mktemp)
    "$@" | tee "$log"
    if grep -qE '^SKIPPED|[0-9]+ skipped' "$log"; then
        rm -f "$log"
        echo "CI: tests were skipped (listed above); in CI every test must run" >&2
        return 1
    fi
    rm -f "$log"
}

echo "== tests on SQLite"
run_tests env -u DATABASE_URL .venv/bin/pytest -q "$@"

PG_URL=${LEVELHEAD_TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}
if .venv/bin/python - "$PG_URL" <<'PY'; then
import sys, psycopg
try:
    psycopg.connect(sys.argv[1], connect_timeout=3).close()
except Exception as exc:
    print(f"PostgreSQL unreachable at {sys.argv[1]}: {exc}", file=sys.stderr)
    sys.exit(1)
PY
    echo "== tests on PostgreSQL"
    run_tests env DATABASE_URL="$PG_URL" .venv/bin/pytest -q "$@"
elif ci; then
    echo "CI: PostgreSQL is required and unreachable" >&2
    exit 1
else
    echo "SKIPPED: the PostgreSQL run (no server at $PG_URL; set LEVELHEAD_TEST_POSTGRES_URL)"
fi
