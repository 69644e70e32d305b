package vn.householdledger.standalone.unit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import vn.householdledger.standalone.reads.ClassMoves;

/**
 * A seeded history across a merge: units A (rural commune) and B (urban ward) reviewed in 2023 and 2024,
 * one household moving from A to B in 2024, both merged into the ward C (established for it) on
 * 2025-07-01, households registered in C after, and the reviews of 2025 and 2026. With it, the test's own
 * model of every read under the units of a year ({@code then}: those in force at its end) or of today
 * ({@code current}), from these facts alone: a household counts in the unit its placement of the day
 * has become on the day the units are read.
 */
final class MergedHistory {

    static final String A = "UNIT_A";
    static final String B = "UNIT_B";
    static final String C = "UNIT_C";
    static final LocalDate MERGED_ON = LocalDate.of(2025, 7, 1);
    static final List<Integer> YEARS = List.of(2023, 2024, 2025, 2026);
    /** Each unit's households and poor target of a year, as the admin plans them. */
    static final Map<String, Map<Integer, long[]>> PLANS = Map.of(
            A, Map.of(2023, new long[] {400, 8}, 2024, new long[] {410, 6}, 2025, new long[] {420, 5}),
            B, Map.of(2023, new long[] {300, 4}, 2024, new long[] {310, 3}, 2025, new long[] {320, 3}),
            C, Map.of(2026, new long[] {760, 6}));
    static final List<String> DEPRIVATIONS = List.of("HOUSING_QUALITY", "SANITARY_TOILET", "DOMESTIC_WATER", "TELECOM_USE");
    static final List<String> CAUSES = List.of("LACK_CAPITAL", "LACK_LAND", "LONG_ILLNESS", "LACK_SKILLS");

    record Assessment(int year, LocalDate on, String classification, List<String> deprivations, List<String> causes,
                      boolean working) {

        /** Income and deprivations that make the class under every standard since 2021: line ≥ 1,500,000. */
        long income() {
            return classification.equals("NOT_POOR") ? 5_000_000 : 1_000_000;
        }
    }

    static final class Household {
        final String code;
        UUID id;
        final TreeMap<LocalDate, String> placements = new TreeMap<>();
        final List<Assessment> assessments = new ArrayList<>();

        Household(String code, LocalDate registeredOn, String unit) {
            this.code = code;
            placements.put(registeredOn, unit);
        }

        String placementOn(LocalDate day) {
            Map.Entry<LocalDate, String> entry = placements.floorEntry(day);
            return entry != null ? entry.getValue() : placements.firstEntry().getValue();
        }

        String classOn(LocalDate day) {
            String last = null;
            for (Assessment a : assessments) {
                if (!a.on().isAfter(day)) {
                    last = a.classification();
                }
            }
            return last;
        }
    }

    final List<Household> households = new ArrayList<>();

    MergedHistory(long seed, String prefix) {
        Random random = new Random(seed);
        for (int i = 0; i < 14; i++) {
            households.add(new Household(prefix + "-" + i, LocalDate.of(2022, 3, 1), i % 2 == 0 ? A : B));
        }
        households.get(0).placements.put(LocalDate.of(2024, 6, 1), B);
        for (int i = 14; i < 17; i++) {
            households.add(new Household(prefix + "-" + i, LocalDate.of(2025, 8, 1), C));
        }
        for (int year : YEARS) {
            LocalDate on = LocalDate.of(year, 11, 20);
            for (Household h : households) {
                if (h.placements.firstKey().isAfter(on) || random.nextInt(7) == 0) {
                    continue;
                }
                String classification = List.of("POOR", "POOR", "NEAR_POOR", "NOT_POOR").get(random.nextInt(4));
                List<String> deprivations = classification.equals("POOR")
                        ? pick(random, DEPRIVATIONS, 3 + random.nextInt(2)) : pick(random, DEPRIVATIONS, random.nextInt(3));
                List<String> causes = classification.equals("NOT_POOR") ? List.of() : pick(random, CAUSES, 1 + random.nextInt(2));
                h.assessments.add(new Assessment(year, on, classification, deprivations, causes, random.nextInt(3) > 0));
            }
        }
    }

    private static List<String> pick(Random random, List<String> values, int n) {
        List<String> chosen = new ArrayList<>();
        while (chosen.size() < n) {
            String v = values.get(random.nextInt(values.size()));
            if (!chosen.contains(v)) {
                chosen.add(v);
            }
        }
        return chosen;
    }

    // ---- the model of the reads ----

    /** The unit a household of {@code unit} belongs to among the units in force on {@code unitsOn}. */
    static String unitOn(String unit, LocalDate unitsOn) {
        return !unitsOn.isBefore(MERGED_ON) && (unit.equals(A) || unit.equals(B)) ? C : unit;
    }

    /** This history's units in force on a day. */
    static List<String> inForce(LocalDate day) {
        return day.isBefore(MERGED_ON) ? List.of(A, B) : List.of(C);
    }

    /** The day a year is read under: its last day (today while it runs) for {@code then}, today for {@code current}. */
    static LocalDate unitsOn(int year, boolean current, LocalDate today) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return current || end.isAfter(today) ? today : end;
    }

    /** Households and poor target of a row: the plans of every unit it has by {@code unitsOn}; target null without one. */
    static Long[] plan(String row, int year, LocalDate unitsOn) {
        long households = 0;
        Long target = null;
        for (var unit : PLANS.entrySet()) {
            long[] plan = unit.getValue().get(year);
            if (plan != null && unitOn(unit.getKey(), unitsOn).equals(row)) {
                households += plan[0];
                target = (target == null ? 0 : target) + plan[1];
            }
        }
        return new Long[] {households, target};
    }

    /** Poor (0) and near-poor (1) households of a row on a day. */
    long[] statuses(String row, LocalDate day, LocalDate unitsOn) {
        long[] counts = new long[2];
        for (Household h : households) {
            String c = h.classOn(day);
            if (c != null && unitOn(h.placementOn(day), unitsOn).equals(row)) {
                counts[0] += c.equals("POOR") ? 1 : 0;
                counts[1] += c.equals("NEAR_POOR") ? 1 : 0;
            }
        }
        return counts;
    }

    /** Moves decided in a year in a row: escaped (0), newly poor (1), fell back (2), escaped near-poverty (3). */
    long[] moves(String row, int year, LocalDate unitsOn) {
        long[] counts = new long[4];
        for (Household h : households) {
            List<Integer> kinds = ClassMoves.of(h.assessments.stream().map(Assessment::classification).toList());
            for (int i = 0; i < h.assessments.size(); i++) {
                Assessment a = h.assessments.get(i);
                if (kinds.get(i) >= 0 && a.year() == year && unitOn(h.placementOn(a.on()), unitsOn).equals(row)) {
                    counts[kinds.get(i)]++;
                }
            }
        }
        return counts;
    }

    /** Each household's code and unit, of those a year's review moved out of poverty or near-poverty. */
    Map<String, String> escapes(int year, LocalDate unitsOn) {
        Map<String, String> found = new TreeMap<>();
        for (Household h : households) {
            for (int i = 1; i < h.assessments.size(); i++) {
                String before = h.assessments.get(i - 1).classification();
                Assessment after = h.assessments.get(i);
                boolean escaped = before.equals("POOR") && !after.classification().equals("POOR")
                        || before.equals("NEAR_POOR") && after.classification().equals("NOT_POOR");
                if (after.year() == year && escaped) {
                    found.put(h.code, unitOn(h.placementOn(after.on()), unitsOn));
                }
            }
        }
        return found;
    }

    /** The last assessment of each household in the review of a year, with the unit it counts in. */
    Map<Household, Assessment> reviewed(int year) {
        Map<Household, Assessment> found = new LinkedHashMap<>();
        for (Household h : households) {
            h.assessments.stream().filter(a -> a.year() == year).reduce((x, y) -> y).ifPresent(a -> found.put(h, a));
        }
        return found;
    }

    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
