package vn.householdledger.command.integrity;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.householdledger.api.time.BusinessCalendar;

/**
 * The event store verified and anchored every night at 01:00 in Vietnam, by db-scheduler, on one node
 * of a deployment: the gauge {@code ledger.store.broken.events} and an ERROR naming the households
 * tell whoever is on call.
 */
@Configuration(proxyBeanMethods = false)
public class DailyVerification {

    @Bean
    public RecurringTask<Void> eventStoreVerification(ChainVerifier verifier) {
        return Tasks.recurring("event-store-verification", Schedules.daily(BusinessCalendar.VIETNAM, LocalTime.of(1, 0)))
                .execute((instance, context) -> verifier.verify());
    }
}
