package vn.householdledger.platform.provenance;

import java.util.Map;

/**
 * Where a fact came from, when it is not what someone recorded of the world: event metadata under
 * {@value #KEY}, set on a command by code inside the process and copied by the command side onto
 * every event of that command. A fact recorded through the API has none, and no request can give
 * one. {@value #SIMULATED}: the demo made the fact up (its review of 2018), so the reads say so.
 */
public final class Provenance {

    public static final String KEY = "provenance";
    public static final String SIMULATED = "simulated";

    private Provenance() {
    }

    /** The metadata that marks a command, and so its events, as made up by the demo. */
    public static Map<String, String> simulated() {
        return Map.of(KEY, SIMULATED);
    }

    /** Whether a value of the {@value #KEY} metadata (null when absent) marks a made-up fact. */
    public static boolean isSimulated(String provenance) {
        return SIMULATED.equals(provenance);
    }
}
