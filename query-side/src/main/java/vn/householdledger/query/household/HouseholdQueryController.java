package vn.householdledger.query.household;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.platform.problem.NotFound;
import vn.householdledger.platform.security.Caller;
import vn.householdledger.query.assistance.HouseholdAssistance;

/** A household's current state, for the workers of its commune and for auditors. */
@RestController
public class HouseholdQueryController {

    public record MemberView(UUID memberId, String fullName, String sex, LocalDate birthDate, String relation,
                             String nationalId, LocalDate joinedOn, LocalDate departedOn, String departureReason) {
    }

    public record HouseholdView(UUID householdId, String code, String communeCode, String village, String address,
                                LocalDate registeredOn, String headName, List<MemberView> members,
                                List<MemberView> formerMembers, List<HouseholdAssistance.LoanView> loans,
                                List<HouseholdAssistance.CardView> insurance,
                                List<HouseholdAssistance.AssistanceView> assistance) {
    }

    private final JdbcTemplate jdbc;
    private final HouseholdAssistance help;

    public HouseholdQueryController(JdbcTemplate jdbc, HouseholdAssistance help) {
        this.jdbc = jdbc;
        this.help = help;
    }

    @GetMapping("/api/households/{householdId}")
    public HouseholdView household(@PathVariable UUID householdId) {
        List<MemberView> all = jdbc.query("""
                        SELECT member_id, full_name, sex, birth_date, relation, national_id, joined_on, departed_on, departure_reason
                          FROM query_side.household_member WHERE household_id = ? ORDER BY joined_on, relation, full_name""",
                (rs, i) -> new MemberView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class), rs.getString(9)),
                householdId);
        List<MemberView> present = all.stream().filter(m -> m.departedOn() == null).toList();
        HouseholdView view = jdbc.query("""
                        SELECT household_id, code, commune_code, village, address, registered_on
                          FROM query_side.household WHERE household_id = ?""",
                (rs, i) -> new HouseholdView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class),
                        present.stream().filter(m -> "HEAD".equals(m.relation())).map(MemberView::fullName).findFirst().orElse(null),
                        present, all.stream().filter(m -> m.departedOn() != null).toList(),
                        help.loans(householdId), help.insurance(householdId), help.assistance(householdId)),
                householdId).stream().findFirst()
                .orElseThrow(() -> new NotFound("No household with id " + householdId));
        Caller.current().requireRead(view.communeCode());
        return view;
    }
}
