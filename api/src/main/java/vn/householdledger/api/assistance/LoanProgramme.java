package vn.householdledger.api.assistance;

/** The credit programme a loan was lent under (mostly the Bank for Social Policies' programmes). */
public enum LoanProgramme {
    POOR_HOUSEHOLD,
    NEAR_POOR_HOUSEHOLD,
    NEWLY_ESCAPED_HOUSEHOLD,
    STUDENT,
    JOB_CREATION,
    LABOUR_EXPORT,
    HOUSING,
    CLEAN_WATER_SANITATION,
    OTHER
}
