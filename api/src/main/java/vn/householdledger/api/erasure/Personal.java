package vn.householdledger.api.erasure;

/**
 * What a personal field (a name, a national id, an address) of an erased household reads as, in every
 * answer, page, export and read model: its key is gone, so its value cannot be read any more. A birth
 * date, which is a date, reads as absent instead.
 */
public final class Personal {

    /** "đã xoá": erased (Decree 13/2023, a person's right to have their data deleted). */
    public static final String ERASED = "đã xoá";

    private Personal() {
    }

    public static boolean erased(String value) {
        return ERASED.equals(value);
    }
}
