package vn.householdledger.api.household;

import java.util.List;

/** One of the 54 ethnic groups of Vietnam (dân tộc): its official two-digit code, its name and other names. */
public record EthnicGroup(String code, String name, List<String> otherNames) {

    public EthnicGroup {
        otherNames = List.copyOf(otherNames);
    }
}
