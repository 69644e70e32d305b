package vn.householdledger.query.povertylist;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.events.household.Classification;
import vn.householdledger.events.household.ListedStatus;
import vn.householdledger.events.household.PolicyGroup;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.platform.security.Caller;
import vn.householdledger.platform.time.BusinessCalendar;
import vn.householdledger.query.read.PageRequest;

/**
 * The poverty list today, from the live read model, and as it stood at any past instant, replayed
 * from the event store by {@link PovertyListReplay}. Both answer through {@link PovertyListing}.
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

    @GetMapping("/api/poverty-list")
    public PageRequest.Page<PovertyListing.Item> povertyList(@RequestParam(required = false) String commune,
                                                             @RequestParam(required = false) ListedStatus status,
                                                             @RequestParam(required = false) PolicyGroup policyGroup,
                                                             @RequestParam(required = false) Integer page,
                                                             @RequestParam(required = false) Integer size) {
        PovertyListing listing = listing(commune, status, policyGroup, page, size);
        LocalDate today = BusinessCalendar.today(clock);
        return listing.answer(listedOn(today, commune).stream().filter(e -> Caller.current().mayRead(e.communeCode())), today);
    }

    /** The list exactly as {@code GET /api/poverty-list} answered at {@code asOf}: today was that instant's date. */
    @GetMapping("/api/audit/poverty-list")
    public PageRequest.Page<PovertyListing.Item> asOf(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                                                      @RequestParam(required = false) String commune,
                                                      @RequestParam(required = false) ListedStatus status,
                                                      @RequestParam(required = false) PolicyGroup policyGroup,
                                                      @RequestParam(required = false) Integer page,
                                                      @RequestParam(required = false) Integer size) {
        if (!BusinessCalendar.isPlausible(asOf)) {
            throw new InvalidInput("asOf", "must be an instant from " + BusinessCalendar.FIRST_YEAR + " to "
                    + BusinessCalendar.LAST_YEAR);
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
            throw new InvalidInput("status", "must be POOR, NEAR_POOR or NEWLY_ESCAPED");
        }
        return new PovertyListing(commune, status, policyGroup == null ? null : policyGroup.name(), PageRequest.of(page, size));
    }

    /** The entries that may be on the list on {@code day}: open, assessed, not past their listing. */
    private List<PovertyListEntry> listedOn(LocalDate day, String commune) {
        List<PovertyListEntry> entries = new ArrayList<>();
        jdbc.query("""
                        SELECT household_id, code, commune_code, head_name, classification, classification_since,
                               left_lists_on, policy_group
                          FROM query_side.poverty_list
                         WHERE NOT closed AND classification IS NOT NULL AND (listed_until IS NULL OR listed_until > ?)
                           AND (CAST(? AS VARCHAR) IS NULL OR commune_code = ?)""",
                rs -> {
                    entries.add(new PovertyListEntry(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), Classification.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class),
                            rs.getObject(7, LocalDate.class), rs.getString(8), false));
                }, day, commune, commune);
        return entries;
    }
}
