package vn.householdledger.platform.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/** Counts refused logins ({@code ledger_security_failed_logins_total}) so a brute-force attempt shows. */
@Component
public class FailedLogins {

    private static final Logger log = LoggerFactory.getLogger(FailedLogins.class);
    private final Counter counter;

    public FailedLogins(MeterRegistry registry) {
        this.counter = Counter.builder("ledger.security.failed.logins")
                .description("Logins refused for a wrong account name or password")
                .register(registry);
    }

    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        counter.increment();
        // What was typed may be a password in the wrong field: never log it.
        log.info("Refused a login ({})", event.getException().getClass().getSimpleName());
    }
}
