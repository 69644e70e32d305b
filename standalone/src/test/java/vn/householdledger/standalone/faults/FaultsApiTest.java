package vn.householdledger.standalone.faults;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.standalone.admin.AdminProjections;

/**
 * A server whose projections meet faults: a gap timeout of one second (so a slow transaction is
 * easy to make), a completeness check that the tests run themselves, and a projection that fails
 * when told to.
 */
@TestPropertySource(properties = {"ledger.eventstore.gap-timeout=1000", "ledger.projections.completeness-check=1h"})
@Import(FailingProjection.class)
abstract class FaultsApiTest extends ApiTest {

    protected AdminProjections projections() {
        return new AdminProjections(api);
    }

    /** A commune code no other test uses, in the upper snake case codes take. */
    protected static String communeCode(String prefix) {
        return uniqueCode(prefix).toUpperCase().replace('-', '_');
    }

    protected boolean communeListed(String code) {
        return api.as("auditor").consistent().get("/api/communes").body().contains("\"" + code + "\"");
    }
}
