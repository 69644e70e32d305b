package vn.householdledger.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import vn.householdledger.api.assistance.LoanProgramme;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.commune.CommuneKind;
import vn.householdledger.api.household.PovertyCause;

/**
 * The figures a demo history is generated from, as the town's plan gives them: its units
 * ({@code demo/<name>/units.csv}) and its town-wide facts ({@code demo/<name>/facts.properties}),
 * both copied into the application's resources; and the town's place in the administration, with the later
 * arrangement of its units ({@link Administration}).
 */
record TownFigures(List<Unit> units, int poorStart2017, BigDecimal ruralPoorRateStart2017, int nearPoorStart2017,
                   int nearPoorEnd2017, int socialProtectionEnd2017, Map<PovertyCause, Integer> causeMentions,
                   Map<String, BigDecimal> deprivationPercents, int nearPoorPersons, int informationAccessHouseholds,
                   long creditVnd, Map<LoanProgramme, BigDecimal> loanRates, int poorSubsidyPercent,
                   int nearPoorSubsidyPercent, Administration administration) {

    /** One commune or ward: its households in 2018, its poor at the start of 2018 and its target for the end. */
    record Unit(String code, String name, CommuneKind kind, Area area, int households, int poorStart2018,
                int poorTargetEnd2018) {
    }

    /** The figures of the demo called {@code name}, from the classpath. */
    static TownFigures load(String name) {
        String folder = "demo/" + name + "/";
        Properties facts = new Properties();
        try (InputStream in = open(folder + "facts.properties")) {
            facts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<PovertyCause, Integer> causes = new EnumMap<>(PovertyCause.class);
        Map<String, BigDecimal> deprivations = new LinkedHashMap<>();
        Map<LoanProgramme, BigDecimal> rates = new EnumMap<>(LoanProgramme.class);
        for (String key : facts.stringPropertyNames()) {
            String value = facts.getProperty(key).strip();
            if (key.startsWith("causes.")) {
                causes.put(PovertyCause.valueOf(key.substring("causes.".length())), Integer.valueOf(value));
            } else if (key.startsWith("deprivations.")) {
                deprivations.put(key.substring("deprivations.".length()), new BigDecimal(value));
            } else if (key.startsWith("loan-rate.")) {
                rates.put(LoanProgramme.valueOf(key.substring("loan-rate.".length())), new BigDecimal(value));
            }
        }
        return new TownFigures(units(folder + "units.csv"), integer(facts, "poor.start-2017"),
                new BigDecimal(required(facts, "poor.start-2017.rural-rate")), integer(facts, "near-poor.start-2017"),
                integer(facts, "near-poor.end-2017"), integer(facts, "social-protection.end-2017"), causes,
                deprivations, integer(facts, "near-poor.persons"), integer(facts, "information-access.households"),
                Long.parseLong(required(facts, "credit.vnd")), rates, integer(facts, "insurance-subsidy.poor"),
                integer(facts, "insurance-subsidy.near-poor"), Administration.load(name));
    }

    /** Whether a demo of that name exists. */
    static boolean exists(String name) {
        return TownFigures.class.getClassLoader().getResource("demo/" + name + "/units.csv") != null;
    }

    int poorEnd2017() {
        return units.stream().mapToInt(Unit::poorStart2018).sum();
    }

    private static List<Unit> units(String path) {
        List<Unit> units = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(open(path), StandardCharsets.UTF_8))) {
            lines.readLine(); // code,name,kind,area,households_2018,poor_start_2018,poor_target_end_2018
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                units.add(new Unit(f[0], f[1], CommuneKind.valueOf(f[2]), Area.valueOf(f[3]), Integer.parseInt(f[4]),
                        Integer.parseInt(f[5]), Integer.parseInt(f[6])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(units);
    }

    private static InputStream open(String path) {
        InputStream in = TownFigures.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalArgumentException("No demo resource " + path);
        }
        return in;
    }

    private static String required(Properties facts, String key) {
        String value = facts.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("The demo's facts lack " + key);
        }
        return value.strip();
    }

    private static int integer(Properties facts, String key) {
        return Integer.parseInt(required(facts, key));
    }
}
