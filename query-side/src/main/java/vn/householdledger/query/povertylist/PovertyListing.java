package vn.householdledger.query.povertylist;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import vn.householdledger.api.Page;
import vn.householdledger.api.household.ListedStatus;
import vn.householdledger.api.povertylist.PovertyListItem;
import vn.householdledger.events.household.Listing;
import vn.householdledger.query.read.PageRequest;

/**
 * What a poverty list read asks for, and how entries become its answer: listed on the day, filtered,
 * ordered by commune and code, paged. The as-of list answers here; the live list asks PostgreSQL for
 * the same page of its table (a test holds the two equal), and makes each item here.
 */
public record PovertyListing(String commune, ListedStatus status, String policyGroup, PageRequest page) {

    static PovertyListItem item(PovertyListEntry entry, Listing listing) {
        return new PovertyListItem(entry.householdId(), entry.code(), entry.communeCode(), entry.headName(), listing.status(),
                entry.policyGroup(), listing.since());
    }

    /**
     * Answers the list on {@code day} from the entries, each under its unit of that day, of which only those
     * the reader asked for and may see are passed.
     */
    public Page<PovertyListItem> answer(Stream<PovertyListEntry> entries, LocalDate day) {
        List<PovertyListItem> items = entries
                .map(e -> {
                    Listing listing = e.listingOn(day);
                    return listing == null ? null : item(e, listing);
                })
                .filter(Objects::nonNull)
                .filter(i -> status == null || status == i.status())
                .filter(i -> policyGroup == null || policyGroup.equals(i.policyGroup()))
                .sorted(Comparator.comparing(PovertyListItem::communeCode).thenComparing(PovertyListItem::code))
                .toList();
        return page.of(items);
    }
}
