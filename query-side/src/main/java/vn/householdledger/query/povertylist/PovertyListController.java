package vn.householdledger.query.povertylist;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.Page;
import vn.householdledger.api.audit.ReadKind;
import vn.householdledger.api.household.ListedStatus;
import vn.householdledger.api.household.PolicyGroup;
import vn.householdledger.api.povertylist.PovertyListItem;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.query.audit.AuditedRead;
import vn.householdledger.query.read.CommuneScope;
import vn.householdledger.query.read.PageRequest;
import vn.householdledger.query.unit.UnitLineage;

/**
 * The poverty list today, from the live read model; on a past business date, as the ledger knows that
 * day now, replayed from the event store by {@link PovertyListReplay}; and as it stood at any past
 * instant, from the versions of {@link PovertyListAsOf}. The last two make their items through
 * {@link PovertyListing}. Each household is
 * listed, and filtered, under its unit of the day listed (merged and split units followed; at an
 * instant, only the changes of units the ledger knew by then).
 */
@RestController
public class PovertyListController {

    private final JdbcTemplate jdbc;
    private final PovertyListReplay replay;
    private final PovertyListAsOf versions;
    private final UnitLineage lineage;
    private final Clock clock;

    public PovertyListController(JdbcTemplate jdbc, PovertyListReplay replay, PovertyListAsOf versions, UnitLineage lineage,
                                 Clock clock) {
        this.jdbc = jdbc;
        this.replay = replay;
        this.versions = versions;
        this.lineage = lineage;
        this.clock = clock;
    }

    @Operation(summary = "List the households on the poverty and near-poverty lists")
    @GetMapping("/api/poverty-list")
    @AuditedRead(ReadKind.POVERTY_LIST)
    public Page<PovertyListItem> povertyList(@RequestParam(required = false) String commune,
                                                             @RequestParam(required = false) ListedStatus status,
                                                             @RequestParam(required = false) PolicyGroup policyGroup,
                                                             @RequestParam(required = false)
                                                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                                             @RequestParam(required = false) Integer page,
                                                             @RequestParam(required = false) Integer size) {
        PovertyListing listing = listing(commune, status, policyGroup, page, size);
        CommuneScope scope = lineage.scope(commune);
        if (on == null) {
            return listedPage(listing, BusinessCalendar.today(clock), scope);
        }
        if (!BusinessCalendar.isPlausible(on)) {
            throw new InvalidInput("on", "input.date.years", BusinessCalendar.FIRST_YEAR, BusinessCalendar.LAST_YEAR);
        }
        return listing.answer(inUnits(replay.entriesOn(on, lineage.sources(scope)), on, null, scope), on);
    }

    /** The list exactly as {@code GET /api/poverty-list} answered at {@code asOf}: today was that instant's date. */
    @Operation(summary = "Replay the poverty lists as they stood at an instant")
    @GetMapping("/api/audit/poverty-list")
    @AuditedRead(ReadKind.POVERTY_LIST_AS_OF)
    public Page<PovertyListItem> asOf(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                                                      @RequestParam(required = false) String commune,
                                                      @RequestParam(required = false) ListedStatus status,
                                                      @RequestParam(required = false) PolicyGroup policyGroup,
                                                      @RequestParam(required = false) Integer page,
                                                      @RequestParam(required = false) Integer size)
            throws InterruptedException {
        if (!BusinessCalendar.isPlausible(asOf)) {
            throw new InvalidInput("asOf", "input.instant.years", BusinessCalendar.FIRST_YEAR, BusinessCalendar.LAST_YEAR);
        }
        PovertyListing listing = listing(commune, status, policyGroup, page, size);
        CommuneScope scope = lineage.scope(commune);
        LocalDate day = LocalDate.ofInstant(asOf, BusinessCalendar.VIETNAM);
        return listing.answer(inUnits(versions.entriesAt(asOf, lineage.sources(scope)), day, asOf, scope), day);
    }

    /** The entries under their units of {@code day} (as known at {@code knownAt}), those of the scope only. */
    private Stream<PovertyListEntry> inUnits(Collection<PovertyListEntry> entries, LocalDate day, Instant knownAt,
                                             CommuneScope scope) {
        Map<UUID, String> units = lineage.unitsOn(entries.stream()
                .collect(Collectors.toMap(PovertyListEntry::householdId, PovertyListEntry::communeCode)), day, knownAt);
        return entries.stream().map(e -> e.inUnit(units.get(e.householdId()))).filter(e -> scope.covers(e.communeCode()));
    }

    private static PovertyListing listing(String commune, ListedStatus status, PolicyGroup policyGroup, Integer page,
                                          Integer size) {
        if (status == ListedStatus.NOT_POOR) {
            throw new InvalidInput("status", "povertyList.status");
        }
        return new PovertyListing(commune, status, policyGroup == null ? null : policyGroup.name(), PageRequest.of(page, size));
    }

    /**
     * One page of the list on {@code day}, filtered, ordered and paged by PostgreSQL. A row is listed
     * on the day exactly when {@link PovertyListEntry#listingOn} says so: {@code listed_until} is the
     * first day off the lists ({@link ListedStatus#listedUntil}), and a household that was never on
     * them is not newly escaped; each row's status then comes from {@code listingOn} itself. Codes
     * order as {@link PovertyListing} orders them, by their characters ({@code COLLATE "C"}).
     */
    private Page<PovertyListItem> listedPage(PovertyListing listing, LocalDate day, CommuneScope scope) {
        StringBuilder where = new StringBuilder("""

                 WHERE NOT closed AND classification IS NOT NULL AND (listed_until IS NULL OR listed_until > ?)
                   AND (classification <> 'NOT_POOR' OR left_lists_on IS NOT NULL)""");
        List<Object> args = new ArrayList<>(List.of(day));
        if (scope.communes() != null) {
            // The recorded units first, by the list's index: only their rows are resolved to the units of the day.
            where.append(" AND recorded_unit = ANY (?::text[]) AND query_side.unit_within(recorded_unit, village, ?, ?::text[])");
            args.add(lineage.sources(scope).toArray(String[]::new));
            args.add(day);
            args.add(scope.sqlArray());
        }
        if (listing.status() != null) {
            where.append(" AND classification = ?");
            args.add(listing.status().classification().name());
        }
        if (listing.policyGroup() != null) {
            where.append(" AND policy_group = ?");
            args.add(listing.policyGroup());
        }
        List<PovertyListItem> items = new ArrayList<>();
        long[] total = {0};
        List<Object> paged = new ArrayList<>(args);
        paged.add(listing.page().size());
        paged.add(listing.page().offset());
        jdbc.query("""
                        SELECT %s, count(*) OVER ()
                          FROM %s""".formatted(PovertyListEntry.COLUMNS, listedInUnits(day)) + where + """

                         ORDER BY commune_code COLLATE "C", code COLLATE "C" LIMIT ? OFFSET ?""",
                rs -> {
                    PovertyListEntry entry = PovertyListEntry.read(rs);
                    items.add(PovertyListing.item(entry, entry.listingOn(day)));
                    total[0] = rs.getLong(10);
                }, paged.toArray());
        if (items.isEmpty() && listing.page().offset() > 0) {
            total[0] = jdbc.queryForObject("SELECT count(*) FROM " + listedInUnits(day) + where, Long.class, args.toArray());
        }
        return new Page<>(total[0], listing.page().page(), listing.page().size(), items);
    }

    /** {@code poverty_list} with each household's unit of {@code day} as its {@code commune_code}. */
    private static String listedInUnits(LocalDate day) {
        return """
                (SELECT l.household_id, l.code, query_side.unit_in_force(l.commune_code, h.village, DATE '%s') AS commune_code,
                        l.head_name, l.classification, l.classification_since, l.left_lists_on, l.policy_group, l.closed,
                        l.listed_until, l.commune_code AS recorded_unit, h.village
                   FROM query_side.poverty_list l LEFT JOIN query_side.household h ON h.household_id = l.household_id)
                AS poverty_list""".formatted(day);
    }
}
