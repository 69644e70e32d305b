package vn.householdledger.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.commune.CommuneKind;
import vn.householdledger.api.security.Role;
import vn.householdledger.command.commune.RegisterCommune;
import vn.householdledger.platform.problem.Forbidden;
import vn.householdledger.platform.security.Caller;
import vn.householdledger.standalone.ApiTest;

/**
 * Authorisation fails closed off a request: a command sent on a thread that no request and no
 * named system job stands behind is refused and writes nothing; the same command sent as a system
 * job is recorded by the job's name.
 */
class OffRequestApiTest extends ApiTest {

    @Autowired
    private CommandGateway commands;

    @Test
    void aCommandFromNoOneIsRefusedAndWritesNothing() {
        long before = eventCount();
        assertThat(Caller.current()).isEqualTo(Caller.NOBODY);

        assertThatThrownBy(() -> commands.sendAndWait(commune(uniqueCommuneCode()))).isInstanceOf(Forbidden.class);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aSystemJobIsRecordedByItsName() {
        String code = uniqueCommuneCode();
        Caller.asSystem("test-job", Set.of(Role.ADMIN), Set.of(), () -> commands.sendAndWait(commune(code)));

        String recordedBy = jdbc.queryForObject("""
                SELECT convert_from(meta_data, 'UTF8')::jsonb ->> 'recordedBy' FROM event_store.domain_event_entry
                 WHERE aggregate_identifier = ?""", String.class, code);
        assertThat(recordedBy).isEqualTo("test-job");
        assertThat(Caller.current()).isEqualTo(Caller.NOBODY);
    }

    private static RegisterCommune commune(String code) {
        return new RegisterCommune(code, "Xã " + code, CommuneKind.COMMUNE, Area.RURAL, LocalDate.of(2018, 1, 1));
    }
}
