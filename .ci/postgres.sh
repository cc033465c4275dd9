# shellcheck shell=bash
# A throwaway PostgreSQL server for the test suite: Debian's `postgresql` package, a cluster in
# a fresh folder under /tmp listening on 127.0.0.1 only, a role and a database for the tests.
#
# Sourced by .ci/run. By hand (as root, or as a user who can write /tmp):
#   source .ci/postgres.sh && pg_install && pg_start    # exports BLOCWATCH_TEST_PG
#   .venv/bin/pytest -q                                 # the store tests run on both backends
#   pg_stop
#
# The cluster trades durability for speed (fsync off): it lives for one test run.

BLOCWATCH_PG_PORT=${BLOCWATCH_PG_PORT:-55432}

_pg_sudo() {
  if [[ $(id -u) == 0 ]]; then "$@"; else sudo "$@"; fi
}

# Runs a command as the cluster's owner: initdb and postgres refuse to run as root.
_pg_as_owner() {
  # From /, which the owner can enter whatever the caller's working directory.
  if [[ $(id -u) == 0 ]]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

_pg_bindir() {
  local dir
  dir=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)
  if [[ -z $dir ]]; then
    echo "postgres.sh: no PostgreSQL server under /usr/lib/postgresql" >&2
    return 1
  fi
  echo "$dir"
}

pg_install() {
  _pg_sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive _pg_sudo apt-get install -y -qq postgresql >/dev/null
  "$(_pg_bindir)/postgres" --version
}

pg_start() {
  local bindir
  bindir=$(_pg_bindir)
  PG_TMP=$(mktemp -d /tmp/blocwatch-pg.XXXXXX)
  if [[ $(id -u) == 0 ]]; then chown postgres: "$PG_TMP"; fi
  # Local (socket) connections are trusted: the socket sits in the private data folder's
  # parent, which only the owner can enter. TCP connections need the test role's password.
  _pg_as_owner "$bindir/initdb" -D "$PG_TMP/data" -U postgres --auth-local=trust \
    --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$PG_TMP/initdb.log" 2>&1 ||
    { cat "$PG_TMP/initdb.log" >&2; return 1; }
  if ! _pg_as_owner "$bindir/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w -t 60 \
    -o "-p $BLOCWATCH_PG_PORT -k $PG_TMP -c listen_addresses=127.0.0.1 -c fsync=off \
        -c synchronous_commit=off -c full_page_writes=off" start >/dev/null; then
    cat "$PG_TMP/server.log" >&2
    return 1
  fi
  _pg_as_owner "$bindir/psql" -h "$PG_TMP" -p "$BLOCWATCH_PG_PORT" -U postgres -d postgres \
    -q -v ON_ERROR_STOP=1 <<'SQL'
CREATE ROLE blocwatch LOGIN CREATEDB PASSWORD 'blocwatch';
CREATE DATABASE blocwatch_test OWNER blocwatch;
SQL
  export BLOCWATCH_TEST_PG="postgresql+psycopg://blocwatch:blocwatch@127.0.0.1:$BLOCWATCH_PG_PORT/blocwatch_test"
  echo "PostgreSQL on 127.0.0.1:$BLOCWATCH_PG_PORT, data in $PG_TMP"
}

pg_stop() {
  if [[ -n ${PG_TMP:-} && -d $PG_TMP/data ]]; then
    _pg_as_owner "$(_pg_bindir)/pg_ctl" -D "$PG_TMP/data" -m immediate stop >/dev/null || true
    rm -rf "$PG_TMP"
  fi
}
