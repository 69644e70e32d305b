package vn.householdledger.query.household;

import io.swagger.v3.oas.annotations.Operation;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.Page;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.HouseholdFound;
import vn.householdledger.api.household.ListedStatus;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.events.household.Listing;
import vn.householdledger.query.read.CommuneScope;
import vn.householdledger.query.read.PageRequest;
import vn.householdledger.api.audit.ReadKind;
import vn.householdledger.query.audit.AuditedRead;

/**
 * Finds households in the caller's communes — every one, assessed or not, open or closed — by a part
 * of their code, their head's name or their village, ignoring case, accents and Unicode form (the
 * folded columns {@link SearchFold} keeps), or by a member's exact national id; optionally of one
 * commune and one listed status. Reads {@code household} and {@code household_member} of
 * {@link HouseholdViewProjection}; the status follows from the latest assessment as on the
 * household page. Found households come in the order of their heads' names as Vietnamese sorts them
 * (a, ă, â, …, d, đ, …; tones after the bare letter), then by code.
 */
@RestController
public class HouseholdSearchController {

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));
    private static final Comparator<HouseholdFound> BY_HEAD_THEN_CODE = Comparator
            .comparing(HouseholdFound::headName, Comparator.nullsLast(VIETNAMESE::compare))
            .thenComparing(HouseholdFound::code);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public HouseholdSearchController(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Operation(summary = "Search households by code, head's name, national id or village")
    @GetMapping("/api/households")
    @AuditedRead(ReadKind.SEARCH)
    public Page<HouseholdFound> search(@RequestParam(required = false) String q,
                                          @RequestParam(required = false) String commune,
                                          @RequestParam(required = false) ListedStatus status,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        String[] scope = CommuneScope.of(commune == null || commune.isBlank() ? null : commune).sqlArray();
        String text = q == null || q.isBlank() ? null : q.strip();
        String like = text == null ? null : "%" + SearchFold.fold(text)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        LocalDate today = BusinessCalendar.today(clock);
        List<HouseholdFound> found = jdbc.query("""
                        SELECT h.household_id, h.code, h.commune_code, h.village, head.full_name, h.classification,
                               h.classification_since, h.left_lists_on, h.policy_group, h.closed_on
                          FROM query_side.household h
                          LEFT JOIN query_side.household_member head
                            ON head.household_id = h.household_id AND head.relation = 'HEAD' AND head.departed_on IS NULL
                         WHERE (CAST(? AS TEXT[]) IS NULL OR h.commune_code = ANY (CAST(? AS TEXT[])))
                           AND (CAST(? AS TEXT) IS NULL OR h.code_folded LIKE ? OR head.full_name_folded LIKE ?
                                OR h.village_folded LIKE ? OR EXISTS (SELECT 1 FROM query_side.household_member m
                                            WHERE m.household_id = h.household_id AND m.national_id = ?))
""",
                        (rs, i) -> {
                            String classification = rs.getString(6);
                            Listing listing = classification == null ? null
                                    : Listing.of(Classification.valueOf(classification),
                                    rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), today);
                            return new HouseholdFound(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                                    rs.getString(4), rs.getString(5), listing == null ? null : listing.status(),
                                    listing == null ? null : listing.since(), rs.getString(9),
                                    rs.getObject(10, LocalDate.class) != null);
                        },
                        scope, scope, text, like, like, like, text).stream()
                .filter(f -> status == null || status == f.status())
                .sorted(BY_HEAD_THEN_CODE)
                .toList();
        return paging.of(found);
    }
}
