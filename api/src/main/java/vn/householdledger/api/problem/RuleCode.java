package vn.householdledger.api.problem;

/**
 * The business rules a command can break, each answered {@code 409} with its code, and the request
 * field each is about (null when it concerns the request as a whole), so that a form shows the
 * refusal beside the field the person can mend.
 */
public enum RuleCode {
    /** A household code (mã hộ) or a commune code belongs to one household or commune, for ever. */
    DUPLICATE_CODE("code"),
    /** A national id belongs to one open household at most. */
    DUPLICATE_NATIONAL_ID("members"),
    /** A closed case takes no more commands. */
    HOUSEHOLD_CLOSED(null),
    /** An assessment names at most two causes of poverty. */
    TOO_MANY_CAUSES("causes"),
    /** An assessment is not dated before the household's latest one. */
    ASSESSMENT_OUT_OF_ORDER("assessedOn"),
    /** Only a poor or near-poor household pledges to escape poverty. */
    NOT_ON_THE_LISTS("year"),
    /** A household pledges once a year. */
    ALREADY_PLEDGED("year"),
    /** The last member cannot depart; the case is closed instead. */
    LAST_MEMBER("memberId"),
    /** A repayment never takes a loan below zero. */
    REPAYMENT_EXCEEDS_OUTSTANDING("amount"),
    /** A voided loan takes no repayment. */
    LOAN_VOIDED(null),
    /** A loan with repayments that stand is not voided before them. */
    LOAN_HAS_REPAYMENTS("record"),
    /** A record is voided once. */
    ALREADY_VOIDED("record"),
    /** One member's health insurance periods never overlap. */
    INSURANCE_OVERLAP("validFrom"),
    /** A projection is rebuilt once at a time. */
    REBUILD_IN_PROGRESS(null),
    /** Another request changed the household at the same moment; sending again is safe. */
    CONCURRENT_MODIFICATION(null);

    private final String field;

    RuleCode(String field) {
        this.field = field;
    }

    /** The request field the rule is about, or null when it concerns the whole request. */
    public String field() {
        return field;
    }
}
