package vn.householdledger.api.problem;

/**
 * The business rules a command can break, each answered {@code 409} with its code, and the request
 * field each is about (null when it concerns the request as a whole), so that a form shows the
 * refusal beside the field the person can mend. Where one code covers dates of several requests, the
 * problem's {@code errors} name the field as well.
 */
public enum RuleCode {
    /** A household code (mã hộ) or a commune code belongs to one household or commune, for ever. */
    DUPLICATE_CODE("code"),
    /** A national id belongs to one open household at most. */
    DUPLICATE_NATIONAL_ID("members"),
    /** A closed case takes no more commands. */
    HOUSEHOLD_CLOSED(null),
    /** Only a closed case is erased: an open one is still being worked on. */
    HOUSEHOLD_OPEN(null),
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
    /** A commune has one undecided review of a kind at a time. */
    REVIEW_ALREADY_OPEN("kind"),
    /** A review takes the households of its own commune only. */
    NOT_IN_COMMUNE("householdId"),
    /** A household is listed once in a review. */
    ALREADY_IN_REVIEW("householdId"),
    /** A decided review takes no more steps. */
    REVIEW_DECIDED(null),
    /** A step names a household the review has not listed. */
    NOT_IN_REVIEW("householdId"),
    /** A posted review takes no survey until a complaint is upheld. */
    REVIEW_POSTED(null),
    /** A meeting agrees or disputes only surveyed households. */
    NOT_SURVEYED("agreed"),
    /** Every surveyed household's latest survey is agreed before posting and deciding. */
    NOT_AGREED(null),
    /** A review with no agreed household has nothing to post. */
    NOTHING_TO_POST(null),
    /** Complaints come, and the chair decides, only after the results were posted. */
    NOT_POSTED(null),
    /** The chair decides on or after the day the posting ends. */
    POSTING_NOT_OVER("decidedOn"),
    /** The chair decides once every complaint is resolved. */
    COMPLAINTS_OPEN(null),
    /** A complaint is resolved once. */
    COMPLAINT_RESOLVED("complaintId"),
    /** Only a poor or near-poor household has a certificate. */
    NOT_LISTED(null),
    /** An assessment is voided once. */
    ASSESSMENT_ALREADY_VOIDED("assessmentId"),
    /**
     * Nothing about a household is dated before its registration (a loan, a repayment, a card, help, an
     * assessment, a member joining or leaving, a transfer, a closure, a pledge). The date refused differs
     * by request, so the problem's {@code errors} name it.
     */
    DATED_BEFORE_REGISTRATION(null),
    /** A household's transfer is not dated before its last one. */
    TRANSFER_OUT_OF_ORDER("date"),
    /** A unit that has merged into another or was dissolved takes no change and no household after that day. */
    UNIT_DISSOLVED("from"),
    /** A unit changes, and takes households, only from the day it was established. */
    DATED_BEFORE_UNIT("effectiveOn"),
    /** A unit takes one change of a kind on one day: a second that says otherwise conflicts with it. */
    CONFLICTING_CHANGE("effectiveOn"),
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
