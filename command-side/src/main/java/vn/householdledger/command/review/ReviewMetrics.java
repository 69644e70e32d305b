package vn.householdledger.command.review;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.events.review.HouseholdSurveyed;
import vn.householdledger.events.review.ReviewBecameOverdue;
import vn.householdledger.events.review.ReviewDecided;
import vn.householdledger.events.review.ReviewOpened;
import vn.householdledger.platform.processing.InCommandTransaction;

/**
 * The reviews' work on this node, counted once each step has committed: reviews opened by kind, surveys,
 * decisions (the query side counts the reviews at each step and those overdue). A decision and a review
 * that became overdue are logged.
 */
@Component
@ProcessingGroup(ReviewDecisionPlan.PROCESSING_GROUP)
@InCommandTransaction
public class ReviewMetrics {

    private static final Logger log = LoggerFactory.getLogger(ReviewMetrics.class);

    private final Map<ReviewKind, Counter> opened = new EnumMap<>(ReviewKind.class);
    private final Counter surveys;
    private final Counter decisions;

    public ReviewMetrics(MeterRegistry meters) {
        for (ReviewKind kind : ReviewKind.values()) {
            opened.put(kind, Counter.builder("ledger.reviews.opened").tag("kind", kind.name())
                    .description("Reviews opened by communes, by kind").register(meters));
        }
        surveys = Counter.builder("ledger.review.surveys")
                .description("Households surveyed in reviews (a household surveyed again counts again)").register(meters);
        decisions = Counter.builder("ledger.review.decisions")
                .description("Reviews decided by the chair of their commune").register(meters);
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
        afterCommit(() -> {
            decisions.increment();
            log.info("Review {} of {} decided by decision {} of {}: {} households to reach", event.reviewId(),
                    event.communeCode(), event.decisionNumber(), event.decidedOn(), event.households().size());
        });
    }

    @EventHandler
    void on(ReviewBecameOverdue event) {
        afterCommit(() -> log.warn("Review {} of {} was not decided by its due day, {}: it is overdue", event.reviewId(),
                event.communeCode(), event.dueOn()));
    }

    private static void afterCommit(Counter counter) {
        afterCommit(counter::increment);
    }

    private static void afterCommit(Runnable observe) {
        CurrentUnitOfWork.get().root().afterCommit(committed -> observe.run());
    }
}
