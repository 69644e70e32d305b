-- The split deployment's database: one role per side. The command side owns the event store and its
-- own schema; the query side owns its schema and may only read the event store.
CREATE ROLE ledger_command LOGIN PASSWORD 'command-secret';
CREATE ROLE ledger_query LOGIN PASSWORD 'query-secret';

CREATE SCHEMA event_store AUTHORIZATION ledger_command;
CREATE SCHEMA command_side AUTHORIZATION ledger_command;
CREATE SCHEMA query_side AUTHORIZATION ledger_query;

GRANT USAGE ON SCHEMA event_store TO ledger_query;
ALTER DEFAULT PRIVILEGES FOR ROLE ledger_command IN SCHEMA event_store GRANT SELECT ON TABLES TO ledger_query;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
