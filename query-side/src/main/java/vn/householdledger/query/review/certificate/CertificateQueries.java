package vn.householdledger.query.review.certificate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.Relation;
import vn.householdledger.api.household.Sex;
import vn.householdledger.api.review.ReviewKind;

/**
 * The SQL of the certificate: the household and its members today from the household view's tables, its
 * recognised class and decision from {@link RecognitionProjection}'s, the deciding commune's name from the
 * communes'.
 */
@Component
public class CertificateQueries {

    /** A household as the certificate first needs it: where it belongs, and whether its case is closed. */
    record Household(UUID householdId, String code, String communeCode, String village, String address, boolean closed) {
    }

    private final JdbcTemplate jdbc;

    public CertificateQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Household> household(UUID householdId) {
        return jdbc.query("""
                        SELECT code, commune_code, village, address, closed_on IS NOT NULL AS closed
                          FROM query_side.household WHERE household_id = ?""",
                (rs, i) -> new Household(householdId, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5)),
                householdId).stream().findFirst();
    }

    /**
     * The certificate of an open household whose latest assessment not voided recognises it as poor or
     * near-poor; empty for any other.
     */
    Optional<Certificate> certificate(Household household) {
        if (household.closed()) {
            return Optional.empty();
        }
        return jdbc.query("""
                        SELECT coalesce(c.name, r.commune_code), r.decision_number, r.assessed_on, r.classification, r.year,
                               r.kind, r.standard
                          FROM query_side.recognition r
                          LEFT JOIN query_side.commune c ON c.code = r.commune_code
                         WHERE r.household_id = ? AND NOT r.voided
                         ORDER BY r.sequence_number DESC LIMIT 1""",
                        (rs, i) -> new Certificate(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                                Classification.valueOf(rs.getString(4)),
                                ReviewKind.valueOf(rs.getString(6)).listsYear(rs.getInt(5)), rs.getString(7), household.code(),
                                household.village(), household.address(), List.of()),
                        household.householdId()).stream()
                .filter(recognised -> recognised.classification() != Classification.NOT_POOR)
                .findFirst()
                .map(recognised -> recognised.withMembers(members(household.householdId())));
    }

    /** The members present today, the head first, then by the day they joined and their birth. */
    private List<Certificate.Member> members(UUID householdId) {
        return jdbc.query("""
                        SELECT full_name, sex, birth_date, relation, national_id FROM query_side.household_member
                         WHERE household_id = ? AND departed_on IS NULL
                         ORDER BY relation <> 'HEAD', joined_on, birth_date, full_name""",
                (rs, i) -> new Certificate.Member(rs.getString(1), Sex.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), Relation.valueOf(rs.getString(4)), rs.getString(5)),
                householdId);
    }
}
