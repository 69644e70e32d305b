package vn.householdledger.api.statistics;

/** What became of an escape pledge (đăng ký thoát nghèo) of a year, as the review of that year decided. */
public enum PledgeOutcome {
    /** The review of the pledged year moved the household out of {@code POOR} or {@code NEAR_POOR}. */
    ESCAPED,
    /** The review of the pledged year assessed the household and did not move it out. */
    NOT_YET,
    /** No assessment of the review of the pledged year stands for the household yet. */
    NOT_REVIEWED
}
