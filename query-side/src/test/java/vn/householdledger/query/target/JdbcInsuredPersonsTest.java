package vn.householdledger.query.target;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.householdledger.query.target.InsuredPersons.MemberRef;

/**
 * The count of insured people against a real PostgreSQL, over the card table the assistance
 * projections are to own ({@code household_id, member_id, valid_from, valid_to, voided}).
 */
class JdbcInsuredPersonsTest {

    private static final LocalDate TODAY = LocalDate.of(2018, 6, 1);
    private static final UUID HOUSEHOLD = UUID.randomUUID();
    private static final MemberRef HEAD = new MemberRef(HOUSEHOLD, UUID.randomUUID());
    private static final MemberRef SPOUSE = new MemberRef(HOUSEHOLD, UUID.randomUUID());
    private static final MemberRef CHILD = new MemberRef(HOUSEHOLD, UUID.randomUUID());
    private static final MemberRef ELSEWHERE = new MemberRef(UUID.randomUUID(), UUID.randomUUID());

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate jdbc;
    private static JdbcInsuredPersons insured;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.start();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        jdbc.execute("CREATE SCHEMA query_side");
        insured = new JdbcInsuredPersons(jdbc);
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void withoutTheCardTableTheCountIsUnknownAndWithItCardsValidTodayCountOncePerPerson() {
        assertThat(insured.countInsured(List.of(HEAD, SPOUSE), TODAY)).isEmpty();

        jdbc.execute("""
                CREATE TABLE query_side.health_insurance_card (
                    household_id UUID NOT NULL, member_id UUID NOT NULL, valid_from DATE NOT NULL, valid_to DATE NOT NULL,
                    voided BOOLEAN NOT NULL)""");
        card(HEAD, "2018-01-01", "2018-12-31", false);
        card(HEAD, "2018-06-01", "2019-05-31", false);   // a second valid card: still one person
        card(SPOUSE, "2017-01-01", "2018-05-31", false); // expired yesterday
        card(CHILD, "2018-01-01", "2018-12-31", true);   // voided
        card(ELSEWHERE, "2018-01-01", "2018-12-31", false);

        assertThat(insured.countInsured(List.of(HEAD, SPOUSE, CHILD), TODAY)).isEqualTo(OptionalLong.of(1));
        assertThat(insured.countInsured(List.of(HEAD, SPOUSE, CHILD, ELSEWHERE), TODAY)).isEqualTo(OptionalLong.of(2));
        assertThat(insured.countInsured(List.of(SPOUSE), TODAY.minusDays(1))).isEqualTo(OptionalLong.of(1));
        assertThat(insured.countInsured(List.of(), TODAY)).isEqualTo(OptionalLong.of(0));
    }

    private static void card(MemberRef member, String from, String to, boolean voided) {
        jdbc.update("INSERT INTO query_side.health_insurance_card VALUES (?, ?, ?, ?, ?)", member.householdId(), member.memberId(),
                LocalDate.parse(from), LocalDate.parse(to), voided);
    }
}
