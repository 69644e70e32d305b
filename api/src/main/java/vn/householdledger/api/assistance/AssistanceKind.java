package vn.householdledger.api.assistance;

/** What kind of help, other than a loan or a health insurance card, a household received. */
public enum AssistanceKind {
    HOUSING,
    VOCATIONAL_TRAINING,
    JOB_PLACEMENT,
    LABOUR_EXPORT,
    EDUCATION,
    CLEAN_WATER,
    SANITATION,
    INFORMATION_ACCESS,
    PRODUCTION_SUPPORT,
    SOCIAL_ALLOWANCE,
    LEGAL_AID,
    REWARD,
    OTHER
}
