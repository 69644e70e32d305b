package vn.householdledger.web.household;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.household.History;
import vn.householdledger.api.household.HistoryEvent;

/** A household's timeline reads by business date, the recorded order deciding between events of one day. */
class TimelineTest {

    @Test
    void historyBroughtInLaterReadsWhereItHappened() {
        Instant recorded = Instant.parse("2026-12-01T03:00:00Z");
        History history = new History(UUID.randomUUID(), List.of(
                event(0, LocalDate.of(2016, 3, 1), recorded),
                event(1, LocalDate.of(2018, 3, 15), recorded),
                event(2, LocalDate.of(2017, 11, 20), recorded),
                event(3, LocalDate.of(2017, 11, 20), recorded),
                event(4, null, Instant.parse("2017-12-31T20:00:00Z"))));

        assertThat(Timeline.inDateOrder(history)).extracting(HistoryEvent::sequence).containsExactly(0L, 2L, 3L, 4L, 1L);
    }

    private static HistoryEvent event(long sequence, LocalDate on, Instant recorded) {
        return new HistoryEvent(sequence, "LoanDisbursed", on, recorded, "worker", JsonNodeFactory.instance.objectNode());
    }
}
