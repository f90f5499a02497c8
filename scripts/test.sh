#!/usr/bin/env bash
# The whole test suite: domain, data layer (SQLite, PGlite, PostgreSQL), API, CLI and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

# Use the local PostgreSQL server when one answers and DATABASE_URL is not set, so the
# PostgreSQL tests run on a developer machine too.
if [ -z "${DATABASE_URL:-}" ] && command -v pg_isready >/dev/null && pg_isready -q -h 127.0.0.1 -p 5432; then
  if psql -h 127.0.0.1 -U postgres -d postgres -Atqc "SELECT 1" >/dev/null 2>&1; then
    psql -h 127.0.0.1 -U postgres -d postgres -Atqc "SELECT 1 FROM pg_database WHERE datname = 'motmap_test'" | grep -q 1 ||
      psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE motmap_test"
    export DATABASE_URL="postgres://postgres@127.0.0.1:5432/motmap_test"
  fi
fi
if [ -n "${DATABASE_URL:-}" ]; then
  echo "motmap: PostgreSQL tests run against ${DATABASE_URL%%\?*}"
else
  echo "motmap: no PostgreSQL server found: the PostgreSQL-server tests are skipped (SQLite and PGlite still run)"
fi

bash scripts/ensure-browser.sh
npm run build:web --silent
npx vitest run "$@"
