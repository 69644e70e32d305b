package vn.householdledger.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.assistance.AssistanceKind;
import vn.householdledger.api.assistance.LoanProgramme;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.commune.CommuneKind;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.api.household.Relation;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.api.unit.UnitChangeKind;
import vn.householdledger.command.commune.ChangeUnits;
import vn.householdledger.command.commune.PlanCommuneYear;
import vn.householdledger.command.commune.RegisterCommune;
import vn.householdledger.command.commune.RegisterProvince;
import vn.householdledger.command.household.AssessHousehold;
import vn.householdledger.command.household.DisburseLoan;
import vn.householdledger.command.household.IssueHealthInsurance;
import vn.householdledger.command.household.ProvideAssistance;
import vn.householdledger.command.household.RegisterHousehold;
import vn.householdledger.command.review.DecideReview;
import vn.householdledger.command.review.HoldVillageMeeting;
import vn.householdledger.command.review.ListHousehold;
import vn.householdledger.command.review.OpenReview;
import vn.householdledger.command.review.PostReview;
import vn.householdledger.command.review.SurveyHousehold;
import vn.householdledger.events.household.Member;
import vn.householdledger.standard.PovertyStandards;

/** The generated history of Bỉm Sơn against the plan, without the service: pure code from figures and a seed. */
class TownHistoryTest {

    private static final List<ExpectedUnits.Unit> UNITS = ExpectedUnits.read();
    private static DemoPlan plan;
    private static final Map<String, Area> AREA = new HashMap<>();

    @BeforeAll
    static void generate() {
        plan = TownHistory.generate(TownFigures.load("bim-son-2018"), DemoLoader.SEED);
        UNITS.forEach(u -> AREA.put(u.code(), Area.valueOf(u.area())));
    }

    /** What a review found of a household: an assessment's findings, or a held review's survey. */
    private record Found(int year, long incomePerCapitaMonthly, List<String> deprivations, List<PovertyCause> causes,
                         boolean hasWorkingMember) {

        static Found of(AssessHousehold a) {
            return new Found(a.year(), a.incomePerCapitaMonthly(), a.deprivations(), a.causes(), a.hasWorkingMember());
        }

        static Found of(SurveyHousehold s, int year) {
            return new Found(year, s.incomePerCapitaMonthly(), s.deprivations(), s.causes(), s.hasWorkingMember());
        }
    }

    /** Each household's commands, its earlier history and its later, in order. */
    private static List<List<DemoPlan.Step>> householdSteps() {
        List<List<DemoPlan.Step>> steps = new ArrayList<>();
        for (int i = 0; i < plan.households().size(); i++) {
            List<DemoPlan.Step> ofHousehold = new ArrayList<>(plan.households().get(i));
            ofHousehold.addAll(plan.later().get(i));
            steps.add(ofHousehold);
        }
        return steps;
    }

    /** What the review of {@code year} found of each household it reviewed: by assessment, or by a held review's survey. */
    private static Map<RegisterHousehold, Found> reviewed(int year) {
        Map<UUID, RegisterHousehold> registered = new HashMap<>();
        Map<RegisterHousehold, Found> reviewed = new HashMap<>();
        for (List<DemoPlan.Step> steps : householdSteps()) {
            RegisterHousehold household = (RegisterHousehold) steps.get(0).command();
            registered.put(household.householdId(), household);
            steps.stream().map(DemoPlan.Step::command).filter(c -> c instanceof AssessHousehold a && a.year() == year)
                    .map(AssessHousehold.class::cast).forEach(a -> reviewed.put(household, Found.of(a)));
        }
        plan.reviews().stream().filter(r -> ((OpenReview) r.steps().get(0).command()).year() == year)
                .flatMap(r -> r.steps().stream()).map(DemoPlan.Step::command).filter(SurveyHousehold.class::isInstance)
                .map(SurveyHousehold.class::cast).forEach(s -> reviewed.put(registered.get(s.householdId()), Found.of(s, year)));
        return reviewed;
    }

    private static Classification classOf(RegisterHousehold household, Found a) {
        return TownHistory.standard(a.year()).classify(a.incomePerCapitaMonthly(), new LinkedHashSet<>(a.deprivations()),
                AREA.get(household.communeCode())).classification();
    }

    private static long count(Map<RegisterHousehold, Found> reviewed, String commune, Classification c) {
        return reviewed.entrySet().stream().filter(e -> commune == null || e.getKey().communeCode().equals(commune))
                .filter(e -> classOf(e.getKey(), e.getValue()) == c).count();
    }

    private static <T> List<T> commands(Class<T> type) {
        return householdSteps().stream().flatMap(List::stream).map(DemoPlan.Step::command).filter(type::isInstance)
                .map(type::cast).toList();
    }

    @Test
    void theSameSeedGivesTheSamePlan() {
        assertThat(TownHistory.generate(TownFigures.load("bim-son-2018"), DemoLoader.SEED)).isEqualTo(plan);
        assertThat(TownHistory.generate(TownFigures.load("bim-son-2018"), DemoLoader.SEED + 1)).isNotEqualTo(plan);
    }

    @Test
    void everyAssessmentAndSurveyComesToTheIntendedClassUnderTheStandardOfItsReview() {
        int assessments = 0;
        for (List<DemoPlan.Step> steps : householdSteps()) {
            RegisterHousehold household = (RegisterHousehold) steps.get(0).command();
            LocalDate last = household.registeredOn();
            for (DemoPlan.Step step : steps) {
                if (step.command() instanceof AssessHousehold a) {
                    assertThat(classOf(household, Found.of(a))).as(household.code() + " " + a.year()).isEqualTo(step.expects());
                    assertThat(a.assessedOn()).isAfter(last).isBetween(LocalDate.of(a.year(), 11, 1), LocalDate.of(a.year(), 12, 31));
                    assertThat(step.simulated()).as("only the review of 2018 is made up").isEqualTo(a.year() == 2018);
                    assertThat(PovertyStandards.forReview(ReviewKind.PERIODIC, a.year()).orElseThrow().code()).isEqualTo("VN_2016_2020");
                    last = a.assessedOn();
                    assessments++;
                } else {
                    assertThat(step.expects()).isNull();
                }
            }
        }
        Map<UUID, RegisterHousehold> registered = new HashMap<>();
        householdSteps().forEach(steps -> registered.put(((RegisterHousehold) steps.get(0).command()).householdId(),
                (RegisterHousehold) steps.get(0).command()));
        for (HeldReview review : plan.reviews()) {
            for (DemoPlan.Step step : review.steps()) {
                if (step.command() instanceof SurveyHousehold s) {
                    assertThat(classOf(registered.get(s.householdId()), Found.of(s, 2017))).isEqualTo(step.expects());
                    assertThat(step.simulated()).isFalse();
                    assessments++;
                } else {
                    assertThat(step.expects()).isNull();
                }
            }
        }
        assertThat(assessments).isGreaterThan(2000);
    }

    /**
     * Each unit holds its review of 2017 through every step: opened on 1 September, each household reviewed
     * that year listed and surveyed once, every village's meeting agreeing all its surveys the day after the
     * unit's last survey, the posting that day, and the chair's decision on or before 14 December, after the
     * posting's 3 working days.
     */
    @Test
    void eachUnitHoldsItsReviewOf2017StepByStepAndItsChairDecidesItByTheDueDay() {
        assertThat(plan.reviews()).hasSize(UNITS.size());
        Map<RegisterHousehold, Found> reviewed = reviewed(2017);
        Set<String> numbers = new HashSet<>();
        for (HeldReview review : plan.reviews()) {
            List<Object> commands = review.steps().stream().map(DemoPlan.Step::command).toList();
            OpenReview opened = (OpenReview) commands.get(0);
            assertThat(opened).isEqualTo(new OpenReview(opened.reviewId(), review.communeCode(), 2017, ReviewKind.PERIODIC,
                    LocalDate.of(2017, 9, 1)));
            Set<UUID> ofUnit = new HashSet<>();
            reviewed.keySet().stream().filter(h -> h.communeCode().equals(review.communeCode())).forEach(h -> ofUnit.add(h.householdId()));
            assertThat(commands.stream().filter(ListHousehold.class::isInstance).map(c -> ((ListHousehold) c).householdId()))
                    .containsExactlyInAnyOrderElementsOf(ofUnit);
            List<SurveyHousehold> surveys = commands.stream().filter(SurveyHousehold.class::isInstance).map(SurveyHousehold.class::cast).toList();
            assertThat(surveys.stream().map(SurveyHousehold::householdId)).containsExactlyInAnyOrderElementsOf(ofUnit);
            List<HoldVillageMeeting> meetings = commands.stream().filter(HoldVillageMeeting.class::isInstance)
                    .map(HoldVillageMeeting.class::cast).toList();
            assertThat(meetings.stream().flatMap(m -> m.agreed().stream())).containsExactlyInAnyOrderElementsOf(ofUnit);
            assertThat(meetings).allMatch(m -> m.disputed().isEmpty() && surveys.stream().allMatch(s -> s.surveyedOn().isBefore(m.heldOn())));
            PostReview posted = (PostReview) commands.get(commands.size() - 1);
            DecideReview decided = (DecideReview) review.decision().command();
            assertThat(decided.decidedOn()).isAfterOrEqualTo(posted.postedOn().plusDays(3))
                    .isBetween(LocalDate.of(2017, 12, 1), LocalDate.of(2017, 12, 14));
            assertThat(review.chair()).isEqualTo("chu-tich-" + review.communeCode().replace("_", "").toLowerCase(java.util.Locale.ROOT));
            numbers.add(decided.decisionNumber());
        }
        assertThat(numbers).hasSize(UNITS.size());
    }

    @Test
    void theUnitsArePlannedFor2017And2018WithThePlansHouseholdsAndTargets() {
        List<Object> commands = plan.units().stream().map(DemoPlan.Step::command).toList();
        for (ExpectedUnits.Unit unit : UNITS) {
            assertThat(commands).anyMatch(c -> c instanceof RegisterCommune r && r.code().equals(unit.code())
                    && r.name().equals(unit.name()) && r.area().name().equals(unit.area()));
            assertThat(commands).contains(new PlanCommuneYear(unit.code(), 2018, unit.households(), unit.poorTargetEnd2018(),
                    LocalDate.of(2018, 1, 16)));
            assertThat(commands).anyMatch(c -> c instanceof PlanCommuneYear p && p.code().equals(unit.code())
                    && p.year() == 2017 && p.households() == unit.households());
        }
    }

    /**
     * Thanh Hóa is registered before the units, which name it and their district; after the history, Nghị quyết
     * 1686/NQ-UBTVQH15 forms phường Bỉm Sơn and phường Quang Trung from all 8 units on 1 July 2025.
     */
    @Test
    void theTownsUnitsAreThanhHoasAndMergeIntoTwoWardsOnTheFirstOfJuly2025() {
        assertThat(plan.units().get(0).command())
                .isEqualTo(new RegisterProvince("THANH_HOA", "Tỉnh Thanh Hóa", "38", LocalDate.of(2016, 1, 1)));
        List<RegisterCommune> registered = plan.units().stream().map(DemoPlan.Step::command)
                .filter(RegisterCommune.class::isInstance).map(RegisterCommune.class::cast).toList();
        assertThat(registered).hasSize(UNITS.size()).allSatisfy(unit -> {
            assertThat(unit.provinceCode()).isEqualTo("THANH_HOA");
            assertThat(unit.district()).isEqualTo("Thị xã Bỉm Sơn");
            assertThat(unit.establishedOn()).isNull();
        });
        assertThat(registered).filteredOn(unit -> unit.code().equals("BA_DINH")).extracting(RegisterCommune::officialCode)
                .containsExactly("14812");

        LocalDate july2025 = LocalDate.of(2025, 7, 1);
        List<Object> arrangement = plan.arrangement().stream().map(DemoPlan.Step::command).toList();
        assertThat(arrangement).hasSize(4);
        assertThat(arrangement.get(0)).isEqualTo(new RegisterCommune("BIM_SON", "Phường Bỉm Sơn", CommuneKind.WARD, Area.URBAN,
                july2025, july2025, "THANH_HOA", "14812", null));
        assertThat(arrangement).filteredOn(ChangeUnits.class::isInstance).map(ChangeUnits.class::cast).allSatisfy(merge -> {
            assertThat(merge.kind()).isEqualTo(UnitChangeKind.MERGE);
            assertThat(merge.effectiveOn()).isEqualTo(july2025);
            assertThat(merge.reference()).isEqualTo("1686/NQ-UBTVQH15");
        }).flatMap(ChangeUnits::from).containsExactlyInAnyOrderElementsOf(UNITS.stream().map(ExpectedUnits.Unit::code).toList());
        assertThat(arrangement).filteredOn(ChangeUnits.class::isInstance).map(ChangeUnits.class::cast)
                .filteredOn(merge -> merge.into().equals("PHUONG_QUANG_TRUNG")).flatMap(ChangeUnits::from)
                .containsExactlyInAnyOrder("BAC_SON", "NGOC_TRAO", "PHU_SON", "QUANG_TRUNG");
    }

    @Test
    void theReviewOf2016ListsThePoorAndNearPoorOfTheStartOf2017() {
        Map<RegisterHousehold, Found> reviewed = reviewed(2016);
        assertThat(count(reviewed, null, Classification.POOR)).isEqualTo(ExpectedUnits.POOR_START_2017);
        assertThat(count(reviewed, null, Classification.NEAR_POOR)).isEqualTo(ExpectedUnits.NEAR_POOR_START_2017);
        long rural = reviewed.entrySet().stream().filter(e -> AREA.get(e.getKey().communeCode()) == Area.RURAL)
                .filter(e -> classOf(e.getKey(), e.getValue()) == Classification.POOR).count();
        assertThat(rural).as("3.12 %% of the rural units' 2,245 households").isEqualTo(70);
        assertThat(reviewed.keySet()).allMatch(h -> h.registeredOn().isBefore(LocalDate.of(2016, 11, 1)));
    }

    @Test
    void theReviewOf2017IsThePlansStartOf2018() {
        Map<RegisterHousehold, Found> reviewed = reviewed(2017);
        for (ExpectedUnits.Unit unit : UNITS) {
            assertThat(count(reviewed, unit.code(), Classification.POOR)).as(unit.code()).isEqualTo(unit.poorStart2018());
        }
        assertThat(count(reviewed, null, Classification.NEAR_POOR)).isEqualTo(ExpectedUnits.NEAR_POOR_END_2017);
        List<Found> poor = reviewed.entrySet().stream()
                .filter(e -> classOf(e.getKey(), e.getValue()) == Classification.POOR).map(Map.Entry::getValue).toList();
        assertThat(poor.stream().filter(a -> !a.hasWorkingMember())).hasSize(ExpectedUnits.SOCIAL_PROTECTION_END_2017)
                .allMatch(a -> a.causes().isEmpty());
        List<Found> able = poor.stream().filter(Found::hasWorkingMember).toList();
        assertThat(able).hasSize(ExpectedUnits.ABLE_POOR_END_2017)
                .allMatch(a -> a.causes().size() >= 1 && a.causes().size() <= 2 && Set.copyOf(a.causes()).size() == a.causes().size());
        Map<PovertyCause, Integer> mentions = new EnumMap<>(PovertyCause.class);
        able.forEach(a -> a.causes().forEach(c -> mentions.merge(c, 1, Integer::sum)));
        for (PovertyCause cause : PovertyCause.values()) {
            assertThat(mentions.getOrDefault(cause, 0)).as(cause.name()).isEqualTo(ExpectedUnits.MENTIONS[cause.ordinal()]);
        }
        assertThat(mentions.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(ExpectedUnits.CAUSE_MENTIONS);
    }

    @Test
    void deprivationsAmongThePoorOf2017AreCloseToThePlansShares() {
        List<Found> poor = reviewed(2017).entrySet().stream()
                .filter(e -> classOf(e.getKey(), e.getValue()) == Classification.POOR).map(Map.Entry::getValue).toList();
        Map<String, Double> shares = Map.of("HEALTH_INSURANCE", 48.7, "HEALTH_SERVICE_ACCESS", 13.98, "HOUSING_QUALITY", 16.1,
                "SANITARY_TOILET", 5.38, "TELECOM_USE", 5.11, "HOUSING_AREA", 10.5, "DRINKING_WATER", 1.88);
        shares.forEach((indicator, share) -> {
            double found = 100.0 * poor.stream().filter(a -> a.deprivations().contains(indicator)).count() / poor.size();
            assertThat(found).as(indicator).isCloseTo(share, org.assertj.core.data.Offset.offset(0.2));
        });
        for (String lower : List.of("ADULT_EDUCATION", "CHILD_SCHOOLING", "INFORMATION_ASSETS")) {
            assertThat(poor.stream().filter(a -> a.deprivations().contains(lower)).count()).as(lower).isBetween(1L, 5L);
        }
    }

    @Test
    void theSimulatedReviewOf2018ReachesEachUnitsTarget() {
        Map<RegisterHousehold, Found> reviewed = reviewed(2018);
        Map<RegisterHousehold, Found> before = reviewed(2017);
        for (ExpectedUnits.Unit unit : UNITS) {
            long poor = before.entrySet().stream().filter(e -> e.getKey().communeCode().equals(unit.code()))
                    .filter(e -> {
                        Found in2018 = reviewed.get(e.getKey());
                        return in2018 != null ? classOf(e.getKey(), in2018) == Classification.POOR
                                : classOf(e.getKey(), e.getValue()) == Classification.POOR;
                    }).count();
            assertThat(poor).as(unit.code()).isEqualTo(unit.poorTargetEnd2018());
        }
        assertThat(householdSteps().stream().flatMap(List::stream)
                .filter(step -> step.command() instanceof AssessHousehold a && a.year() == 2018))
                .isNotEmpty().allMatch(DemoPlan.Step::simulated);
    }

    @Test
    void theNearPoorOf2017CountThePlansPersonsAndAllHoldCards() {
        Map<RegisterHousehold, Found> reviewed = reviewed(2017);
        Set<UUID> nearPoorMembers = new HashSet<>();
        reviewed.forEach((h, a) -> {
            if (classOf(h, a) == Classification.NEAR_POOR) {
                h.members().forEach(m -> nearPoorMembers.add(m.memberId()));
            }
        });
        assertThat(nearPoorMembers).hasSize(ExpectedUnits.NEAR_POOR_PERSONS);
        List<IssueHealthInsurance> cards = commands(IssueHealthInsurance.class);
        assertThat(cards.stream().filter(c -> c.stateSubsidyPercent() == 70).map(IssueHealthInsurance::memberId))
                .containsExactlyInAnyOrderElementsOf(nearPoorMembers);
        assertThat(cards.stream().filter(c -> c.stateSubsidyPercent() == 100)).isNotEmpty()
                .allMatch(c -> c.cardNumber().startsWith("HN238"));
        assertThat(cards).allMatch(c -> c.validFrom().equals(LocalDate.of(2018, 1, 1)) && c.validTo().equals(LocalDate.of(2018, 12, 31)));
    }

    @Test
    void loansAreTheBanksWithinTheYearsCreditAndHelpNamesWhatItAimsAt() {
        List<DisburseLoan> loans = commands(DisburseLoan.class);
        assertThat(loans.stream().mapToLong(DisburseLoan::principal).sum()).isLessThanOrEqualTo(ExpectedUnits.CREDIT_VND);
        Map<LoanProgramme, String> rates = Map.of(LoanProgramme.POOR_HOUSEHOLD, "6.6", LoanProgramme.NEAR_POOR_HOUSEHOLD, "7.92",
                LoanProgramme.NEWLY_ESCAPED_HOUSEHOLD, "8.25");
        assertThat(loans.stream().map(DisburseLoan::programme).distinct()).containsExactlyInAnyOrderElementsOf(rates.keySet());
        assertThat(loans).allMatch(l -> l.annualInterestRatePercent().toPlainString().equals(rates.get(l.programme()))
                && l.principal() <= 100_000_000 && l.disbursedOn().getYear() == 2018 && l.addresses().contains("LACK_CAPITAL"));
        List<ProvideAssistance> help = commands(ProvideAssistance.class);
        assertThat(help).allMatch(a -> !a.addresses().isEmpty() && a.providedOn().getYear() == 2018);
        assertThat(help.stream().filter(a -> a.kind() == AssistanceKind.INFORMATION_ACCESS))
                .hasSize(ExpectedUnits.INFORMATION_ACCESS_HOUSEHOLDS);
        assertThat(help.stream().map(ProvideAssistance::kind).distinct()).contains(AssistanceKind.HOUSING,
                AssistanceKind.VOCATIONAL_TRAINING, AssistanceKind.JOB_PLACEMENT, AssistanceKind.SOCIAL_ALLOWANCE);
    }

    @Test
    void householdsArePlausibleVietnameseFamiliesOfThanhHoa() {
        Set<String> ids = new HashSet<>();
        List<String> codes = new ArrayList<>();
        for (List<DemoPlan.Step> steps : plan.households()) {
            RegisterHousehold h = (RegisterHousehold) steps.get(0).command();
            codes.add(h.code());
            assertThat(h.members()).hasSizeBetween(1, 7);
            assertThat(h.members().stream().filter(m -> m.relation() == Relation.HEAD)).hasSize(1)
                    .allMatch(m -> ageOn(m, h.registeredOn()) >= 25 && ageOn(m, h.registeredOn()) <= 85);
            for (Member m : h.members()) {
                assertThat(m.nationalId()).matches("038[0-3]\\d{8}");
                assertThat(m.nationalId().substring(4, 6)).isEqualTo(String.format("%02d", m.birthDate().getYear() % 100));
                assertThat(m.fullName().split(" ")).hasSize(3);
                assertThat(m.birthDate()).isBefore(h.registeredOn());
                ids.add(m.nationalId());
            }
            assertThat(h.village()).matches("Thôn \\d|Khu phố \\d{1,2}");
        }
        assertThat(ids).hasSize((int) plan.households().stream()
                .mapToLong(s -> ((RegisterHousehold) s.get(0).command()).members().size()).sum());
        assertThat(Set.copyOf(codes)).hasSize(codes.size());
    }

    private static int ageOn(Member member, LocalDate day) {
        return Period.between(member.birthDate(), day).getYears();
    }
}
