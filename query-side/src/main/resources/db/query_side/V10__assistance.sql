-- Read models of AssistanceProjection: the help each household received, voided records kept and marked.
-- Ids are unique within a household (clients may choose them), so every key starts with household_id.
-- recorded_by / recorded_at: who recorded the record and when (event metadata and timestamp);
-- voided_*: the voiding, when there was one. commune_code is the household's commune when recorded.

-- Where each household is now, so that each record keeps the commune of its day.
CREATE TABLE query_side.assistance_household (
    household_id UUID        NOT NULL PRIMARY KEY,
    commune_code VARCHAR(64) NOT NULL
);

CREATE TABLE query_side.assistance_loan (
    household_id                 UUID          NOT NULL,
    loan_id                      UUID          NOT NULL,
    commune_code                 VARCHAR(64)   NOT NULL,
    programme                    VARCHAR(32)   NOT NULL,
    principal                    BIGINT        NOT NULL,
    annual_interest_rate_percent NUMERIC       NOT NULL,
    term_months                  INTEGER       NOT NULL,
    disbursed_on                 DATE          NOT NULL,
    lender                       VARCHAR(200)  NOT NULL,
    purpose                      VARCHAR(1000) NOT NULL,
    addresses                    TEXT[]        NOT NULL,
    outstanding                  BIGINT        NOT NULL,
    settled_on                   DATE,
    recorded_by                  VARCHAR(100),
    recorded_at                  TIMESTAMPTZ   NOT NULL,
    voided                       BOOLEAN       NOT NULL DEFAULT FALSE,
    void_reason                  VARCHAR(1000),
    voided_on                    DATE,
    voided_by                    VARCHAR(100),
    voided_at                    TIMESTAMPTZ,
    PRIMARY KEY (household_id, loan_id)
);
CREATE INDEX assistance_loan_date ON query_side.assistance_loan (disbursed_on);

CREATE TABLE query_side.assistance_repayment (
    household_id      UUID          NOT NULL,
    repayment_id      UUID          NOT NULL,
    loan_id           UUID          NOT NULL,
    commune_code      VARCHAR(64)   NOT NULL,
    amount            BIGINT        NOT NULL,
    paid_on           DATE          NOT NULL,
    outstanding_after BIGINT        NOT NULL,
    recorded_by       VARCHAR(100),
    recorded_at       TIMESTAMPTZ   NOT NULL,
    voided            BOOLEAN       NOT NULL DEFAULT FALSE,
    void_reason       VARCHAR(1000),
    voided_on         DATE,
    voided_by         VARCHAR(100),
    voided_at         TIMESTAMPTZ,
    PRIMARY KEY (household_id, repayment_id)
);
CREATE INDEX assistance_repayment_loan ON query_side.assistance_repayment (household_id, loan_id);
CREATE INDEX assistance_repayment_date ON query_side.assistance_repayment (paid_on);

CREATE TABLE query_side.assistance_card (
    household_id          UUID          NOT NULL,
    card_id               UUID          NOT NULL,
    commune_code          VARCHAR(64)   NOT NULL,
    member_id             UUID          NOT NULL,
    card_number           VARCHAR(32)   NOT NULL,
    valid_from            DATE          NOT NULL,
    valid_to              DATE          NOT NULL,
    state_subsidy_percent INTEGER       NOT NULL,
    funding_source        VARCHAR(200)  NOT NULL,
    recorded_by           VARCHAR(100),
    recorded_at           TIMESTAMPTZ   NOT NULL,
    voided                BOOLEAN       NOT NULL DEFAULT FALSE,
    void_reason           VARCHAR(1000),
    voided_on             DATE,
    voided_by             VARCHAR(100),
    voided_at             TIMESTAMPTZ,
    PRIMARY KEY (household_id, card_id)
);
CREATE INDEX assistance_card_date ON query_side.assistance_card (valid_from);

CREATE TABLE query_side.assistance_other (
    household_id   UUID          NOT NULL,
    assistance_id  UUID          NOT NULL,
    commune_code   VARCHAR(64)   NOT NULL,
    kind           VARCHAR(32)   NOT NULL,
    description    VARCHAR(1000) NOT NULL,
    amount         BIGINT,
    provided_on    DATE          NOT NULL,
    funding_source VARCHAR(200)  NOT NULL,
    addresses      TEXT[]        NOT NULL,
    recorded_by    VARCHAR(100),
    recorded_at    TIMESTAMPTZ   NOT NULL,
    voided         BOOLEAN       NOT NULL DEFAULT FALSE,
    void_reason    VARCHAR(1000),
    voided_on      DATE,
    voided_by      VARCHAR(100),
    voided_at      TIMESTAMPTZ,
    PRIMARY KEY (household_id, assistance_id)
);
CREATE INDEX assistance_other_date ON query_side.assistance_other (provided_on);

-- Every record of the four tables in one shape, for GET /api/audit/assistance. `date` is the record's
-- business date; `category` the loan programme or assistance kind; `detail` the purpose, description
-- or card number.
CREATE VIEW query_side.assistance_record AS
SELECT loan_id AS record_id, 'LOAN' AS kind, household_id, commune_code, principal AS amount,
       disbursed_on AS business_date, programme AS category, purpose AS detail, NULL::UUID AS loan_id,
       NULL::UUID AS member_id, recorded_by, recorded_at, voided, void_reason, voided_on, voided_by, voided_at
  FROM query_side.assistance_loan
UNION ALL
SELECT repayment_id, 'REPAYMENT', household_id, commune_code, amount, paid_on, NULL, NULL, loan_id, NULL,
       recorded_by, recorded_at, voided, void_reason, voided_on, voided_by, voided_at
  FROM query_side.assistance_repayment
UNION ALL
SELECT card_id, 'HEALTH_INSURANCE', household_id, commune_code, NULL, valid_from, NULL, card_number, NULL, member_id,
       recorded_by, recorded_at, voided, void_reason, voided_on, voided_by, voided_at
  FROM query_side.assistance_card
UNION ALL
SELECT assistance_id, 'ASSISTANCE', household_id, commune_code, amount, provided_on, kind, description, NULL, NULL,
       recorded_by, recorded_at, voided, void_reason, voided_on, voided_by, voided_at
  FROM query_side.assistance_other;
