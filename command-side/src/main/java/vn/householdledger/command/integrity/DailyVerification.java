package vn.householdledger.command.integrity;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import vn.householdledger.api.time.BusinessCalendar;

/**
 * The event store verified and anchored every night at 01:00 in Vietnam, by db-scheduler, on one node
 * of a deployment: the gauge {@code ledger.store.broken.events} and an ERROR naming the households
 * tell whoever is on call. A store that has never been verified (the first start after the chain came,
 * with the events stored before it) is verified at once, in the background, so that those events are
 * anchored before anyone could change them unseen.
 */
@Configuration(proxyBeanMethods = false)
public class DailyVerification {

    private static final Logger log = LoggerFactory.getLogger(DailyVerification.class);

    private final ChainVerifier verifier;

    public DailyVerification(ChainVerifier verifier) {
        this.verifier = verifier;
    }

    @Bean
    public RecurringTask<Void> eventStoreVerification() {
        return Tasks.recurring("event-store-verification", Schedules.daily(BusinessCalendar.VIETNAM, LocalTime.of(1, 0)))
                .execute((instance, context) -> verifier.verify());
    }

    @EventListener(ApplicationReadyEvent.class)
    public void anchorTheStoreOnItsFirstStart() {
        if (!verifier.started()) {
            Thread first = new Thread(() -> {
                log.info("The event store has never been verified: verifying it now, anchoring the events stored before the chain");
                verifier.verify();
            }, "event-store-first-verification");
            first.setDaemon(true);
            first.start();
        }
    }
}
