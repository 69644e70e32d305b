package vn.householdledger.command.review;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.events.review.HouseholdSurveyed;
import vn.householdledger.events.review.ReviewDecided;
import vn.householdledger.events.review.ReviewOpened;
import vn.householdledger.platform.processing.InCommandTransaction;

/**
 * The reviews' work on this node, counted once each step has committed: reviews opened by kind, surveys,
 * decisions; and, from the directory, the periodic reviews overdue now.
 */
@Component
@ProcessingGroup(ReviewDecisionPlan.PROCESSING_GROUP)
@InCommandTransaction
public class ReviewMetrics {

    private final Map<ReviewKind, Counter> opened = new EnumMap<>(ReviewKind.class);
    private final Counter surveys;
    private final Counter decisions;

    public ReviewMetrics(MeterRegistry meters, ReviewDirectory directory) {
        for (ReviewKind kind : ReviewKind.values()) {
            opened.put(kind, Counter.builder("ledger.reviews.opened").tag("kind", kind.name())
                    .description("Reviews opened by communes, by kind").register(meters));
        }
        surveys = Counter.builder("ledger.review.surveys")
                .description("Households surveyed in reviews (a household surveyed again counts again)").register(meters);
        decisions = Counter.builder("ledger.review.decisions")
                .description("Reviews decided by the chair of their commune").register(meters);
        Gauge.builder("ledger.reviews.overdue", directory, ReviewDirectory::overdue)
                .description("Periodic reviews past their due day (14 December) and still undecided").register(meters);
    }

    @EventHandler
    void on(ReviewOpened event) {
        afterCommit(opened.get(event.kind()));
    }

    @EventHandler
    void on(HouseholdSurveyed event) {
        afterCommit(surveys);
    }

    @EventHandler
    void on(ReviewDecided event) {
        afterCommit(decisions);
    }

    private static void afterCommit(Counter counter) {
        CurrentUnitOfWork.get().root().afterCommit(committed -> counter.increment());
    }
}
