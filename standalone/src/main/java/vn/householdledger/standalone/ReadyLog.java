package vn.householdledger.standalone;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.householdledger.platform.security.LedgerSecurityProperties;

/** Tells whoever started the service where it answers and, for demo accounts, how to sign in. */
@Component
public class ReadyLog {

    private static final Logger log = LoggerFactory.getLogger(ReadyLog.class);
    private static final String PLAIN = "{noop}";

    private final LedgerSecurityProperties security;

    public ReadyLog(LedgerSecurityProperties security) {
        this.security = security;
    }

    @EventListener
    public void onReady(ApplicationReadyEvent event) {
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        log.info("Household Ledger is ready at http://localhost:{}/ (API under /api, OpenAPI at /v3/api-docs)", port);
        for (LedgerSecurityProperties.User user : security.users()) {
            // Only demo accounts, configured in plain text, are shown with their password.
            String password = user.password() != null && user.password().startsWith(PLAIN)
                    ? user.password().substring(PLAIN.length()) : "(encoded)";
            log.info("  account {} / {}  roles {}  communes {}", user.username(), password, user.roles(),
                    user.communes() == null ? "-" : user.communes());
        }
    }
}
