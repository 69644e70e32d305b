-- The authorization server's authorizations (Spring Authorization Server's JdbcOAuth2AuthorizationService): the codes
-- it issued and the tokens it gave for them, kept where every node of it finds them, so that a code issued by one
-- node is redeemed, once, at another. Its schema as it ships it, with PostgreSQL's types as it says: text for blob,
-- timestamptz for timestamp. Rows whose every code and token expired are deleted hourly (Authorizations).
CREATE TABLE ${processing_schema}.oauth2_authorization (
    id                            VARCHAR(100) PRIMARY KEY,
    registered_client_id          VARCHAR(100) NOT NULL,
    principal_name                VARCHAR(200) NOT NULL,
    authorization_grant_type      VARCHAR(100) NOT NULL,
    authorized_scopes             VARCHAR(1000),
    attributes                    TEXT,
    state                         VARCHAR(500),
    authorization_code_value      TEXT,
    authorization_code_issued_at  TIMESTAMPTZ,
    authorization_code_expires_at TIMESTAMPTZ,
    authorization_code_metadata   TEXT,
    access_token_value            TEXT,
    access_token_issued_at        TIMESTAMPTZ,
    access_token_expires_at       TIMESTAMPTZ,
    access_token_metadata         TEXT,
    access_token_type             VARCHAR(100),
    access_token_scopes           VARCHAR(1000),
    oidc_id_token_value           TEXT,
    oidc_id_token_issued_at       TIMESTAMPTZ,
    oidc_id_token_expires_at      TIMESTAMPTZ,
    oidc_id_token_metadata        TEXT,
    refresh_token_value           TEXT,
    refresh_token_issued_at       TIMESTAMPTZ,
    refresh_token_expires_at      TIMESTAMPTZ,
    refresh_token_metadata        TEXT,
    user_code_value               TEXT,
    user_code_issued_at           TIMESTAMPTZ,
    user_code_expires_at          TIMESTAMPTZ,
    user_code_metadata            TEXT,
    device_code_value             TEXT,
    device_code_issued_at         TIMESTAMPTZ,
    device_code_expires_at        TIMESTAMPTZ,
    device_code_metadata          TEXT
);
-- It looks an authorization up by the code at the token endpoint, by the refresh token, by the access token at
-- /userinfo and by the ID token at sign-out: hash indexes, which take values of any length (a token runs to
-- kilobytes, past a b-tree's limit).
CREATE INDEX oauth2_authorization_code ON ${processing_schema}.oauth2_authorization USING hash (authorization_code_value);
CREATE INDEX oauth2_authorization_access ON ${processing_schema}.oauth2_authorization USING hash (access_token_value);
CREATE INDEX oauth2_authorization_refresh ON ${processing_schema}.oauth2_authorization USING hash (refresh_token_value);
CREATE INDEX oauth2_authorization_id_token ON ${processing_schema}.oauth2_authorization USING hash (oidc_id_token_value);

-- Tokens are for the authorization server's eyes only: the default privileges that let other roles count failed
-- sign-ins in this schema (deploy/postgres/init.sql) are taken back on this table.
DO $$
DECLARE
    other TEXT;
BEGIN
    FOR other IN SELECT DISTINCT grantee FROM information_schema.role_table_grants
                 WHERE table_schema = '${processing_schema}' AND table_name = 'oauth2_authorization'
                   AND grantee NOT IN (current_user, 'PUBLIC') LOOP
        EXECUTE format('REVOKE ALL ON %I.oauth2_authorization FROM %I', '${processing_schema}', other);
    END LOOP;
END $$;
