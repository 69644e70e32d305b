package vn.householdledger.query.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
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
import vn.householdledger.query.projection.ProjectionNodes;
import vn.householdledger.query.projection.ReplayFolds;
import vn.householdledger.query.projection.SegmentTokens;
import vn.householdledger.query.projection.StoredSegment;
import vn.householdledger.testing.Eventually;

/**
 * Rebuilds in the background: stop, reset once no node holds a segment, start; one at a time per
 * projection on any node, until its replay is over; unknown names refused; only for an admin (the tests
 * act as one unless they say otherwise). The coordination's SQL is exercised by the HTTP tests.
 */
class ProjectionRebuildsTest {

    private final StreamingEventProcessor households = mock(StreamingEventProcessor.class);
    private final StreamingEventProcessor communes = mock(StreamingEventProcessor.class);
    private final RebuildCoordination coordination = mock(RebuildCoordination.class);
    private final ProcessingProgress progress = mock(ProcessingProgress.class);
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private ProjectionRebuilds rebuilds;

    @BeforeEach
    void setUp() throws InterruptedException {
        Map<String, StreamingEventProcessor> processors = new TreeMap<>(Map.of("household-view", households, "communes", communes));
        when(progress.processors()).thenReturn(processors);
        SegmentTokens.Stored caughtUp = new SegmentTokens.Stored(List.of(new StoredSegment(0,
                GapAwareTrackingToken.newInstance(9, List.of()), "node-a", Instant.now())), 9);
        when(progress.stored()).thenReturn(Map.of("household-view", caughtUp, "communes", caughtUp));
        when(progress.current()).thenReturn(Map.of("household-view", caughtUp, "communes", caughtUp));
        for (StreamingEventProcessor processor : processors.values()) {
            when(processor.isRunning()).thenReturn(true);
        }
        when(coordination.begin(anyString(), anyString())).thenReturn(true);
        when(coordination.lockReleased(anyString())).thenReturn(true);
        ProjectionNodes nodes = mock(ProjectionNodes.class);
        when(nodes.claimTimeout()).thenReturn(Duration.ofSeconds(10));
        when(nodes.segments()).thenReturn(1);
        doAnswer(invocation -> {
            stopping.await();
            return null;
        }).when(households).shutDown();
        TransactionTemplate transactions = new TransactionTemplate(mock(PlatformTransactionManager.class));
        rebuilds = new ProjectionRebuilds(progress, mock(HandledEvents.class), coordination, transactions, nodes,
                new ReplayFolds(jdbc, transactions, 1, 1, new SimpleMeterRegistry()));
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
        verify(coordination).resume("communes");
        verify(coordination, never()).split(anyString(), anyInt(), any());
        Eventually.until(() -> mockingDetails(coordination).getInvocations().stream()
                .anyMatch(invocation -> invocation.getMethod().getName().equals("end")));
    }

    @Test
    void aProjectionIsRebuiltOnceAtATime() throws InterruptedException {
        rebuilds.rebuild(List.of("household-view"));

        assertThat(rebuilds.inProgress("household-view", null)).isTrue();
        assertThatThrownBy(() -> rebuilds.rebuild(List.of("household-view")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo(RuleCode.REBUILD_IN_PROGRESS));
        assertThatThrownBy(() -> rebuilds.rebuildAll()).isInstanceOf(RuleViolation.class);
        verify(communes, never()).shutDown();

        stopping.countDown();
        awaitCalled(households, "start");
        Eventually.until(() -> !rebuilds.inProgress("household-view", null));
        assertThat(rebuilds.rebuildAll()).containsExactly("communes", "household-view");
    }

    @Test
    void aProjectionAnotherNodeRebuildsIsRefusedAndNotStopped() {
        when(coordination.begin("communes", "admin")).thenReturn(false);

        assertThatThrownBy(() -> rebuilds.rebuild(List.of("communes")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo(RuleCode.REBUILD_IN_PROGRESS));
        verify(communes, never()).shutDown();
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
    void anInterruptedRebuildIsStartedOverWhileItsProjectionStillReplaysFromTheStoppedProcess() {
        SecurityContextHolder.clearContext();
        when(jdbc.queryForList("SELECT processor FROM query_side.replay_fold ORDER BY processor", String.class))
                .thenReturn(List.of("household-view"));
        TrackingToken replaying = ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(9, List.of()),
                GapAwareTrackingToken.newInstance(7, List.of()));
        when(progress.current()).thenReturn(Map.of("household-view",
                new SegmentTokens.Stored(List.of(new StoredSegment(0, replaying, "node-a", Instant.now())), 9)));
        stopping.countDown();

        rebuilds.resumeInterrupted();

        awaitCalled(households, "start");
        InOrder order = inOrder(households);
        order.verify(households).shutDown();
        order.verify(households).resetTokens();
        order.verify(households).start();
    }

    @Test
    void aResetWaitsUntilNoNodeHoldsASegment() {
        when(coordination.lockReleased("communes")).thenReturn(false, false, true);

        rebuilds.rebuild(List.of("communes"));

        awaitCalled(communes, "start");
        verify(coordination, times(3)).lockReleased("communes");
        verify(communes, times(1)).resetTokens();
    }

    @Test
    void aProjectionWithAnotherCountOfSegmentsIsSplitIntoTheConfiguredCountByItsReset() {
        GapAwareTrackingToken furthest = GapAwareTrackingToken.newInstance(12, List.of());
        when(progress.stored()).thenReturn(Map.of("communes", new SegmentTokens.Stored(List.of(
                new StoredSegment(0, GapAwareTrackingToken.newInstance(9, List.of()), null, null),
                new StoredSegment(1, furthest, null, null)), 9)));

        rebuilds.rebuild(List.of("communes"));

        awaitCalled(communes, "start");
        InOrder order = inOrder(communes, coordination);
        order.verify(communes).resetTokens();
        order.verify(coordination).split("communes", 1, furthest);
        order.verify(communes).start();
    }

    @Test
    void anUnknownProjectionIsNotFound() {
        assertThatThrownBy(() -> rebuilds.rebuild(List.of("communes", "nonsense")))
                .isInstanceOf(NotFound.class).hasMessage("No projection named nonsense");
        assertThat(rebuilds.inProgress("communes", null)).isFalse();
    }

    /** Until the rebuild's background work has called {@code method} on {@code mock}, however long it takes. */
    private static void awaitCalled(Object mock, String method) {
        Eventually.until(() -> mockingDetails(mock).getInvocations().stream()
                .anyMatch(invocation -> invocation.getMethod().getName().equals(method)));
    }
}
