package vn.householdledger.query.povertylist;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import vn.householdledger.events.household.ListedStatus;
import vn.householdledger.query.read.PageRequest;

/**
 * What a poverty list read asks for, and how entries become its answer: listed on the day, filtered,
 * ordered by commune and code, paged. The as-of list answers here; the live list asks PostgreSQL for
 * the same page of its table (a test holds the two equal), and makes each item here.
 */
public record PovertyListing(String commune, ListedStatus status, String policyGroup, PageRequest page) {

    /** A poverty-list item: {@code {householdId, code, communeCode, headName, status, policyGroup, since}}. */
    public record Item(UUID householdId, String code, String communeCode, String headName, ListedStatus status,
                       String policyGroup, LocalDate since) {
    }

    static Item item(PovertyListEntry entry, ListedStatus.Listing listing) {
        return new Item(entry.householdId(), entry.code(), entry.communeCode(), entry.headName(), listing.status(),
                entry.policyGroup(), listing.since());
    }

    /** Answers the list on {@code day} from the entries, of which only those the reader may see are passed. */
    public PageRequest.Page<Item> answer(Stream<PovertyListEntry> entries, LocalDate day) {
        List<Item> items = entries
                .filter(e -> commune == null || commune.equals(e.communeCode()))
                .map(e -> {
                    ListedStatus.Listing listing = e.listingOn(day);
                    return listing == null ? null : item(e, listing);
                })
                .filter(Objects::nonNull)
                .filter(i -> status == null || status == i.status())
                .filter(i -> policyGroup == null || policyGroup.equals(i.policyGroup()))
                .sorted(Comparator.comparing(Item::communeCode).thenComparing(Item::code))
                .toList();
        return page.of(items);
    }
}
