package vn.householdledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.householdledger.api.security.Role;
import vn.householdledger.platform.problem.Forbidden;

/** Authorisation fails closed: who is not signed in, or runs on no request without saying who it is, is nobody. */
class CallerTest {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void withoutAuthenticationTheCallerIsNobodyWhoMayReadAndWriteNothing() {
        assertThat(Caller.current()).isEqualTo(Caller.NOBODY);
        assertThatThrownBy(() -> Caller.current().requireRead("HA_LAN")).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> Caller.current().requireWrite("HA_LAN")).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> Caller.current().require(Role.ADMIN)).isInstanceOf(Forbidden.class);
        assertThat(Caller.current().limitedToOwnCommunes()).isTrue();
    }

    @Test
    void anAnonymousOrUnknownKindOfAuthenticationIsNobodyToo() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(Caller.current()).isEqualTo(Caller.NOBODY);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("someone", null,
                AuthorityUtils.createAuthorityList(Role.ADMIN.authority())));
        assertThat(Caller.current()).isEqualTo(Caller.NOBODY);
    }

    /** A pool thread a request starts (a rebuild's, an import's) does not inherit who sent the request. */
    @Test
    void aThreadStartedWhileAnAdminIsSignedInIsNobody() throws InterruptedException {
        SecurityContextHolder.getContext().setAuthentication(new CallerAuthentication(
                new Caller("admin", Set.of(Role.ADMIN), Set.of()), null));
        AtomicReference<Caller> seen = new AtomicReference<>();
        Thread started = new Thread(() -> seen.set(Caller.current()));
        started.start();
        started.join();

        assertThat(Caller.current().is(Role.ADMIN)).isTrue();
        assertThat(seen.get()).isEqualTo(Caller.NOBODY);
    }

    @Test
    void aSystemJobActsUnderItsNameWithExactlyItsRightsAndOnlyWhileItRuns() {
        Caller during = Caller.asSystem("demo", Set.of(Role.WORKER), Set.of("HA_LAN"), Caller::current);
        assertThat(during).isEqualTo(new Caller("demo", Set.of(Role.WORKER), Set.of("HA_LAN")));
        assertThat(during.mayRead("HA_LAN")).isTrue();
        assertThat(during.mayRead("BAC_SON")).isFalse();
        assertThat(Caller.current()).isEqualTo(Caller.NOBODY);
    }

    @Test
    void onlyAChairOfTheCommuneDecidesItsReviewsAndAChairReadsOnlyHerCommunes() {
        Caller chair = new Caller("chu-tich", Set.of(Role.CHAIR), Set.of("HA_LAN"));
        chair.requireChairOf("HA_LAN");
        assertThatThrownBy(() -> chair.requireChairOf("BAC_SON")).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> chair.requireWrite("HA_LAN")).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> new Caller("worker", Set.of(Role.WORKER), Set.of("HA_LAN")).requireChairOf("HA_LAN"))
                .isInstanceOf(Forbidden.class);
        assertThat(chair.mayRead("HA_LAN")).isTrue();
        assertThat(chair.mayRead("BAC_SON")).isFalse();
    }

    @Test
    void anAccountSignedInWithBasicIsItself() {
        LedgerAccount worker = new LedgerAccount("worker", "{noop}worker", Set.of(Role.WORKER), Set.of("HA_LAN"), Set.of());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(worker, null, worker.getAuthorities()));
        assertThat(Caller.current()).isEqualTo(new Caller("worker", Set.of(Role.WORKER), Set.of("HA_LAN")));
    }

    @Test
    void aWorkerOrChairOfAProvinceActsForTheUnitsTheSideFoundInIt() {
        LedgerAccount account = new LedgerAccount("tinh", "{noop}tinh", Set.of(Role.WORKER, Role.CHAIR), Set.of(), Set.of("THANH_HOA"));
        Caller province = account.caller();
        assertThat(province.provinces()).containsExactly("THANH_HOA");
        province.requireWriteIn("HA_LAN", "THANH_HOA");
        province.requireChairIn("HA_LAN", "THANH_HOA");
        assertThatThrownBy(() -> province.requireWriteIn("HA_LAN", "NGHE_AN")).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> province.requireWriteIn("HA_LAN", null)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> province.requireWrite("HA_LAN")).isInstanceOf(Forbidden.class);
    }
}
