package vn.householdledger.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan's table of units as the tests expect it, read from the tests' own copy of the data
 * folder's units.csv (not from the copy the demo generates from), with the town-wide figures. In the
 * module's test jar, for the standalone's test of the loaded demo.
 */
public final class ExpectedUnits {

    public static final int POOR_START_2017 = 428;
    public static final int NEAR_POOR_START_2017 = 459;
    public static final int NEAR_POOR_END_2017 = 372;
    public static final int SOCIAL_PROTECTION_END_2017 = 112;
    public static final int ABLE_POOR_END_2017 = 220;
    public static final int CAUSE_MENTIONS = 376;
    public static final int NEAR_POOR_PERSONS = 1251;
    public static final int INFORMATION_ACCESS_HOUSEHOLDS = 60;
    public static final long CREDIT_VND = 82_000_000_000L;
    /** Mentions per cause, in the order of PovertyCause. */
    public static final int[] MENTIONS = {5, 13, 2, 67, 21, 38, 38, 111, 9, 6, 66};

    public record Unit(String code, String name, String area, int households, int poorStart2018, int poorTargetEnd2018) {
    }

    private ExpectedUnits() {
    }

    public static List<Unit> read() {
        List<Unit> units = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                ExpectedUnits.class.getResourceAsStream("/demo/expected/bim-son-2018-units.csv"), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",");
                units.add(new Unit(f[0], f[1], f[3], Integer.parseInt(f[4]), Integer.parseInt(f[5]), Integer.parseInt(f[6])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return units;
    }
}
