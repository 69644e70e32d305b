package vn.householdledger.command.review;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.spring.event.AxonStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.householdledger.api.security.Role;
import vn.householdledger.command.household.AssessHousehold;
import vn.householdledger.events.review.ReviewDecided;
import vn.householdledger.events.review.ReviewOpened;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.platform.problem.NotFound;
import vn.householdledger.platform.problem.RuleViolation;
import vn.householdledger.platform.provenance.Provenance;
import vn.householdledger.platform.security.Caller;

/**
 * Takes each decision to its households: for every pending step ({@link DecisionSteps}), the household is
 * assessed as the decision recognised it (its survey's findings, effective on the decision date, naming
 * the review and the decision number), and the step is marked done in the same transaction as the
 * household's events are stored. A step is so taken once or not at all: after a crash the steps still
 * pending are taken when the service starts again, and none twice. A household that refuses its
 * assessment (its case closed meanwhile, a later assessment on record) is marked refused, with why. It
 * runs on one thread of its own as the system job {@value #JOB}, when a decision has committed, at
 * start-up, and every half minute for steps that failed for a passing reason.
 */
@Component
public class ReviewDecisionProcess {

    static final String JOB = "review-decision";
    private static final Logger log = LoggerFactory.getLogger(ReviewDecisionProcess.class);
    private static final Duration RETRY = Duration.ofSeconds(30);
    private static final int BATCH = 500;
    private static final int ATTEMPTS = 3;

    /** A decision as its review's events hold it, with where it came from. */
    private record Decision(ReviewOpened opened, ReviewDecided decided, Map<String, ?> provenance,
                            Map<UUID, ReviewDecided.DecidedHousehold> households) {
    }

    private final DecisionSteps steps;
    private final EventStore events;
    /** Without the retries of the API's gateway: a step that fails is taken again whole, in a transaction of its own. */
    private final CommandGateway commands;
    private final TransactionTemplate transactions;
    private final ApplicationContext context;
    private final ScheduledExecutorService runner = Executors.newSingleThreadScheduledExecutor(
            new CustomizableThreadFactory(JOB + "-"));
    private final Map<DecisionSteps.State, Counter> taken = new HashMap<>();
    private volatile boolean stopping;

    public ReviewDecisionProcess(DecisionSteps steps, EventStore events, CommandBus commandBus,
                                 List<MessageDispatchInterceptor<? super CommandMessage<?>>> dispatchInterceptors,
                                 PlatformTransactionManager transactionManager, MeterRegistry meters, ApplicationContext context) {
        this.steps = steps;
        this.context = context;
        this.events = events;
        this.commands = DefaultCommandGateway.builder().commandBus(commandBus).dispatchInterceptors(dispatchInterceptors).build();
        this.transactions = new TransactionTemplate(transactionManager);
        for (DecisionSteps.State outcome : List.of(DecisionSteps.State.ASSESSED, DecisionSteps.State.REFUSED)) {
            taken.put(outcome, Counter.builder("ledger.review.decision.steps").tag("outcome", outcome.name().toLowerCase())
                    .description("Households a review's decision reached: assessed, or refused by the household")
                    .register(meters));
        }
        Gauge.builder("ledger.review.decision.steps.pending", steps, DecisionSteps::pending)
                .description("Households a decided review has still to reach").register(meters);
    }

    /** Once Axon runs (and the lookups are whole): the steps a stop or a crash left pending. */
    @EventListener(AxonStartedEvent.class)
    public void start() {
        runner.scheduleWithFixedDelay(this::takePendingSteps, 0, RETRY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A decision has committed: its steps are taken now. */
    void wake() {
        if (!stopping) {
            runner.execute(this::takePendingSteps);
        }
    }

    /** Before Axon stops: the step under way ends, no other begins; those left are taken at the next start. */
    @EventListener
    public void stop(ContextClosedEvent closed) throws InterruptedException {
        if (closed.getApplicationContext() != context) {
            return; // a context within this one closed, not the service
        }
        stopping = true;
        runner.shutdown();
        if (!runner.awaitTermination(30, TimeUnit.SECONDS)) {
            log.warn("A decision's step did not end within 30 s of the shutdown; it is taken again at the next start");
        }
    }

    /** Every pending step, in the order of the decisions; a step that fails ends the pass, the next one takes it again. */
    private void takePendingSteps() {
        Map<UUID, Decision> decisions = new LinkedHashMap<>();
        try {
            long position = 0;
            for (List<DecisionSteps.Step> batch = steps.pendingAfter(position, BATCH); !batch.isEmpty();
                 batch = steps.pendingAfter(position, BATCH)) {
                for (DecisionSteps.Step step : batch) {
                    if (stopping) {
                        return;
                    }
                    take(decisions.computeIfAbsent(step.reviewId(), this::decisionOf), step);
                    position = step.position();
                }
            }
            decisions.values().forEach(this::report);
        } catch (RuntimeException failed) {
            log.warn("A decision's step failed; the steps left are taken again within {} s", RETRY.toSeconds(), failed);
        }
    }

    private void take(Decision decision, DecisionSteps.Step step) {
        CommandMessage<?> assessment = GenericCommandMessage
                .asCommandMessage(assessmentOf(decision, decision.households().get(step.householdId())))
                .andMetaData(decision.provenance());
        for (int attempt = 1; ; attempt++) {
            try {
                DecisionSteps.State outcome = Caller.asSystem(JOB, Set.of(Role.WORKER), Set.of(decision.decided().communeCode()),
                        () -> transactions.execute(status -> takeInTransaction(step, assessment)));
                if (outcome != null) {
                    taken.get(outcome).increment();
                }
                return;
            } catch (ConcurrencyException | TransientDataAccessException passing) {
                if (attempt == ATTEMPTS) {
                    throw passing;
                }
                log.info("Household {} changed while review {}'s decision reached it; taking the step again",
                        step.householdId(), step.reviewId());
            }
        }
    }

    /** The household's assessment and the step's end, stored together; null when the step was no longer pending. */
    private DecisionSteps.State takeInTransaction(DecisionSteps.Step step, CommandMessage<?> assessment) {
        if (!steps.claim(step)) {
            return null;
        }
        try {
            commands.sendAndWait(assessment);
            steps.finish(step, DecisionSteps.State.ASSESSED, null);
            return DecisionSteps.State.ASSESSED;
        } catch (RuleViolation | InvalidInput | NotFound refused) {
            log.warn("Household {} refused the assessment of review {}'s decision: {}", step.householdId(), step.reviewId(),
                    refused.getMessage());
            steps.finish(step, DecisionSteps.State.REFUSED, refused.getMessage());
            return DecisionSteps.State.REFUSED;
        }
    }

    /** What the decision recognised of a household, effective on the decision date, as an assessment of its review. */
    private static AssessHousehold assessmentOf(Decision decision, ReviewDecided.DecidedHousehold household) {
        ReviewOpened opened = decision.opened();
        ReviewDecided decided = decision.decided();
        UUID assessmentId = UUID.nameUUIDFromBytes(("review " + decided.reviewId() + " household " + household.householdId())
                .getBytes(StandardCharsets.UTF_8));
        return new AssessHousehold(household.householdId(), decided.year(), decided.decidedOn(), opened.standard(),
                household.incomePerCapitaMonthly(), household.deprivations(), household.causes(), household.hasWorkingMember(),
                assessmentId, opened.kind(), decided.reviewId(), decided.decisionNumber());
    }

    /** The review's opening and decision, read from its own events; a made-up decision makes made-up assessments. */
    private Decision decisionOf(UUID reviewId) {
        ReviewOpened opened = null;
        DomainEventMessage<?> decided = null;
        DomainEventStream stream = events.readEvents(reviewId.toString());
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getPayload() instanceof ReviewOpened opening) {
                opened = opening;
            } else if (event.getPayload() instanceof ReviewDecided) {
                decided = event;
            }
        }
        if (opened == null || decided == null) {
            throw new IllegalStateException("Review " + reviewId + " has steps but no opening or decision in the event store");
        }
        ReviewDecided decision = (ReviewDecided) decided.getPayload();
        Map<UUID, ReviewDecided.DecidedHousehold> households = new HashMap<>();
        decision.households().forEach(household -> households.put(household.householdId(), household));
        Object provenance = decided.getMetaData().get(Provenance.KEY);
        return new Decision(opened, decision, provenance == null ? Map.of() : Map.of(Provenance.KEY, provenance), households);
    }

    private void report(Decision decision) {
        Map<DecisionSteps.State, Long> outcomes = steps.outcomesOf(decision.decided().reviewId());
        if (!outcomes.isEmpty()) {
            log.info("Review {}'s decision {} of {} has reached its households: {} assessed, {} refused",
                    decision.decided().reviewId(), decision.decided().decisionNumber(), decision.decided().decidedOn(),
                    outcomes.getOrDefault(DecisionSteps.State.ASSESSED, 0L), outcomes.getOrDefault(DecisionSteps.State.REFUSED, 0L));
        }
    }
}
