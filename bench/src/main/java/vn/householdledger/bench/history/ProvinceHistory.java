package vn.householdledger.bench.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.commune.CommuneKind;
import vn.householdledger.api.target.TargetCode;
import vn.householdledger.events.commune.CommuneRegistered;
import vn.householdledger.events.commune.CommuneYearPlanned;
import vn.householdledger.events.target.DistrictTargetsSet;

/**
 * A province's history from 2016 to 2024 as the service would have recorded it: communes and wards
 * with their yearly plans, the district's targets, and for every household its registration, members
 * coming and going, a yearly review classified by the standard of its year, the moves between classes
 * that follow, pledges, loans and their repayments, insurance cards, other help (a little of it
 * voided), transfers and closures; one household, followed closely, gathers a long history of help. It
 * is generated year by year; each year's events come out in the order they were recorded, so global
 * positions and timestamps rise together as they would have.
 */
public final class ProvinceHistory {

    public static final int FIRST_YEAR = 2016;
    public static final int LAST_YEAR = 2024;
    static final String ADMIN = "admin";

    /** A commune or ward of the province; {@code reviewStart} is the first day of its yearly review (day of year). */
    public record Commune(int index, String code, String name, CommuneKind kind, Area area, int reviewStart) {
        String worker() {
            return "canbo." + code.toLowerCase();
        }

        String clientAddress(SplittableRandom random) {
            return "10.38." + index + "." + (2 + random.nextInt(250));
        }
    }

    private final List<Commune> communes = new ArrayList<>();
    private final List<HouseholdCase> households = new ArrayList<>();
    private final SplittableRandom random;

    public ProvinceHistory(int households, int communeCount, long seed) {
        this.random = new SplittableRandom(seed);
        for (int i = 0; i < communeCount; i++) {
            boolean ward = isWard(i);
            communes.add(new Commune(i, communeCode(i), (ward ? "Phường " : "Xã ") + Names.commune(i),
                    ward ? CommuneKind.WARD : CommuneKind.COMMUNE, ward ? Area.URBAN : Area.RURAL, 258 + random.nextInt(40)));
        }
        for (int i = 0; i < households; i++) {
            this.households.add(new HouseholdCase(i, communes.get(i % communeCount), this, random.split(), i == 0));
        }
    }

    /** The code of the {@code index}th commune: every fifth unit is an urban ward. */
    public static String communeCode(int index) {
        return (isWard(index) ? "PHUONG_" : "XA_") + String.format("%03d", index + 1);
    }

    private static boolean isWard(int index) {
        return index % 5 == 4;
    }

    public List<Commune> communes() {
        return communes;
    }

    /** Every household as the history leaves it (where it is, whether open, who is in it). */
    public List<HouseholdCase> households() {
        return households;
    }

    /** The household followed closely: some {@value HouseholdCase#LONG_HISTORY_EVENTS} events, open at the end. */
    public HouseholdCase longHistory() {
        return households.get(0);
    }

    /** An open household of {@code events} events (or as near as any comes), the long history's counterpart. */
    public HouseholdCase shortHistory(int events) {
        return households.stream().skip(1).filter(HouseholdCase::open)
                .min(Comparator.comparingLong(h -> Math.abs(h.events() - events))).orElseThrow();
    }

    Commune anotherCommune(Commune from, SplittableRandom random) {
        Commune to = communes.get(random.nextInt(communes.size()));
        return to.equals(from) ? communes.get((from.index() + 1) % communes.size()) : to;
    }

    /** Generates the history, handing over one year at a time in the order of recording. */
    public void generate(Consumer<List<EventRow>> years) {
        Recorder[] communeStreams = communes.stream()
                .map(c -> new Recorder(c.code(), "Commune", random.split())).toArray(Recorder[]::new);
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            List<EventRow> rows = new ArrayList<>();
            if (year == FIRST_YEAR) {
                for (Commune c : communes) {
                    communeStreams[c.index()].record(rows, LocalDate.of(year, 1, 4), ADMIN, "10.38.0.1",
                            new CommuneRegistered(c.code(), c.name(), c.kind(), c.area(), LocalDate.of(year, 1, 4)));
                }
            }
            plan(year, communeStreams, rows);
            for (HouseholdCase household : households) {
                household.live(year, rows);
            }
            rows.sort(Comparator.comparing(EventRow::recordedAt).thenComparingLong(EventRow::order));
            years.accept(rows);
        }
    }

    /** January: each commune's households and target for the year, and the district's targets. */
    private void plan(int year, Recorder[] communeStreams, List<EventRow> rows) {
        LocalDate plannedOn = LocalDate.of(year, 1, 10);
        int perCommune = households.size() / communes.size();
        for (Commune c : communes) {
            int planned = perCommune + random.nextInt(perCommune / 10 + 1);
            communeStreams[c.index()].record(rows, plannedOn, ADMIN, "10.38.0.1",
                    new CommuneYearPlanned(c.code(), year, planned, planned * (10 + random.nextInt(15)) / 100, plannedOn));
        }
        LocalDate setOn = LocalDate.of(year, 1, 12);
        List<DistrictTargetsSet.Target> targets = new ArrayList<>();
        for (TargetCode code : TargetCode.values()) {
            targets.add(new DistrictTargetsSet.Target(code, BigDecimal.valueOf(60 + random.nextInt(40))));
        }
        new Recorder("district-plan-" + year, "DistrictPlan", random.split())
                .record(rows, setOn, ADMIN, "10.38.0.1", new DistrictTargetsSet(year, List.copyOf(targets), setOn));
    }
}
