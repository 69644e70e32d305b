package vn.householdledger.web.admin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.householdledger.api.Page;
import vn.householdledger.api.household.HouseholdFound;
import vn.householdledger.api.povertylist.PovertyListItem;
import vn.householdledger.api.unit.UnitChangeKind;
import vn.householdledger.api.unit.UnitChangeRequest;
import vn.householdledger.web.ledger.HouseholdReads;
import vn.householdledger.web.ledger.ListReads;
import vn.householdledger.web.report.Reports;

/**
 * What a change of units would move, unit by unit, as the read side holds it today: the open households (hồ sơ còn
 * mở) of each unit named in {@code from} (of a split, those of its named villages) and how many of them are on the
 * poverty list, and the unit they would belong to. Counted from the household search and the poverty list, the
 * API's own reads; nothing is written.
 */
@Component
class UnitMoves {

    /** One unit's move: {@code into} is null when its households stay where they are (rename, reclassification, dissolution). */
    record Move(String unit, long households, long listed, String into) {
    }

    private final HouseholdReads households;
    private final ListReads lists;

    UnitMoves(HouseholdReads households, ListReads lists) {
        this.households = households;
        this.lists = lists;
    }

    List<Move> of(UnitChangeRequest change) {
        boolean moves = change.kind() == UnitChangeKind.MERGE || change.kind() == UnitChangeKind.SPLIT;
        Set<String> villages = change.kind() == UnitChangeKind.SPLIT && change.villages() != null
                ? new HashSet<>(change.villages().stream().map(UnitMoves::folded).toList()) : null;
        List<Move> found = new ArrayList<>();
        for (String unit : change.from()) {
            List<HouseholdFound> open = Reports.everyPage(p -> households.search(null, unit, null, p, Page.MAX_SIZE)).stream()
                    .filter(h -> !h.closed() && (villages == null || villages.contains(folded(h.village()))))
                    .toList();
            found.add(new Move(unit, open.size(), listed(unit, villages == null ? null : ids(open)), moves ? change.into() : null));
        }
        return found;
    }

    /** The unit's households on the poverty list today, or only those of {@code among}. */
    private long listed(String unit, Set<UUID> among) {
        if (among == null) {
            return lists.povertyList(unit, null, null, null, 0, 1).total();
        }
        return Reports.everyPage(p -> lists.povertyList(unit, null, null, null, p, Page.MAX_SIZE)).stream()
                .map(PovertyListItem::householdId).filter(among::contains).count();
    }

    private static Set<UUID> ids(List<HouseholdFound> found) {
        Set<UUID> ids = new HashSet<>();
        found.forEach(h -> ids.add(h.householdId()));
        return ids;
    }

    private static String folded(String village) {
        return village == null ? "" : village.strip().toLowerCase(Locale.ROOT);
    }
}
