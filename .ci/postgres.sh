#!/usr/bin/env bash
# Start a local PostgreSQL server from Debian's packages for the test suite and print its URL.
# Installs the server when it is missing; exits non-zero (printing nothing) when it cannot.
set -euo pipefail
if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
read -r version cluster port status _ < <(pg_lsclusters -h | head -n 1)
if [ "$status" != "online" ]; then
    pg_ctlcluster "$version" "$cluster" start >&2
fi
role_exists=$(su postgres -c "psql -p $port -tAc \"SELECT 1 FROM pg_roles WHERE rolname = 'factpipe'\"")
if [ "$role_exists" != "1" ]; then
    su postgres -c "psql -p $port -qc \"CREATE ROLE factpipe LOGIN CREATEDB PASSWORD 'factpipe'\"" >&2
fi
# Test databases are dropped WITH (FORCE), which terminates any backend still attached to them.
su postgres -c "psql -p $port -qc 'GRANT pg_signal_backend TO factpipe'" >&2
echo "postgresql+psycopg://factpipe:factpipe@127.0.0.1:$port/postgres"
