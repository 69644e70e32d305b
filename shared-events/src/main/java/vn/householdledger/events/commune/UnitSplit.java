package vn.householdledger.events.commune;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * From {@code effectiveOn} the villages {@code villages} of unit {@code code} form part of {@code into}
 * (chia tách), by the act {@code reference}; their households belong to {@code into} from that day.
 */
public record UnitSplit(String code, UUID changeId, String into, List<String> villages, LocalDate effectiveOn,
                        String reference) {
}
