package vn.householdledger.api.audit;

/** What a read recorded in the read audit read. */
public enum ReadKind {
    /** A household's case as it stands ({@code GET /api/households/{id}}). */
    CASE,
    /** A household's history of events. */
    HISTORY,
    /** A household's certificate of poverty or near-poverty. */
    CERTIFICATE,
    /** A search of households. */
    SEARCH,
    /** The poverty list today or on a business date (the pages' CSV and xlsx are made from it). */
    POVERTY_LIST,
    /** The poverty list replayed as it stood at an instant. */
    POVERTY_LIST_AS_OF,
    /** A review with its households. */
    REVIEW,
    /** A review's posting list, in any of its formats. */
    POSTING_LIST,
    /** The audit of loans, cards and help, naming each record's household. */
    ASSISTANCE_AUDIT,
    /** The households that escaped poverty. */
    ESCAPES,
    /** The households that pledged to escape poverty. */
    ESCAPE_PLEDGES
}
