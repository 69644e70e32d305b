package vn.householdledger.command.household;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.standard.PovertyStandard;
import vn.householdledger.standard.PovertyStandards;

/**
 * What help may name in {@code addresses}: a deprivation indicator of any poverty standard (help is
 * recorded across standards, so an indicator of an older or newer one is still a need) or a cause of
 * poverty. The one place that knows these codes for loans and assistance.
 */
final class AddressedNeeds {

    private static final Set<String> KNOWN = Stream.concat(
                    PovertyStandards.all().stream().map(PovertyStandard::indicators).flatMap(Set::stream),
                    Arrays.stream(PovertyCause.values()).map(Enum::name))
            .collect(Collectors.toUnmodifiableSet());

    private AddressedNeeds() {
    }

    /** The codes once each, in the order given; an unknown code refuses the whole command. */
    static List<String> require(List<String> codes) {
        if (codes == null) {
            return List.of();
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String code : codes) {
            if (code == null || !KNOWN.contains(code)) {
                throw new InvalidInput("addresses", "assistance.addresses.unknown", code);
            }
            distinct.add(code);
        }
        return List.copyOf(distinct);
    }
}
