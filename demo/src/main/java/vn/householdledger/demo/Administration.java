package vn.householdledger.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.commune.CommuneKind;

/**
 * A town's place in the administration ({@code demo/<name>/administration.properties}): its province, the district
 * its units belonged to until the district level ended, the units' official codes (mã đơn vị hành chính), and the
 * arrangement of its units by a legal act: the new units, each formed from the units that merge into it.
 */
record Administration(String provinceCode, String provinceName, String provinceOfficialCode, String district,
                      Properties officialCodes, String reference, LocalDate effectiveOn, List<NewUnit> arrangement) {

    private static final String OFFICIAL_CODE = "official-code.";
    private static final String NEW_UNIT = "arrangement.";

    /** A unit the arrangement establishes on its effective date, and the units merged into it. */
    record NewUnit(String code, String name, CommuneKind kind, Area area, String officialCode, List<String> from) {
    }

    static Administration load(String demo) {
        Properties facts = new Properties();
        String path = "demo/" + demo + "/administration.properties";
        try (InputStream in = Administration.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No demo resource " + path);
            }
            facts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties codes = new Properties();
        facts.stringPropertyNames().stream().filter(k -> k.startsWith(OFFICIAL_CODE))
                .forEach(k -> codes.setProperty(k.substring(OFFICIAL_CODE.length()), facts.getProperty(k).strip()));
        List<NewUnit> units = facts.stringPropertyNames().stream().sorted()
                .filter(k -> k.startsWith(NEW_UNIT) && !k.equals(NEW_UNIT + "reference") && !k.equals(NEW_UNIT + "effective-on"))
                .map(k -> newUnit(k.substring(NEW_UNIT.length()), facts.getProperty(k)))
                .toList();
        return new Administration(facts.getProperty("province.code"), facts.getProperty("province.name"),
                facts.getProperty("province.official-code"), facts.getProperty("district"), codes,
                facts.getProperty(NEW_UNIT + "reference"), LocalDate.parse(facts.getProperty(NEW_UNIT + "effective-on")), units);
    }

    /** The unit's official code, or null where none was found. */
    String officialCode(String unit) {
        return officialCodes.getProperty(unit);
    }

    private static NewUnit newUnit(String code, String line) {
        String[] f = line.split(",");
        return new NewUnit(code, f[0].strip(), CommuneKind.valueOf(f[1].strip()), Area.valueOf(f[2].strip()), f[3].strip(),
                Arrays.stream(f[4].split(";")).map(String::strip).toList());
    }
}
