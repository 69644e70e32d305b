package vn.householdledger.query.admin;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.householdledger.api.admin.DeadLetterRetry;
import vn.householdledger.platform.problem.NotFound;
import vn.householdledger.query.projection.ProcessingProgress;

/**
 * Retries a projection's parked events: each parked sequence (one household's or commune's events,
 * in order) is handled again once; a sequence that succeeds leaves the queue, one that fails again
 * stays parked with its new cause. Any node may retry: Axon's JDBC queue claims a sequence in the
 * database while one node handles it ({@code processing_started}, for 30 s), so two nodes retrying at
 * once never handle the same sequence twice.
 */
@Component
public class DeadLetterRetries {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRetries.class);

    private final ProcessingProgress progress;
    private final EventProcessingConfiguration processing;

    public DeadLetterRetries(ProcessingProgress progress, EventProcessingConfiguration processing) {
        this.progress = progress;
        this.processing = processing;
    }

    public DeadLetterRetry retry(String name) {
        if (!progress.processors().containsKey(name)) {
            throw new NotFound("notFound.projection", name);
        }
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue(name)
                .orElseThrow(() -> new NotFound("notFound.deadLetters", name));
        SequencedDeadLetterProcessor<EventMessage<?>> letters = processing.sequencedDeadLetterProcessor(name).orElseThrow();
        long sequences = queue.amountOfSequences();
        long retried = 0;
        for (long i = 0; i < sequences; i++) {
            if (letters.processAny()) {
                retried++;
            }
        }
        DeadLetterRetry retry = new DeadLetterRetry(name, retried, queue.size());
        log.info("Retried the dead letters of projection {}: {} of {} sequence(s) handled, {} letter(s) still parked",
                name, retried, sequences, retry.remaining());
        return retry;
    }
}
