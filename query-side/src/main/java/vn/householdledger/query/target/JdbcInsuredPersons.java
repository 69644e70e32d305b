package vn.householdledger.query.target;

import java.time.LocalDate;
import java.util.Collection;
import java.util.OptionalLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@link InsuredPersons} from the cards' read model {@code query_side.health_insurance_card
 * (household_id, member_id, valid_from, valid_to, voided)}, which the assistance projections own.
 * Until that read model exists in this database the count is unknown, never a failure.
 */
@Repository
public class JdbcInsuredPersons implements InsuredPersons {

    private static final String CARD_TABLE = "query_side.health_insurance_card";

    private final JdbcTemplate jdbc;

    public JdbcInsuredPersons(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public OptionalLong countInsured(Collection<MemberRef> members, LocalDate day) {
        if (!Boolean.TRUE.equals(jdbc.queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class, CARD_TABLE))) {
            return OptionalLong.empty();
        }
        if (members.isEmpty()) {
            return OptionalLong.of(0);
        }
        // The assistance read model's card table: one row per card; a voided card counts for nothing.
        Long insured = jdbc.queryForObject("""
                        SELECT count(DISTINCT (c.household_id, c.member_id))
                          FROM unnest(?::uuid[], ?::uuid[]) AS m (household_id, member_id)
                          JOIN %s c ON c.household_id = m.household_id AND c.member_id = m.member_id
                         WHERE NOT c.voided AND c.valid_from <= ? AND c.valid_to >= ?""".formatted(CARD_TABLE),
                Long.class,
                members.stream().map(m -> m.householdId().toString()).toArray(String[]::new),
                members.stream().map(m -> m.memberId().toString()).toArray(String[]::new),
                day, day);
        return OptionalLong.of(insured == null ? 0 : insured);
    }
}
