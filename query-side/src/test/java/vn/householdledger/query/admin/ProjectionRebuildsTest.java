package vn.householdledger.query.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.api.security.Role;
import vn.householdledger.platform.problem.Forbidden;
import vn.householdledger.platform.problem.NotFound;
import vn.householdledger.platform.problem.RuleViolation;
import vn.householdledger.platform.security.Caller;
import vn.householdledger.platform.security.CallerAuthentication;
import vn.householdledger.query.projection.HandledEvents;
import vn.householdledger.query.projection.ProcessingProgress;
import vn.householdledger.query.projection.ReplayFolds;
import vn.householdledger.testing.Eventually;

/**
 * Rebuilds in the background: stop, reset, start; one at a time per projection, until its replay is
 * over; unknown names refused; only for an admin (the tests act as one unless they say otherwise).
 */
class ProjectionRebuildsTest {

    private final StreamingEventProcessor households = mock(StreamingEventProcessor.class);
    private final StreamingEventProcessor communes = mock(StreamingEventProcessor.class);
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private ProjectionRebuilds rebuilds;

    @BeforeEach
    void setUp() throws InterruptedException {
        ProcessingProgress progress = mock(ProcessingProgress.class);
        Map<String, StreamingEventProcessor> processors = new TreeMap<>(Map.of("household-view", households, "communes", communes));
        when(progress.processors()).thenReturn(processors);
        EventTrackerStatus caughtUp = mock(EventTrackerStatus.class);
        when(caughtUp.isReplaying()).thenReturn(false);
        for (StreamingEventProcessor processor : processors.values()) {
            when(processor.isRunning()).thenReturn(true);
            when(processor.processingStatus()).thenReturn(Map.of(0, caughtUp));
        }
        doAnswer(invocation -> {
            stopping.await();
            return null;
        }).when(households).shutDown();
        TransactionTemplate transactions = new TransactionTemplate(mock(PlatformTransactionManager.class));
        rebuilds = new ProjectionRebuilds(progress, mock(HandledEvents.class), transactions,
                new ReplayFolds(jdbc, transactions, 1, new SimpleMeterRegistry()));
        SecurityContextHolder.getContext().setAuthentication(
                new CallerAuthentication(new Caller("admin", Set.of(Role.ADMIN), Set.of()), null));
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        stopping.countDown();
        rebuilds.destroy();
    }

    @Test
    void noRebuildStartsWithoutAnAdminNorOffARequestWithoutASystemIdentity() {
        SecurityContextHolder.getContext().setAuthentication(
                new CallerAuthentication(new Caller("worker", Set.of(Role.WORKER), Set.of("HA_LAN")), null));
        assertThatThrownBy(() -> rebuilds.rebuild(List.of("communes"))).isInstanceOf(Forbidden.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> rebuilds.rebuildAll()).isInstanceOf(Forbidden.class);

        assertThat(Caller.asSystem("projection-completeness", Set.of(Role.ADMIN), Set.of(),
                () -> rebuilds.rebuild(List.of("communes")))).containsExactly("communes");
        awaitCalled(communes, "start");
        verify(communes, times(1)).shutDown();
    }

    @Test
    void aRebuildStopsResetsAndStartsTheProcessorInTheBackground() {
        assertThat(rebuilds.rebuild(List.of("communes"))).containsExactly("communes");

        awaitCalled(communes, "start");
        InOrder order = inOrder(communes);
        order.verify(communes).shutDown();
        order.verify(communes).resetTokens();
        order.verify(communes).start();
    }

    @Test
    void aProjectionIsRebuiltOnceAtATime() throws InterruptedException {
        rebuilds.rebuild(List.of("household-view"));

        assertThat(rebuilds.inProgress("household-view", households)).isTrue();
        assertThatThrownBy(() -> rebuilds.rebuild(List.of("household-view")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo(RuleCode.REBUILD_IN_PROGRESS));
        assertThatThrownBy(() -> rebuilds.rebuildAll()).isInstanceOf(RuleViolation.class);
        verify(communes, never()).shutDown();

        stopping.countDown();
        awaitCalled(households, "start");
        Eventually.until(() -> !rebuilds.inProgress("household-view", households));
        assertThat(rebuilds.rebuildAll()).containsExactly("communes", "household-view");
    }

    @Test
    void aFoldedReplayThatAStoppedProcessLeftUnfinishedIsRebuiltAgainAtTheStart() {
        SecurityContextHolder.clearContext();
        when(jdbc.queryForList("SELECT processor FROM query_side.replay_fold ORDER BY processor", String.class))
                .thenReturn(List.of("household-view", "gone"));
        stopping.countDown();

        rebuilds.resumeInterrupted();

        awaitCalled(households, "start");
        InOrder order = inOrder(households);
        order.verify(households).shutDown();
        order.verify(households).resetTokens();
        order.verify(households).start();
        verify(communes, never()).shutDown();
    }

    @Test
    void anInterruptedRebuildIsStartedOverWhileItsProcessorStillReplaysFromTheStoppedProcess() {
        SecurityContextHolder.clearContext();
        when(jdbc.queryForList("SELECT processor FROM query_side.replay_fold ORDER BY processor", String.class))
                .thenReturn(List.of("household-view"));
        EventTrackerStatus replayingSince = segment(true, 7, 9);
        when(households.processingStatus()).thenReturn(Map.of(0, replayingSince));
        stopping.countDown();

        rebuilds.resumeInterrupted();

        awaitCalled(households, "start");
        InOrder order = inOrder(households);
        order.verify(households).shutDown();
        order.verify(households).resetTokens();
        order.verify(households).start();
    }

    @Test
    void aReplayIsOverWhenItReachesThePositionOfTheReset() {
        assertThat(ProjectionRebuilds.replaying(segment(true, 7, 9))).isTrue();
        // Axon still calls it a replay until an event after the reset arrives.
        assertThat(ProjectionRebuilds.replaying(segment(true, 9, 9))).isFalse();
        assertThat(ProjectionRebuilds.replaying(segment(false, 9, 9))).isFalse();
    }

    private static EventTrackerStatus segment(boolean replaying, long position, long resetPosition) {
        EventTrackerStatus segment = mock(EventTrackerStatus.class);
        when(segment.isReplaying()).thenReturn(replaying);
        when(segment.getCurrentPosition()).thenReturn(OptionalLong.of(position));
        when(segment.getResetPosition()).thenReturn(OptionalLong.of(resetPosition));
        return segment;
    }

    @Test
    void anUnknownProjectionIsNotFound() {
        assertThatThrownBy(() -> rebuilds.rebuild(List.of("communes", "nonsense")))
                .isInstanceOf(NotFound.class).hasMessage("No projection named nonsense");
        assertThat(rebuilds.inProgress("communes", communes)).isFalse();
    }

    /** Until the rebuild's background work has called {@code method} on {@code mock}, however long it takes. */
    private static void awaitCalled(Object mock, String method) {
        Eventually.until(() -> mockingDetails(mock).getInvocations().stream()
                .anyMatch(invocation -> invocation.getMethod().getName().equals(method)));
    }
}
