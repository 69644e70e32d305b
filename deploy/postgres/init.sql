-- The split deployment's database: one role per service that keeps data. The command side owns the event store
-- and its own schema; the query side owns its schema and may only read the event store; the authorization server
-- owns a schema of its own for its failed sign-ins. No password is written here: passwords.sh sets them from the
-- environment (.env), after this file.
CREATE ROLE ledger_command LOGIN;
CREATE ROLE ledger_query LOGIN;
CREATE ROLE ledger_auth LOGIN;

CREATE SCHEMA event_store AUTHORIZATION ledger_command;
CREATE SCHEMA command_side AUTHORIZATION ledger_command;
CREATE SCHEMA query_side AUTHORIZATION ledger_query;
CREATE SCHEMA auth AUTHORIZATION ledger_auth;

GRANT USAGE ON SCHEMA event_store TO ledger_query;
ALTER DEFAULT PRIVILEGES FOR ROLE ledger_command IN SCHEMA event_store GRANT SELECT ON TABLES TO ledger_query;
-- Both sides count failed sign-ins in the authorization server's table (auth.sign_in_attempts), so that an
-- account or address is throttled the same through the API and the sign-in page, on every node.
GRANT USAGE ON SCHEMA auth TO ledger_command, ledger_query;
ALTER DEFAULT PRIVILEGES FOR ROLE ledger_auth IN SCHEMA auth GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ledger_command, ledger_query;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
