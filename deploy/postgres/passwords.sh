#!/bin/sh
# Run by the postgres image after init.sql (files run in name order): each service's role gets its password from
# the environment, which docker-compose.yml takes from .env, so that no password is committed.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v command="$LEDGER_COMMAND_DB_PASSWORD" -v query="$LEDGER_QUERY_DB_PASSWORD" -v auth="$LEDGER_AUTH_DB_PASSWORD" <<'SQL'
ALTER ROLE ledger_command PASSWORD :'command';
ALTER ROLE ledger_query PASSWORD :'query';
ALTER ROLE ledger_auth PASSWORD :'auth';
SQL
