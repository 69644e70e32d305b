package vn.householdledger.web.review;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.householdledger.api.review.ComplaintState;
import vn.householdledger.api.review.ReviewHousehold;
import vn.householdledger.api.review.ReviewItem;
import vn.householdledger.api.review.ReviewStep;
import vn.householdledger.api.review.ReviewView;
import vn.householdledger.api.security.Role;
import vn.householdledger.web.Communes;
import vn.householdledger.web.Formats;
import vn.householdledger.web.SignedIn;
import vn.householdledger.web.table.Column;
import vn.householdledger.web.table.Table;

/**
 * What the review pages show of a review: its title, and their tables as shown and exported (the reviews
 * where they stand, and one review's households).
 */
@Component
public class ReviewTables {

    /** Where a household stands in its review, in words: what the review's read says of it, step by step. */
    enum Stage { LISTED, SURVEYED, AGREED, COMPLAINED, DECIDED }

    private final Communes communes;
    private final Formats fmt;

    public ReviewTables(Communes communes, Formats fmt) {
        this.communes = communes;
        this.fmt = fmt;
    }

    /** "Rà soát định kỳ năm 2025 — Xã Hà Lan": the review's kind, year and commune. */
    String title(ReviewView review) {
        return fmt.message("review.title." + review.kind(), review.year(),
                communes.names().getOrDefault(review.communeCode(), review.communeCode()));
    }

    /** Each review with its step, dates, counts and whether it is overdue; a row opens the review. */
    Table reviews(List<ReviewItem> items) {
        Map<String, String> names = communes.names();
        Table.Builder table = Table.builder("reviews", fmt.message("reviews.table"))
                .columns(Column.text(fmt.message("statistics.unit")), Column.text(fmt.message("filter.year")),
                        Column.code(fmt.message("review.kind"), "reviewKind"), Column.code(fmt.message("review.step"), "reviewStep"),
                        Column.date(fmt.message("review.openedOn")), Column.date(fmt.message("review.postingEndsOn")),
                        Column.date(fmt.message("review.decidedOn")), Column.text(fmt.message("review.decisionNumber")),
                        Column.number(fmt.message("review.listed")), Column.number(fmt.message("review.surveyed")),
                        Column.number(fmt.message("review.agreed")), Column.number(fmt.message("review.openComplaints")),
                        Column.number(fmt.message("review.decided")), Column.code(fmt.message("review.overdue"), "yesNo"));
        for (ReviewItem r : items) {
            table.row("/reviews/" + r.reviewId(), names.getOrDefault(r.communeCode(), r.communeCode()), Integer.toString(r.year()),
                    r.kind(), r.step(), r.openedOn(), r.postingEndsOn(), r.decidedOn(), r.decisionNumber(), r.listed(),
                    r.surveyed(), r.agreed(), r.openComplaints(), r.decided(), r.overdue());
        }
        return table.build();
    }

    /**
     * The review's households, by village then code: why each is reviewed, what its survey proposes, where
     * it stands, its complaint and what was decided. A row opens the survey for the commune's worker while
     * the review is undecided, else the household's page for those who read it.
     */
    Table households(ReviewView review) {
        Table.Builder table = Table.builder("households", fmt.message("review.households"))
                .columns(Column.text(fmt.message("household.code")), Column.text(fmt.message("household.head")),
                        Column.text(fmt.message("household.village")), Column.code(fmt.message("review.reason"), "listingReason"),
                        Column.code(fmt.message("review.proposed"), "classification"),
                        Column.code(fmt.message("review.stage"), "reviewStage"),
                        Column.code(fmt.message("review.complaint"), "complaintState"),
                        Column.code(fmt.message("review.recognised"), "classification"));
        for (ReviewHousehold h : review.households()) {
            table.row(link(review, h), h.code(), h.headName(), h.village(), h.reason(), h.proposedClassification(), stage(h),
                    h.complaint(), h.decidedClassification());
        }
        return table.build();
    }

    private static String link(ReviewView review, ReviewHousehold h) {
        SignedIn person = SignedIn.current();
        if (person.recordsFor(review.communeCode()) && review.step() != ReviewStep.DECIDED) {
            return "/reviews/" + review.reviewId() + "/households/" + h.householdId() + "/survey";
        }
        return person.is(Role.WORKER) || person.is(Role.AUDITOR) ? "/households/" + h.householdId() : null;
    }

    static Stage stage(ReviewHousehold h) {
        if (h.decidedClassification() != null) {
            return Stage.DECIDED;
        }
        if (h.complaint() == ComplaintState.OPEN) {
            return Stage.COMPLAINED;
        }
        if (h.agreed()) {
            return Stage.AGREED;
        }
        return h.proposedClassification() != null ? Stage.SURVEYED : Stage.LISTED;
    }
}
