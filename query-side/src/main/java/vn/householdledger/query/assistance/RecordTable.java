package vn.householdledger.query.assistance;

import vn.householdledger.api.assistance.RecordKind;

/** Which table of {@link AssistanceProjection} holds each kind of record, and its id column. */
enum RecordTable {
    LOAN("assistance_loan", "loan_id"),
    REPAYMENT("assistance_repayment", "repayment_id"),
    HEALTH_INSURANCE("assistance_card", "card_id"),
    ASSISTANCE("assistance_other", "assistance_id");

    private final String table;
    private final String idColumn;

    RecordTable(String table, String idColumn) {
        this.table = table;
        this.idColumn = idColumn;
    }

    static RecordTable of(RecordKind kind) {
        return valueOf(kind.name());
    }

    String table() {
        return table;
    }

    String idColumn() {
        return idColumn;
    }
}
