package vn.householdledger.command.review;

import java.text.Normalizer;
import vn.householdledger.events.review.HouseholdSurveyed;

/**
 * A listed household as its review knows it: the village whose meeting agrees its result, its latest
 * survey (null before the first), whether that survey still stands (a dispute or an upheld complaint takes
 * it back: a new survey is needed) and whether a meeting agreed it.
 */
record ReviewedHousehold(String village, HouseholdSurveyed survey, boolean surveyStands, boolean agreed) {

    static ReviewedHousehold listed(String village) {
        return new ReviewedHousehold(village, null, false, false);
    }

    boolean surveyed() {
        return survey != null;
    }

    /** Whether {@code name} is this household's village, however its accents were composed and whatever its case. */
    boolean livesIn(String name) {
        return name != null && village != null && normal(name).equalsIgnoreCase(normal(village));
    }

    /** A new survey replaces the proposal and takes back its agreement. */
    ReviewedHousehold surveyedAgain(HouseholdSurveyed latest) {
        return new ReviewedHousehold(village, latest, true, false);
    }

    ReviewedHousehold agreedByItsMeeting() {
        return new ReviewedHousehold(village, survey, surveyStands, true);
    }

    /** Disputed by its meeting or its complaint upheld: it needs a new survey and a meeting. */
    ReviewedHousehold takenBack() {
        return new ReviewedHousehold(village, survey, false, false);
    }

    private static String normal(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    }
}
