#!/usr/bin/env bash
# PostgreSQL for the library tests (tests/Citations.Storage.Tests): Debian's server package, a private
# cluster on a loopback port (not Debian's main cluster), a login role that may create databases, and
# the connection string written to .tools/postgres.connection (git-ignored), where the tests read it:
# variables exported here would not reach .ci/run's dotnet test. Idempotent: a running cluster is kept.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${CITATIONS_TEST_POSTGRES_PORT:-55432}"
data=/var/lib/postgresql/citations-test
connection_file="$root/.tools/postgres.connection"

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
bin="$(find_bin)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends postgresql
  bin="$(find_bin)"
fi
as_postgres() { runuser -u postgres -- "$@"; }

mkdir -p "$data"
chown postgres:postgres "$data"
chmod 700 "$data"
if [ ! -f "$data/PG_VERSION" ]; then
  as_postgres "$bin/initdb" -D "$data" -U postgres -E UTF8 --locale=C.UTF-8 --auth-local=trust --auth-host=scram-sha-256 >/dev/null
fi
if ! as_postgres "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  # A test cluster: no fsync, so the suite does not wait on the disk.
  as_postgres "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
    -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start
fi

psql_admin() { as_postgres psql -h /tmp -p "$port" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = 'citations'")" != "1" ]; then
  psql_admin -c "CREATE ROLE citations LOGIN CREATEDB PASSWORD 'citations'"
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = 'citations_test'")" != "1" ]; then
  psql_admin -c "CREATE DATABASE citations_test OWNER citations"
fi

mkdir -p "$(dirname "$connection_file")"
echo "Host=127.0.0.1;Port=$port;Username=citations;Password=citations;Database=citations_test" > "$connection_file"
echo "install-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port; connection in $connection_file"
