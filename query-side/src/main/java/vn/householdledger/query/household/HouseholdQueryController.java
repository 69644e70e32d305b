package vn.householdledger.query.household;

import io.swagger.v3.oas.annotations.Operation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.household.AssessmentView;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.EthnicGroup;
import vn.householdledger.api.household.EthnicGroups;
import vn.householdledger.api.household.HouseholdTraits;
import vn.householdledger.api.household.HouseholdView;
import vn.householdledger.api.household.MemberView;
import vn.householdledger.api.household.YesNoUnknown;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.events.household.Listing;
import vn.householdledger.platform.problem.NotFound;
import vn.householdledger.platform.security.Caller;
import vn.householdledger.query.assistance.HouseholdAssistance;
import vn.householdledger.query.read.SqlArrays;
import vn.householdledger.api.audit.ReadKind;
import vn.householdledger.query.audit.AuditedRead;

/** A household's current state, for the workers of its commune and for auditors. */
@RestController
public class HouseholdQueryController {

    private final JdbcTemplate jdbc;
    private final HouseholdAssistance help;
    private final Clock clock;

    public HouseholdQueryController(JdbcTemplate jdbc, HouseholdAssistance help, Clock clock) {
        this.jdbc = jdbc;
        this.help = help;
        this.clock = clock;
    }

    @Operation(summary = "Read a household's case as it stands")
    @GetMapping("/api/households/{householdId}")
    @AuditedRead(ReadKind.CASE)
    public HouseholdView household(@PathVariable UUID householdId) {
        List<MemberView> all = jdbc.query("""
                        SELECT member_id, full_name, sex, birth_date, relation, national_id, joined_on, departed_on, departure_reason,
                               ethnicity, disability, meritorious_service
                          FROM query_side.household_member WHERE household_id = ? ORDER BY joined_on, relation, full_name""",
                (rs, i) -> new MemberView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class), rs.getString(9), rs.getString(10),
                        EthnicGroups.byCode(rs.getString(10)).map(EthnicGroup::name).orElse(null),
                        YesNoUnknown.valueOf(rs.getString(11)), YesNoUnknown.valueOf(rs.getString(12))),
                householdId);
        HouseholdView view = jdbc.query("SELECT * FROM query_side.household WHERE household_id = ?",
                        (rs, i) -> toView(rs, all), householdId).stream().findFirst()
                .orElseThrow(() -> new NotFound("notFound.household", householdId));
        Caller.current().requireRead(view.communeCode());
        return view;
    }

    private HouseholdView toView(ResultSet rs, List<MemberView> all) throws SQLException {
        UUID householdId = rs.getObject("household_id", UUID.class);
        List<MemberView> present = all.stream().filter(m -> m.departedOn() == null).toList();
        String head = present.stream().filter(m -> "HEAD".equals(m.relation())).map(MemberView::fullName).findFirst().orElse(null);
        String classification = rs.getString("classification");
        AssessmentView assessment = null;
        Listing listing = null;
        if (classification != null) {
            assessment = new AssessmentView(rs.getInt("review_year"), rs.getObject("assessed_on", LocalDate.class),
                    rs.getString("standard"), rs.getLong("income_per_capita"), SqlArrays.strings(rs.getArray("deprivations")),
                    SqlArrays.strings(rs.getArray("causes")), classification, rs.getString("basis"),
                    StoredExplanation.inWords(rs.getString("explanation")),
                    rs.getBoolean("simulated"));
            listing = Listing.of(Classification.valueOf(classification),
                    rs.getObject("classification_since", LocalDate.class), rs.getObject("left_lists_on", LocalDate.class),
                    BusinessCalendar.today(clock));
        }
        LocalDate closedOn = rs.getObject("closed_on", LocalDate.class);
        return new HouseholdView(householdId, rs.getString("code"), rs.getString("commune_code"),
                rs.getString("village"), rs.getString("address"), rs.getObject("registered_on", LocalDate.class), head,
                listing == null ? null : listing.status(), listing == null ? null : listing.since(),
                rs.getString("standard"), assessment == null ? List.of() : assessment.deprivations(),
                assessment == null ? List.of() : assessment.causes(), rs.getString("policy_group"), assessment,
                Arrays.asList((Integer[]) rs.getArray("pledged_years").getArray()), closedOn != null, closedOn,
                rs.getString("closure_reason"), present, all.stream().filter(m -> m.departedOn() != null).toList(),
                help.loans(householdId), help.insurance(householdId), help.assistance(householdId), HouseholdTraits.of(present));
    }
}
