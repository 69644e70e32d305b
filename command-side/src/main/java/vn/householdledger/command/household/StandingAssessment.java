package vn.householdledger.command.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.PolicyGroup;
import vn.householdledger.events.household.ClassMove;

/**
 * An assessment that stands (was not voided), in its place among the household's: its own findings (id,
 * review year, date, class, policy group), and what its place makes of them: the class it follows, since
 * when the household has been of its class, the day it left the lists, and its move between classes.
 * The place follows from the assessments before it alone ({@link #following}), for a new assessment and,
 * when a voiding takes one out, for every one that stands ({@link #chain}): the household's status is
 * always its last standing assessment's.
 */
record StandingAssessment(UUID assessmentId, int year, LocalDate assessedOn, Classification classification,
                          PolicyGroup policyGroup, Classification previous, LocalDate since, LocalDate leftListsOn,
                          ClassMove move) {

    /**
     * The place of an assessment made after {@code before} (the standing ones, oldest first): a household
     * newly of a class has been of it since that day; one that leaves poverty or near-poverty for not poor
     * leaves the lists that day, and stays off them while not poor; into poverty is newly poor the first
     * time and a fall back after an escape, out of poverty an escape, near-poor to not poor an escape
     * from near-poverty.
     */
    static StandingAssessment following(List<StandingAssessment> before, UUID assessmentId, int year, LocalDate on,
                                        Classification now, PolicyGroup policyGroup) {
        StandingAssessment last = before.isEmpty() ? null : before.get(before.size() - 1);
        Classification previous = last == null ? null : last.classification();
        LocalDate since = now == previous ? last.since() : on;
        LocalDate left = now != Classification.NOT_POOR ? null
                : previous == Classification.NOT_POOR ? last.leftListsOn()
                : previous == null ? null : on;
        ClassMove move = null;
        if (now == Classification.POOR && previous != Classification.POOR) {
            move = lastEscape(before) == null ? ClassMove.BECAME_POOR : ClassMove.FELL_BACK;
        } else if (previous == Classification.POOR && now != Classification.POOR) {
            move = ClassMove.ESCAPED_POVERTY;
        } else if (previous == Classification.NEAR_POOR && now == Classification.NOT_POOR) {
            move = ClassMove.ESCAPED_NEAR_POVERTY;
        }
        return new StandingAssessment(assessmentId, year, on, now, policyGroup, previous, since, left, move);
    }

    /** Each of {@code standing} (oldest first) in the place the ones before it give it. */
    static List<StandingAssessment> chain(List<StandingAssessment> standing) {
        List<StandingAssessment> placed = new ArrayList<>();
        for (StandingAssessment a : standing) {
            placed.add(following(placed, a.assessmentId(), a.year(), a.assessedOn(), a.classification(), a.policyGroup()));
        }
        return placed;
    }

    /** The day of the last escape from poverty among {@code standing}, or null when it never escaped. */
    static LocalDate lastEscape(List<StandingAssessment> standing) {
        for (int i = standing.size() - 1; i >= 0; i--) {
            if (standing.get(i).move() == ClassMove.ESCAPED_POVERTY) {
                return standing.get(i).assessedOn();
            }
        }
        return null;
    }

    /** Whether {@code other} (the same assessment) stands in the same place: the same class before, dates and move. */
    boolean samePlaceAs(StandingAssessment other) {
        return Objects.equals(previous, other.previous()) && Objects.equals(since, other.since())
                && Objects.equals(leftListsOn, other.leftListsOn()) && move == other.move();
    }

    StandingAssessment withMove(ClassMove made) {
        return new StandingAssessment(assessmentId, year, assessedOn, classification, policyGroup, previous, since,
                leftListsOn, made);
    }
}
