package vn.householdledger.api.household;

import java.util.stream.Stream;

/**
 * Whether something is known to hold of a member (a disability, meritorious service): a record that does
 * not say, among them every member recorded before the ledger asked, is {@link #UNKNOWN}, never {@link #NO}.
 */
public enum YesNoUnknown {
    YES,
    NO,
    UNKNOWN;

    /** Absent means not recorded. */
    public static YesNoUnknown orUnknown(YesNoUnknown value) {
        return value == null ? UNKNOWN : value;
    }

    /**
     * Whether it holds of any of a household's members: yes when one member's says yes; else unknown when
     * one member's is unknown (the household then counts as unknown, never as no); else no.
     */
    public static YesNoUnknown anyOf(Stream<YesNoUnknown> values) {
        YesNoUnknown any = NO;
        for (YesNoUnknown value : (Iterable<YesNoUnknown>) values.map(YesNoUnknown::orUnknown)::iterator) {
            if (value == YES) {
                return YES;
            }
            if (value == UNKNOWN) {
                any = UNKNOWN;
            }
        }
        return any;
    }
}
