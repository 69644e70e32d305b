package vn.householdledger.standard;

import java.util.List;
import java.util.Objects;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.PovertyBasis;

/**
 * Why an assessment is of its class, as facts rather than words: the income per person, each line of the
 * standard it was compared with (in the order the rule compared them) and on which side it fell, the
 * deprivations counted against the threshold when they decided, and the class and basis that followed.
 * Events keep these facts; words are made of them when they are read, in the reader's language.
 *
 * @param deprivations the count of deprivations when it decided the class, else null
 * @param threshold    the standard's threshold when the count decided, else null
 */
public record Explanation(String standard, Area area, long income, List<Comparison> lines, Integer deprivations,
                          Integer threshold, Classification classification, PovertyBasis basis) {

    /** The lines of a standard that income is compared with. */
    public enum Line {
        /** 2016–2020: at or below it, poor by income. */
        POVERTY_LINE,
        /** 2016–2020: above it, not poor. */
        NEAR_POOR_LINE,
        /** From 2021: the one income line. */
        INCOME_LINE
    }

    /** The income compared with {@code line}, of {@code amount}: above it, or at or below it. */
    public record Comparison(Line line, long amount, boolean above) {
    }

    public Explanation {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(classification, "classification");
        lines = List.copyOf(lines);
        if ((deprivations == null) != (threshold == null)) {
            throw new IllegalArgumentException("deprivations and their threshold decide together");
        }
    }
}
