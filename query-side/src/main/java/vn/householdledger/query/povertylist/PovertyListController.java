package vn.householdledger.query.povertylist;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.Page;
import vn.householdledger.api.household.ListedStatus;
import vn.householdledger.api.household.PolicyGroup;
import vn.householdledger.api.povertylist.PovertyListItem;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.platform.security.Caller;
import vn.householdledger.query.read.CommuneScope;
import vn.householdledger.query.read.PageRequest;
import vn.householdledger.api.audit.ReadKind;
import vn.householdledger.query.audit.AuditedRead;

/**
 * The poverty list today, from the live read model; on a past business date, as the ledger knows that
 * day now; and as it stood at any past instant. The last two are replayed from the event store by
 * {@link PovertyListReplay}. Both make their items through {@link PovertyListing}.
 */
@RestController
public class PovertyListController {

    private final JdbcTemplate jdbc;
    private final PovertyListReplay replay;
    private final Clock clock;

    public PovertyListController(JdbcTemplate jdbc, PovertyListReplay replay, Clock clock) {
        this.jdbc = jdbc;
        this.replay = replay;
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
        CommuneScope scope = CommuneScope.of(commune);
        if (on == null) {
            return listedPage(listing, BusinessCalendar.today(clock), scope);
        }
        if (!BusinessCalendar.isPlausible(on)) {
            throw new InvalidInput("on", "input.date.years", BusinessCalendar.FIRST_YEAR, BusinessCalendar.LAST_YEAR);
        }
        return listing.answer(replay.entriesOn(on, commune).stream().filter(e -> scope.covers(e.communeCode())), on);
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
                                                      @RequestParam(required = false) Integer size) {
        if (!BusinessCalendar.isPlausible(asOf)) {
            throw new InvalidInput("asOf", "input.instant.years", BusinessCalendar.FIRST_YEAR, BusinessCalendar.LAST_YEAR);
        }
        PovertyListing listing = listing(commune, status, policyGroup, page, size);
        return listing.answer(replay.entriesAt(asOf, commune).stream(), LocalDate.ofInstant(asOf, BusinessCalendar.VIETNAM));
    }

    private static PovertyListing listing(String commune, ListedStatus status, PolicyGroup policyGroup, Integer page,
                                          Integer size) {
        if (commune != null) {
            Caller.current().requireRead(commune);
        }
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
            where.append(" AND commune_code = ANY (?::text[])");
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
                          FROM query_side.poverty_list""".formatted(PovertyListEntry.COLUMNS) + where + """

                         ORDER BY commune_code COLLATE "C", code COLLATE "C" LIMIT ? OFFSET ?""",
                rs -> {
                    PovertyListEntry entry = PovertyListEntry.read(rs);
                    items.add(PovertyListing.item(entry, entry.listingOn(day)));
                    total[0] = rs.getLong(10);
                }, paged.toArray());
        if (items.isEmpty() && listing.page().offset() > 0) {
            total[0] = jdbc.queryForObject("SELECT count(*) FROM query_side.poverty_list" + where, Long.class, args.toArray());
        }
        return new Page<>(total[0], listing.page().page(), listing.page().size(), items);
    }
}
