package vn.householdledger.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.api.unit.UnitChangeKind;
import vn.householdledger.command.commune.ChangeUnits;
import vn.householdledger.command.commune.PlanCommuneYear;
import vn.householdledger.command.commune.RegisterCommune;
import vn.householdledger.command.commune.RegisterProvince;
import vn.householdledger.demo.Draft.Route;
import vn.householdledger.demo.TownFigures.Unit;
import vn.householdledger.standard.PovertyStandard;
import vn.householdledger.standard.PovertyStandards;

/**
 * A town's history of 2016–2018, generated from its plan's figures and a seed; the same seed gives
 * the same plan. The units with their households and targets for 2017 and 2018; the review of 2016
 * (the poor and near-poor at the start of 2017, rural and urban at the plan's rates); the review of
 * 2017, exactly as the plan reports it (poor per unit, near-poor, social protection, the causes
 * mention for mention, deprivations at the plan's shares), held step by step in each unit
 * ({@link HeldReview}); the help of 2018 ({@link Help}); and a
 * simulated review of 2018 that reaches each unit's target. Incomes and deprivations are chosen so
 * that the real poverty standard of each review computes the intended class.
 */
final class TownHistory {

    // The plan does not say how households moved during 2017; these are the demo's assumptions.
    /** Poor at the start of 2017 found near-poor at its end. */
    static final int ESCAPED_TO_NEAR_POOR_2017 = 50;
    /** Near-poor at the start of 2017 found poor at its end. */
    static final int NEAR_POOR_FELL_2017 = 12;
    /** Households not on the lists at the start of 2017 found poor, and near-poor, at its end. */
    static final int OTHERS_NEWLY_POOR_2017 = 20;
    static final int NEWLY_NEAR_POOR_2017 = 22;
    /** Near-poor households the simulated review of 2018 finds poor. */
    static final int NEWLY_POOR_2018 = 8;
    static final int HELP_YEAR = 2018;
    /** The review held step by step through the review's commands; the others are brought in as assessments. */
    static final int HELD_YEAR = 2017;
    /** The day the town's province and units entered the reference data. */
    private static final LocalDate REGISTERED = LocalDate.of(2016, 1, 1);
    /** The indicators the plan calls lower than those it gives: how many poor households lack each. */
    private static final Map<String, Integer> LOWER_DEPRIVATIONS =
            Map.of("ADULT_EDUCATION", 5, "INFORMATION_ASSETS", 4, "CHILD_SCHOOLING", 3);
    /** What near-poor and newly escaped households still lack, at most two of. */
    private static final List<String> LESSER_DEPRIVATIONS = List.of("HEALTH_INSURANCE", "HEALTH_SERVICE_ACCESS",
            "HOUSING_QUALITY", "HOUSING_AREA", "SANITARY_TOILET", "TELECOM_USE");
    /** Weights of household sizes from one person: families that can work, and the elderly who cannot. */
    private static final int[] FAMILY_SIZES = {6, 18, 30, 28, 12, 4, 2};
    private static final int[] ELDERLY_SIZES = {45, 40, 15};
    private static final int MOST_MEMBERS = FAMILY_SIZES.length;

    private final TownFigures figures;
    private final Random random;
    private final People people;
    private final List<Draft> drafts = new ArrayList<>();

    private TownHistory(TownFigures figures, long seed) {
        this.figures = figures;
        this.random = new Random(seed);
        this.people = new People(random);
    }

    static DemoPlan generate(TownFigures figures, long seed) {
        return new TownHistory(figures, seed).plan();
    }

    private DemoPlan plan() {
        routes();
        identities();
        causes();
        members();
        reviews();
        new Help(figures, random).give(drafts);
        review2018();
        Administration administration = figures.administration();
        List<DemoPlan.Step> units = new ArrayList<>();
        units.add(DemoPlan.Step.of(new RegisterProvince(administration.provinceCode(), administration.provinceName(),
                administration.provinceOfficialCode(), REGISTERED)));
        for (Unit unit : figures.units()) {
            units.add(DemoPlan.Step.of(new RegisterCommune(unit.code(), unit.name(), unit.kind(), unit.area(), REGISTERED, null,
                    administration.provinceCode(), administration.officialCode(unit.code()), administration.district())));
            // The plan gives no targets for 2017: the demo plans 2017 to the result its review reached.
            units.add(DemoPlan.Step.of(new PlanCommuneYear(unit.code(), 2017, unit.households(), unit.poorStart2018(),
                    LocalDate.of(2017, 1, 16))));
            units.add(DemoPlan.Step.of(new PlanCommuneYear(unit.code(), 2018, unit.households(),
                    unit.poorTargetEnd2018(), LocalDate.of(2018, 1, 16))));
        }
        List<HeldReview> held = new ArrayList<>();
        for (int u = 0; u < figures.units().size(); u++) {
            held.add(HeldReview.of(figures.units().get(u), u, drafts, HELD_YEAR));
        }
        return new DemoPlan(units, drafts.stream().map(d -> d.before(HELD_YEAR)).toList(), held,
                drafts.stream().map(d -> d.after(HELD_YEAR)).toList(), arrangement(administration));
    }

    /**
     * The later arrangement of the town's units: each new unit registered, established on the act's effective date
     * in the town's province, and the units it is formed from merged into it that day, by that act.
     */
    private static List<DemoPlan.Step> arrangement(Administration administration) {
        List<DemoPlan.Step> steps = new ArrayList<>();
        for (Administration.NewUnit unit : administration.arrangement()) {
            steps.add(DemoPlan.Step.of(new RegisterCommune(unit.code(), unit.name(), unit.kind(), unit.area(),
                    administration.effectiveOn(), administration.effectiveOn(), administration.provinceCode(), unit.officialCode(),
                    null)));
            steps.add(DemoPlan.Step.of(new ChangeUnits(DemoPlan.id("arrangement/" + unit.code()), UnitChangeKind.MERGE,
                    administration.effectiveOn(), administration.reference(), unit.from(), unit.code(), null, null, null, null,
                    null)));
        }
        return steps;
    }

    /** How many households of each unit took each route through the reviews of 2016 and 2017. */
    private void routes() {
        List<Unit> units = figures.units();
        int[] poor17 = units.stream().mapToInt(Unit::poorStart2018).toArray();
        int[] poor16 = poorAtStart2017(poor17);
        int[] near17 = Shares.split(figures.nearPoorEnd2017(), poor17);
        int[] near16 = Shares.split(figures.nearPoorStart2017(), poor16);
        int[] social = Shares.split(figures.socialProtectionEnd2017(), poor17);
        int[] toNear = Shares.split(ESCAPED_TO_NEAR_POOR_2017, poor16);
        int[] fell = Shares.split(NEAR_POOR_FELL_2017, poor17);
        int[] newlyPoor = Shares.split(OTHERS_NEWLY_POOR_2017, poor17);
        int[] newlyNear = Shares.split(NEWLY_NEAR_POOR_2017, near17);
        for (int u = 0; u < units.size(); u++) {
            int stayed = poor17[u] - fell[u] - newlyPoor[u];
            int escaped = poor16[u] - stayed - toNear[u];
            int nearStayed = near17[u] - toNear[u] - newlyNear[u];
            int nearEscaped = near16[u] - fell[u] - nearStayed;
            if (Math.min(Math.min(stayed - social[u], escaped), Math.min(nearStayed, nearEscaped)) < 0) {
                throw new IllegalArgumentException("The figures of " + units.get(u).code()
                        + " leave no room for the demo's flows");
            }
            add(u, Route.POOR_SOCIAL_PROTECTION, social[u]);
            add(u, Route.POOR_STAYED, stayed - social[u]);
            add(u, Route.POOR_TO_NEAR_POOR, toNear[u]);
            add(u, Route.POOR_ESCAPED, escaped);
            add(u, Route.NEAR_POOR_FELL, fell[u]);
            add(u, Route.NEAR_POOR_STAYED, nearStayed);
            add(u, Route.NEAR_POOR_ESCAPED, nearEscaped);
            add(u, Route.NEWLY_POOR, newlyPoor[u]);
            add(u, Route.NEWLY_NEAR_POOR, newlyNear[u]);
        }
    }

    /** The poor at the start of 2017 per unit: rural units at the plan's rural rate, the rest urban. */
    private int[] poorAtStart2017(int[] poor17) {
        List<Unit> units = figures.units();
        int ruralHouseholds = units.stream().filter(u -> u.area() == Area.RURAL).mapToInt(Unit::households).sum();
        int rural = BigDecimal.valueOf(ruralHouseholds).multiply(figures.ruralPoorRateStart2017())
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).intValueExact();
        int[] poor16 = new int[units.size()];
        for (Area area : Area.values()) {
            int[] weights = new int[units.size()];
            for (int u = 0; u < units.size(); u++) {
                weights[u] = units.get(u).area() == area ? poor17[u] : 0;
            }
            int[] parts = Shares.split(area == Area.RURAL ? rural : figures.poorStart2017() - rural, weights);
            for (int u = 0; u < units.size(); u++) {
                poor16[u] += parts[u];
            }
        }
        return poor16;
    }

    private void add(int unitIndex, Route route, int count) {
        for (int i = 0; i < count; i++) {
            drafts.add(new Draft(figures.units().get(unitIndex), unitIndex, route));
        }
    }

    /** Codes (the unit's initials and a number), ids, villages or quarters, addresses and registration days. */
    private void identities() {
        List<Draft> mixed = new ArrayList<>();
        for (Unit unit : figures.units()) {
            List<Draft> ofUnit = Shares.pick(drafts, d -> d.unit == unit, random);
            String prefix = initials(unit.code());
            boolean rural = unit.area() == Area.RURAL;
            for (int i = 0; i < ofUnit.size(); i++) {
                Draft d = ofUnit.get(i);
                d.code = String.format(Locale.ROOT, "%s-%04d", prefix, i + 1);
                d.id = DemoPlan.id(d.code);
                d.village = rural ? "Thôn " + (1 + random.nextInt(8)) : "Khu phố " + (1 + random.nextInt(12));
                d.address = "Số " + (1 + random.nextInt(150)) + (rural ? "" : ", ngõ " + (1 + random.nextInt(20))) + ", "
                        + lowerFirst(d.village) + ", " + lowerFirst(unit.name());
                boolean listedIn2016 = d.route.in2016 != null || random.nextInt(10) < 6;
                d.registeredOn = listedIn2016 ? LocalDate.of(2016, 1, 4).plusDays(random.nextInt(281))
                        : LocalDate.of(2017, 1, 5).plusDays(random.nextInt(271));
            }
            mixed.addAll(ofUnit);
        }
        drafts.clear();
        drafts.addAll(mixed);
    }

    /** The plan's cause mentions, dealt to the poor of 2017 who can work: one or two causes each. */
    private void causes() {
        List<Draft> able = drafts.stream().filter(d -> d.route.in2017 == Classification.POOR && d.working).toList();
        List<PovertyCause> mentions = new ArrayList<>();
        figures.causeMentions().forEach((cause, count) -> mentions.addAll(Collections.nCopies(count, cause)));
        List<List<PovertyCause>> dealt = Shares.deal(mentions, able.size(), random);
        for (int i = 0; i < able.size(); i++) {
            able.get(i).causes = dealt.get(i);
        }
    }

    /** Household sizes, the near-poor of 2017 adding up to the plan's near-poor persons, then the people. */
    private void members() {
        int[] sizes = new int[drafts.size()];
        for (int i = 0; i < sizes.length; i++) {
            Draft d = drafts.get(i);
            sizes[i] = !d.working ? 1 + weighted(ELDERLY_SIZES)
                    : d.causes.contains(PovertyCause.MANY_DEPENDANTS) ? 5 + random.nextInt(3) : 1 + weighted(FAMILY_SIZES);
        }
        List<Integer> nearPoor = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            if (drafts.get(i).route.in2017 == Classification.NEAR_POOR) {
                nearPoor.add(i);
            }
        }
        int persons = nearPoor.stream().mapToInt(i -> sizes[i]).sum();
        while (persons != figures.nearPoorPersons()) {
            int i = nearPoor.get(random.nextInt(nearPoor.size()));
            int step = persons > figures.nearPoorPersons() ? -1 : 1;
            if (sizes[i] + step >= 1 && sizes[i] + step <= MOST_MEMBERS) {
                sizes[i] += step;
                persons += step;
            }
        }
        for (int i = 0; i < sizes.length; i++) {
            Draft d = drafts.get(i);
            d.members = people.household(d.code, sizes[i], d.working);
        }
    }

    /** The reviews of 2016 and 2017: what each found and the class it must come to. */
    private void reviews() {
        List<Draft> poor17 = drafts.stream().filter(d -> d.route.in2017 == Classification.POOR).toList();
        Map<Draft, List<String>> found17 = deprivationsOfThePoor(poor17, reviewDay(2017, 0));
        for (Draft d : drafts) {
            List<String> in2017 = found17.getOrDefault(d, List.of());
            if (d.route.in2016 != null) {
                List<String> in2016 = d.route.in2016 != Classification.POOR ? lesserDeprivations(2)
                        : d.route.in2017 == Classification.POOR ? in2017 : drawDeprivations();
                List<PovertyCause> causes = d.route.in2016 != Classification.POOR || !d.working ? List.of()
                        : d.route.in2017 == Classification.POOR ? d.causes : drawCauses();
                review(d, 2016, d.route.in2016, in2016, causes, false);
            }
            List<String> deprivations = switch (d.route.in2017) {
                case POOR -> in2017;
                case NEAR_POOR -> lesserDeprivations(2);
                case NOT_POOR -> lesserDeprivations(1);
            };
            review(d, 2017, d.route.in2017, deprivations, d.causes, false);
        }
    }

    /**
     * Each indicator among the poor of 2017: the plan's share of them, or for the indicators it calls
     * lower, a few households; only households with a member of the indicator's ages qualify.
     */
    private Map<Draft, List<String>> deprivationsOfThePoor(List<Draft> poor, LocalDate reviewDay) {
        Map<Draft, List<String>> found = new HashMap<>();
        for (String indicator : standard(2017).indicators()) {
            BigDecimal percent = figures.deprivationPercents().get(indicator);
            int count = percent == null ? LOWER_DEPRIVATIONS.getOrDefault(indicator, 0)
                    : percent.multiply(BigDecimal.valueOf(poor.size())).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                            .intValueExact();
            Predicate<Draft> qualifies = switch (indicator) {
                case "CHILD_SCHOOLING" -> d -> d.hasMemberAged(5, 14, reviewDay);
                case "ADULT_EDUCATION" -> d -> d.hasMemberAged(15, 30, reviewDay);
                case "HEALTH_INSURANCE" -> d -> d.hasMemberAged(6, 200, reviewDay);
                default -> d -> true;
            };
            List<Draft> eligible = Shares.pick(poor, qualifies, random);
            if (eligible.size() < count) {
                throw new IllegalStateException("Too few poor households can lack " + indicator);
            }
            eligible.subList(0, count).forEach(d -> found.computeIfAbsent(d, k -> new ArrayList<>()).add(indicator));
        }
        return found;
    }

    /** The simulated review of 2018: each unit's poor come down to its target exactly. */
    private void review2018() {
        List<Unit> units = figures.units();
        int[] newlyPoor = Shares.split(NEWLY_POOR_2018, units.stream().mapToInt(Unit::poorStart2018).toArray());
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            List<Draft> ofUnit = drafts.stream().filter(d -> d.unit == unit).toList();
            List<Draft> able = Shares.pick(ofUnit, d -> d.classIn(2017) == Classification.POOR && d.working, random);
            able.sort(Comparator.comparing((Draft d) -> !d.borrowed)); // those who borrowed escape first
            int escapes = unit.poorStart2018() - unit.poorTargetEnd2018() + newlyPoor[u];
            if (escapes < 0 || escapes > able.size()) {
                throw new IllegalArgumentException("The target of " + unit.code()
                        + " cannot be reached by the poor who can work");
            }
            Set<Draft> escaping = Set.copyOf(able.subList(0, escapes));
            List<Draft> falling = Shares.pick(ofUnit, d -> d.classIn(2017) == Classification.NEAR_POOR
                    && d.route.in2016 != Classification.POOR, random).subList(0, newlyPoor[u]);
            for (Draft d : ofUnit) {
                Classification before = d.classIn(2017);
                if (before == Classification.NOT_POOR) {
                    continue; // newly escaped: not reviewed again
                }
                Classification after = escaping.contains(d)
                        ? (random.nextInt(10) < 6 ? Classification.NEAR_POOR : Classification.NOT_POOR)
                        : falling.contains(d) ? Classification.POOR
                        : before == Classification.NEAR_POOR && random.nextInt(5) == 0 ? Classification.NOT_POOR
                        : before;
                List<String> left = d.reviews.get(2017).deprivations().stream()
                        .filter(indicator -> !d.addressed.contains(indicator)).toList();
                int nearPoorMost = standard(2018).deprivationThreshold() - 1;
                List<String> deprivations = after == Classification.NEAR_POOR
                        ? left.subList(0, Math.min(nearPoorMost, left.size())) : left;
                List<PovertyCause> causes = after != Classification.POOR || !d.working ? List.of()
                        : falling.contains(d) ? drawCauses() : d.causes;
                review(d, 2018, after, deprivations, causes, true);
            }
        }
    }

    private void review(Draft d, int year, Classification expected, List<String> deprivations, List<PovertyCause> causes,
                        boolean simulated) {
        boolean byServices = expected == Classification.POOR && deprivations.size() >= standard(year).deprivationThreshold()
                && random.nextBoolean();
        d.reviews.put(year, new Draft.Review(year, reviewDay(year, d.unitIndex), expected,
                income(expected, byServices, d.unit.area(), year), List.copyOf(deprivations), causes, simulated));
    }

    /**
     * A monthly income per person that puts the household in the class under the standard of the
     * review: at most the poverty line when poor by income; between the lines when poor for lack of
     * basic services (with enough deprivations) or near-poor; above the near-poor line otherwise.
     */
    private long income(Classification expected, boolean byServices, Area area, int year) {
        PovertyStandard standard = standard(year);
        long poverty = standard.incomeLines().forArea(area);
        long nearPoor = standard.nearPoorLines().forArea(area);
        long step = 10_000;
        if (expected == Classification.POOR && !byServices) {
            return poverty - step * random.nextInt((int) (poverty * 45 / 100 / step) + 1);
        }
        if (expected == Classification.NOT_POOR) {
            return nearPoor + step * (1 + random.nextInt(120));
        }
        return poverty + step * (1 + random.nextInt((int) ((nearPoor - poverty) / step)));
    }

    /** Each unit reviews in its own fortnight of November and December. */
    private LocalDate reviewDay(int year, int unitIndex) {
        return LocalDate.of(year, 11, 5).plusDays(3L * unitIndex + random.nextInt(15));
    }

    /** What a poor household lacked at the plan's shares, before 2017. */
    private List<String> drawDeprivations() {
        return standard(2016).indicators().stream().filter(indicator -> {
            BigDecimal percent = figures.deprivationPercents().getOrDefault(indicator, BigDecimal.valueOf(15, 1));
            return random.nextInt(10_000) < percent.movePointRight(2).intValue();
        }).toList();
    }

    /** Up to {@code most} of the lesser deprivations, fewer more often. */
    private List<String> lesserDeprivations(int most) {
        int count = Math.min(most, random.nextInt(20) < 10 ? 0 : random.nextInt(20) < 14 ? 1 : 2);
        List<String> picked = new ArrayList<>(LESSER_DEPRIVATIONS);
        Collections.shuffle(picked, random);
        Set<String> chosen = Set.copyOf(picked.subList(0, count));
        return standard(2016).indicators().stream().filter(chosen::contains).toList();
    }

    /** One or two causes, drawn as often as the plan finds each. */
    private List<PovertyCause> drawCauses() {
        List<PovertyCause> causes = new ArrayList<>();
        int wanted = random.nextInt(10) < 6 ? 2 : 1;
        int total = figures.causeMentions().values().stream().mapToInt(Integer::intValue).sum();
        while (causes.size() < wanted) {
            int pick = random.nextInt(total);
            for (Map.Entry<PovertyCause, Integer> cause : figures.causeMentions().entrySet()) {
                pick -= cause.getValue();
                if (pick < 0) {
                    if (!causes.contains(cause.getKey())) {
                        causes.add(cause.getKey());
                    }
                    break;
                }
            }
        }
        return List.copyOf(causes);
    }

    private int weighted(int[] weights) {
        int pick = random.nextInt(Arrays.stream(weights).sum());
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    static PovertyStandard standard(int reviewYear) {
        return PovertyStandards.forReview(ReviewKind.PERIODIC, reviewYear)
                .orElseThrow(() -> new IllegalStateException("No poverty standard for the review of " + reviewYear));
    }

    /** HA_LAN → HL. */
    private static String initials(String code) {
        StringBuilder initials = new StringBuilder();
        for (String word : code.split("_")) {
            initials.append(word.charAt(0));
        }
        return initials.toString();
    }

    static String lowerFirst(String text) {
        return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
