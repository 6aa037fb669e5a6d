#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# A private PostgreSQL 15 cluster for the tests: initdb in DIR, a Unix socket in DIR and no TCP
# port, run by an unprivileged account (PostgreSQL refuses to run as root), stopped and removed
# at the end. The superuser role is "hoshi"; local connections are trusted (the socket lives in a
# folder only this machine's users can reach), so tests can also connect as the roles they create.
# Tests trade durability for speed (no fsync); PGCLUSTER_DURABLE=1 keeps PostgreSQL's defaults
# (fsync, synchronous commit, full-page writes), as benchmarks comparing with a file need.
# pause and resume stop and start the server keeping its data (a test of a server going away).
#   tools/pgcluster.sh start DIR | stop DIR | pause DIR | resume DIR | url DIR [DATABASE]
set -euo pipefail
action=${1:?start, stop or url}
dir=${2:?cluster folder}
bindir=$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || true)
[ -n "$bindir" ] || { echo "pgcluster: PostgreSQL 15 is not installed (packaging/install-deps.sh installs it)" >&2; exit 1; }
account=hoshi-pgtest

as_account() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u "$account" -- "$@"; else "$@"; fi
}

case "$action" in
start)
  if [ -f "$dir/data/postmaster.pid" ]; then as_account "$bindir/pg_ctl" -D "$dir/data" stop -m immediate >/dev/null 2>&1 || true; fi
  rm -rf "$dir"
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then
    id "$account" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$account"
    chown "$account" "$dir"
  fi
  as_account "$bindir/initdb" -D "$dir/data" -U hoshi --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  fast="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  if [ "${PGCLUSTER_DURABLE:-0}" = 1 ]; then fast=""; fi
  as_account "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-k $dir -c listen_addresses= $fast -c max_connections=100" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "pgcluster: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') running in $dir (socket only)"
  ;;
stop)
  if [ -f "$dir/data/postmaster.pid" ]; then as_account "$bindir/pg_ctl" -D "$dir/data" stop -m fast -w >/dev/null; fi
  rm -rf "$dir"
  echo "pgcluster: stopped and removed $dir"
  ;;
pause)
  as_account "$bindir/pg_ctl" -D "$dir/data" stop -m fast -w >/dev/null
  echo "pgcluster: paused $dir (data kept)"
  ;;
resume)
  fast="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  if [ "${PGCLUSTER_DURABLE:-0}" = 1 ]; then fast=""; fi
  as_account "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-k $dir -c listen_addresses= $fast -c max_connections=100" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "pgcluster: resumed $dir"
  ;;
url)
  echo "postgresql:///${3:-postgres}?host=$dir&user=hoshi"
  ;;
*)
  echo "usage: $0 start|stop|pause|resume|url DIR" >&2; exit 2 ;;
esac
