package vn.householdledger.api.assistance;

/** The kinds of record in a household's assistance ledger; each can be voided, none deleted. */
public enum RecordKind {
    LOAN,
    REPAYMENT,
    HEALTH_INSURANCE,
    ASSISTANCE
}
