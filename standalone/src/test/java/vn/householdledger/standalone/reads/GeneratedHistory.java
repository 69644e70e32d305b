package vn.householdledger.standalone.reads;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import vn.householdledger.api.statistics.Escape;

/**
 * A seeded multi-year history of households in three communes of their own (reviews of 2016–2018,
 * transfers, closures, assessments voided once all of a household's are recorded), and the test's own
 * model of what the reads must answer, computed from that history alone without any of the service's
 * code: a voided assessment counts nowhere, as if it had not been made.
 */
final class GeneratedHistory {

    static final List<String> COMMUNES = List.of("STAT_A", "STAT_B", "STAT_C");
    static final Map<String, String> AREA = Map.of("STAT_A", "RURAL", "STAT_B", "URBAN", "STAT_C", "RURAL");
    static final List<String> INDICATORS = List.of("HEALTH_INSURANCE", "HOUSING_QUALITY", "SANITARY_TOILET", "TELECOM_USE");
    static final List<String> CAUSES = List.of("LACK_CAPITAL", "LACK_LAND", "LACK_LABOUR", "LONG_ILLNESS", "OTHER");

    record Assessment(int year, LocalDate on, String commune, String classification, List<String> deprivations,
                      List<String> causes, boolean working, long income, boolean voided) {
    }

    /** Help recorded for a household; a voided one must not count. */
    record Help(String kind, LocalDate on, List<String> addresses, boolean voided) {
    }

    static final class Household {
        final String code;
        UUID id;
        final TreeMap<LocalDate, String> placements = new TreeMap<>();
        /** Every assessment recorded, voided ones too. */
        final List<Assessment> assessments = new ArrayList<>();
        final List<Help> help = new ArrayList<>();
        LocalDate closedOn;

        Household(String code) {
            this.code = code;
        }

        String communeOn(LocalDate day) {
            Map.Entry<LocalDate, String> entry = placements.floorEntry(day);
            return entry != null ? entry.getValue() : placements.firstEntry().getValue();
        }

        /** The assessments that stand: not voided. */
        List<Assessment> standing() {
            return assessments.stream().filter(a -> !a.voided()).toList();
        }

        /** The class decided by the last standing assessment on or before the day, or null. */
        String classOn(LocalDate day) {
            String last = null;
            for (Assessment a : standing()) {
                if (!a.on().isAfter(day)) {
                    last = a.classification();
                }
            }
            return last;
        }

        /**
         * The listed status on {@code day} (after the assessments decided by then) and since when, or null
         * while none stands: poor and near-poor since the first of the run of that class; not poor after leaving the
         * lists, newly escaped for 36 months from that day, then not poor; never listed, not poor since its
         * first such assessment.
         */
        List<String> statusOn(LocalDate day) {
            List<Assessment> standing = standing().stream().filter(a -> !a.on().isAfter(day)).toList();
            if (standing.isEmpty()) {
                return null;
            }
            int first = standing.size() - 1;
            String now = standing.get(first).classification();
            while (first > 0 && standing.get(first - 1).classification().equals(now)) {
                first--;
            }
            LocalDate since = standing.get(first).on();
            if (!now.equals("NOT_POOR") || first == 0) {
                return List.of(now, since.toString());
            }
            LocalDate followUpEnds = since.plusMonths(36);
            return day.isBefore(followUpEnds) ? List.of("NEWLY_ESCAPED", since.toString())
                    : List.of("NOT_POOR", followUpEnds.toString());
        }

        boolean closedBy(LocalDate day) {
            return closedOn != null && !closedOn.isAfter(day);
        }
    }

    final List<Household> households = new ArrayList<>();
    private final Random random;

    GeneratedHistory(long seed, int size, String codePrefix) {
        random = new Random(seed);
        for (int i = 0; i < size; i++) {
            Household h = new Household(codePrefix + "-" + i);
            h.placements.put(LocalDate.of(2016, 3, 1), pick(COMMUNES));
            households.add(h);
        }
        for (int year = 2016; year <= 2018; year++) {
            for (Household h : households) {
                if (year == 2017 && random.nextInt(6) == 0) {
                    String to = pick(COMMUNES);
                    if (!to.equals(h.communeOn(LocalDate.of(2017, 6, 1)))) {
                        h.placements.put(LocalDate.of(2017, 6, 1), to);
                    }
                }
                if (year == 2018 && random.nextInt(10) == 0) {
                    h.closedOn = LocalDate.of(2018, 5, 1);
                    continue;
                }
                if (random.nextInt(8) == 0) {
                    continue; // not reviewed this year
                }
                LocalDate on = random.nextInt(5) == 0 ? LocalDate.of(year, 12, 10) : LocalDate.of(year, 11, 15);
                String commune = h.communeOn(on);
                String classification = pick(List.of("POOR", "POOR", "NEAR_POOR", "NOT_POOR"));
                List<String> deprivations = subset(INDICATORS, classification.equals("NEAR_POOR") ? 2 : 2);
                List<String> causes = classification.equals("NOT_POOR") ? List.of() : subset(CAUSES, 2);
                h.assessments.add(new Assessment(year, on, commune, classification, deprivations, causes,
                        random.nextInt(3) > 0, income(classification, AREA.get(commune)), false));
            }
        }
        for (Household h : households) {
            if (h.closedOn == null && random.nextBoolean()) {
                h.help.add(new Help("LOAN", LocalDate.of(2018, 3, 1), List.of("LACK_CAPITAL", "HOUSING_QUALITY"), false));
            }
            if (h.closedOn == null && random.nextInt(3) == 0) {
                h.help.add(new Help("ASSISTANCE", LocalDate.of(2018, 4, 1), List.of("LONG_ILLNESS"), random.nextBoolean()));
            }
        }
        Random mistakes = new Random(seed + 1);
        for (Household h : households) {
            h.assessments.replaceAll(a -> mistakes.nextInt(5) == 0 ? new Assessment(a.year(), a.on(), a.commune(),
                    a.classification(), a.deprivations(), a.causes(), a.working(), a.income(), true) : a);
        }
    }

    /** Income in the class under VN_2016_2020 with at most two deprivations: by income alone. */
    static long income(String classification, String area) {
        boolean rural = area.equals("RURAL");
        return switch (classification) {
            case "POOR" -> rural ? 650_000 : 850_000;
            case "NEAR_POOR" -> rural ? 900_000 : 1_200_000;
            default -> rural ? 1_500_000 : 2_000_000;
        };
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private List<String> subset(List<String> values, int most) {
        List<String> chosen = new ArrayList<>();
        int n = random.nextInt(most + 1);
        while (chosen.size() < n) {
            String v = pick(values);
            if (!chosen.contains(v)) {
                chosen.add(v);
            }
        }
        return chosen;
    }

    // ---- the model of the reads ----

    /** Poor (index 0) and near-poor (1) households of a commune on a day, as the statistics count them. */
    long[] statuses(String commune, LocalDate day) {
        long[] counts = new long[2];
        for (Household h : households) {
            String c = h.classOn(day);
            if (c == null || h.closedBy(day) || !h.communeOn(day).equals(commune)) {
                continue;
            }
            if (c.equals("POOR")) {
                counts[0]++;
            } else if (c.equals("NEAR_POOR")) {
                counts[1]++;
            }
        }
        return counts;
    }

    /** Moves decided in a year in a commune: escaped, newly poor, fell back, escaped near-poverty. */
    long[] moves(String commune, int year) {
        long[] counts = new long[4];
        for (Household h : households) {
            List<Assessment> standing = h.standing();
            List<Integer> kinds = ClassMoves.of(standing.stream().map(Assessment::classification).toList());
            for (int i = 0; i < standing.size(); i++) {
                Assessment a = standing.get(i);
                if (kinds.get(i) >= 0 && a.on().getYear() == year && h.communeOn(a.on()).equals(commune)) {
                    counts[kinds.get(i)]++;
                }
            }
        }
        return counts;
    }

    /** An escape in the review of a year: the escaping assessment and the one before it. */
    record Escape(Household household, Assessment before, Assessment after) {

        List<String> causesAddressed() {
            List<String> addressed = new ArrayList<>();
            household.help.stream()
                    .filter(help -> !help.voided() && !help.on().isBefore(before.on()) && !help.on().isAfter(after.on()))
                    .forEach(help -> addressed.addAll(help.addresses()));
            return before.causes().stream().filter(addressed::contains).toList();
        }

        long helpCount() {
            return household.help.stream()
                    .filter(help -> !help.voided() && !help.on().isBefore(before.on()) && !help.on().isAfter(after.on()))
                    .count();
        }
    }

    /** Households whose assessment in the review of a year moved them out of POOR or NEAR_POOR. */
    List<Escape> escapes(int year) {
        List<Escape> found = new ArrayList<>();
        for (Household h : households) {
            List<Assessment> standing = h.standing();
            for (int i = 1; i < standing.size(); i++) {
                Assessment before = standing.get(i - 1);
                Assessment after = standing.get(i);
                boolean escaped = before.classification().equals("POOR") && !after.classification().equals("POOR")
                        || before.classification().equals("NEAR_POOR") && after.classification().equals("NOT_POOR");
                if (after.year() == year && escaped) {
                    found.add(new Escape(h, before, after));
                }
            }
        }
        return found;
    }

    /** The last standing assessment of each household in the review of a year, in a commune. */
    List<Assessment> reviewed(int year, String commune) {
        List<Assessment> found = new ArrayList<>();
        for (Household h : households) {
            Assessment last = null;
            for (Assessment a : h.standing()) {
                if (a.year() == year) {
                    last = a;
                }
            }
            if (last != null && last.commune().equals(commune)) {
                found.add(last);
            }
        }
        return found;
    }
}
