package vn.householdledger.platform.provenance;

import java.util.Map;
import java.util.UUID;

/**
 * Where a fact came from, when it is not what someone recorded of the world through the API: event
 * metadata under {@value #KEY}, set on a command by code inside the process and copied by the command side
 * onto every event of that command. A fact recorded through the API has none, and no request can give one.
 * {@value #SIMULATED}: the demo made the fact up (its review of 2018), so the reads say so.
 * {@value #IMPORT}: the fact was brought in from an existing list by the import {@value #IMPORT_ID} names.
 */
public final class Provenance {

    public static final String KEY = "provenance";
    public static final String SIMULATED = "simulated";
    public static final String IMPORT = "import";
    /** The metadata that names the import a fact was brought in by. */
    public static final String IMPORT_ID = "importId";

    private Provenance() {
    }

    /** The metadata that marks a command, and so its events, as made up by the demo. */
    public static Map<String, String> simulated() {
        return Map.of(KEY, SIMULATED);
    }

    /** The metadata that marks a command, and so its events, as brought in by the import {@code importId}. */
    public static Map<String, String> imported(UUID importId) {
        return Map.of(KEY, IMPORT, IMPORT_ID, importId.toString());
    }

    /** Whether a value of the {@value #KEY} metadata (null when absent) marks a made-up fact. */
    public static boolean isSimulated(String provenance) {
        return SIMULATED.equals(provenance);
    }
}
