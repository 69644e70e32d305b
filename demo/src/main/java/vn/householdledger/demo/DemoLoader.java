package vn.householdledger.demo;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.householdledger.api.household.AssessmentOutcome;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.review.SurveyAnswer;
import vn.householdledger.api.security.Role;
import vn.householdledger.command.commune.CommuneDirectory;
import vn.householdledger.command.review.DecisionSteps;
import vn.householdledger.events.review.ReviewBecameOverdue;
import vn.householdledger.platform.provenance.Provenance;
import vn.householdledger.platform.security.Caller;
import vn.householdledger.query.projection.ProcessingProgress;

/**
 * Loads the demo that {@code ledger.demo} names (e.g. {@code bim-son-2018}) at start-up, through the
 * command side like any client: the same commands as the API, sent as the system job {@code demo}
 * (which records them) with what they need: an admin's role for the units and their targets, a
 * worker's in the demo's units for the households and the steps of their reviews, while each unit's
 * review is decided by its chair (the chair's account of the demo profile, as a person who surveyed no
 * household); those of the review it makes up are marked {@link Provenance#SIMULATED} in their metadata.
 * Households go side by side on a few threads, each household's commands in order, and so do the units'
 * reviews; every assessment and survey must come to the class the demo intends. The households' later
 * commands wait until the reviews' decisions have reached every household (through the command side's
 * decision process). A store that already holds the demo's first unit is left alone. Start-up then waits
 * until the read models show the history, so the first report is complete.
 */
@Component
@ConditionalOnProperty("ledger.demo")
public class DemoLoader implements ApplicationRunner {

    /** Who the demo's events are recorded by. */
    public static final String RECORDED_BY = "demo";
    static final long SEED = 20_180_101L;
    private static final int THREADS = 8;
    private static final Duration READ_MODELS_WAIT = Duration.ofMinutes(3);
    private static final Duration DECISIONS_WAIT = Duration.ofMinutes(5);
    /** The deadline job looks for due days every {@code db-scheduler.polling-interval} (10 s by default). */
    private static final Duration OVERDUE_WAIT = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    /** What one load did: whether it sent the demo, how many commands, and how long sending took. */
    public record Load(boolean loaded, int households, int commands, Duration took) {
    }

    private final String demo;
    private final CommandGateway gateway;
    private final CommuneDirectory communes;
    private final ProcessingProgress progress;
    private final DecisionSteps decisionSteps;
    private final EventStore events;
    private volatile Load atStartUp;

    public DemoLoader(@Value("${ledger.demo}") String demo, CommandGateway gateway, CommuneDirectory communes,
                      ProcessingProgress progress, DecisionSteps decisionSteps, EventStore events) {
        this.demo = demo;
        this.gateway = gateway;
        this.communes = communes;
        this.progress = progress;
        this.decisionSteps = decisionSteps;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        atStartUp = load();
    }

    /** Loads the demo unless the store holds it already; answers what it did. */
    public Load load() throws InterruptedException {
        if (!TownFigures.exists(demo)) {
            throw new IllegalArgumentException("No demo named '" + demo + "' (ledger.demo); try bim-son-2018");
        }
        TownFigures figures = TownFigures.load(demo);
        if (holds(figures)) {
            log.info("Demo {}: the store already holds commune {}; nothing loaded", demo, figures.units().get(0).code());
            return new Load(false, 0, 0, Duration.ZERO);
        }
        long start = System.nanoTime();
        DemoPlan plan = TownHistory.generate(figures, SEED);
        log.info("Demo {}: sending {} commands for {} households and {} reviews through the command side", demo,
                plan.commandCount(), plan.households().size(), plan.reviews().size());
        Set<String> units = figures.units().stream().map(TownFigures.Unit::code).collect(Collectors.toSet());
        Caller.asSystem(RECORDED_BY, Set.of(Role.ADMIN, Role.WORKER), units, () -> {
            send(plan);
            return null;
        });
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        log.info("Demo {}: {} commands for {} units and {} households sent in {} ms on {} threads", demo,
                plan.commandCount(), figures.units().size(), plan.households().size(), took.toMillis(), THREADS);
        awaitReadModels();
        log.info("Demo {}: try GET /api/statistics/communes?year=2018 as committee/committee "
                + "(the review of 2018 is simulated)", demo);
        return new Load(true, plan.households().size(), plan.commandCount(), took);
    }

    /** What the load at start-up did. */
    public Load atStartUp() {
        return atStartUp;
    }

    /** Whether the store holds the demo: its first unit is a known commune. */
    boolean holds(TownFigures figures) {
        return communes.isRegistered(figures.units().get(0).code());
    }

    /** Sends the plan stage by stage, on threads that each act as the caller of this one. */
    private void send(DemoPlan plan) throws InterruptedException {
        ExecutorService pool = new DelegatingSecurityContextExecutorService(
                Executors.newFixedThreadPool(THREADS, new CustomizableThreadFactory("demo-")), SecurityContextHolder.getContext());
        try {
            pool.submit(() -> plan.units().forEach(this::send)).get();
            sideBySide(pool, plan.households().stream().map(this::inOrder).toList());
            long reviewsStart = System.nanoTime();
            sideBySide(pool, plan.reviews().stream().<Callable<Void>>map(review -> () -> {
                hold(review);
                return null;
            }).toList());
            awaitDecisions();
            log.info("Demo {}: {} reviews held and decided, their decisions taken to every household, in {} ms", demo,
                    plan.reviews().size(), Duration.ofNanos(System.nanoTime() - reviewsStart).toMillis());
            sideBySide(pool, plan.later().stream().map(this::inOrder).toList());
            pool.submit(() -> plan.arrangement().forEach(this::send)).get();
            log.info("Demo {}: {} commands of the arrangement of its units recorded", demo, plan.arrangement().size());
        } catch (ExecutionException e) {
            throw new IllegalStateException("The demo " + demo + " could not be loaded", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sideBySide(ExecutorService pool, List<? extends Callable<?>> jobs)
            throws InterruptedException, ExecutionException {
        List<Future<?>> running = jobs.stream().<Future<?>>map(pool::submit).toList();
        for (Future<?> job : running) {
            job.get();
        }
    }

    /**
     * A unit's review: its steps as the demo, its decision as the unit's chair, who surveyed none of its households.
     * Opened years after its due day, the review becomes overdue as soon as the deadline job sees it; the decision
     * waits for that, so that every load records the same history.
     */
    private void hold(HeldReview review) throws InterruptedException {
        review.steps().forEach(this::send);
        awaitOverdue(review.reviewId());
        Caller.asSystem(review.chair(), Set.of(Role.CHAIR), Set.of(review.communeCode()), () -> {
            send(review.decision());
            return null;
        });
    }

    /**
     * The one place a command of the demo leaves the loader, on a thread acting as the demo.
     * A step the demo made up goes with its {@link Provenance}, which the command side copies onto the
     * events: no request of the API can give a command one.
     */
    private void send(DemoPlan.Step step) {
        CommandMessage<?> command = GenericCommandMessage.asCommandMessage(step.command());
        Object result = gateway.sendAndWait(step.simulated() ? command.andMetaData(Provenance.simulated()) : command);
        Classification came = result instanceof AssessmentOutcome outcome ? outcome.classification()
                : result instanceof SurveyAnswer survey ? survey.proposedClassification() : null;
        if (step.expects() != null && came != step.expects()) {
            throw new IllegalStateException("The demo meant " + step.command() + " to come to " + step.expects()
                    + ", the standard decided " + result);
        }
    }

    private Callable<Void> inOrder(List<DemoPlan.Step> steps) {
        return () -> {
            steps.forEach(this::send);
            return null;
        };
    }

    private void awaitOverdue(UUID reviewId) throws InterruptedException {
        long deadline = System.nanoTime() + OVERDUE_WAIT.toNanos();
        while (events.readEvents(reviewId.toString()).asStream().noneMatch(e -> e.getPayload() instanceof ReviewBecameOverdue)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Review " + reviewId + " did not become overdue within " + OVERDUE_WAIT.toMinutes()
                        + " min: is the deadline job running?");
            }
            Thread.sleep(200);
        }
    }

    /** The reviews' decisions reach their households through the command side's process: the later commands wait for it. */
    private void awaitDecisions() throws InterruptedException {
        long deadline = System.nanoTime() + DECISIONS_WAIT.toNanos();
        while (decisionSteps.pending() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The decisions of the demo's reviews did not reach every household within "
                        + DECISIONS_WAIT.toMinutes() + " min; " + decisionSteps.pending() + " households left");
            }
            Thread.sleep(200);
        }
    }

    private void awaitReadModels() throws InterruptedException {
        long start = System.nanoTime();
        long head = progress.head();
        long deadline = start + READ_MODELS_WAIT.toNanos();
        while (!progress.reached(head) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        log.info("Demo {}: read models {} position {} after {} ms", demo,
                progress.reached(head) ? "reached" : "still short of", head,
                Duration.ofNanos(System.nanoTime() - start).toMillis());
    }
}
