package vn.householdledger.query.projection;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.householdledger.api.http.LedgerHeaders;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.platform.problem.NotYetConsistent;

/**
 * Reads are eventually consistent. {@code X-Consistency: wait} makes a read wait until it reflects
 * every event committed before it arrived; {@code X-Event-Position: N}, until it reflects position N.
 * Either waits at most {@code ledger.read.max-wait} (5 s), then answers 503 with {@code Retry-After}.
 */
@Component
public class ReadConsistency implements HandlerInterceptor {

    private final ProcessingProgress progress;
    private final Duration maxWait;

    public ReadConsistency(ProcessingProgress progress, @Value("${ledger.read.max-wait:5s}") Duration maxWait) {
        this.progress = progress;
        this.maxWait = maxWait;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws InterruptedException {
        if (!"GET".equals(request.getMethod())) {
            return true;
        }
        long target = target(request);
        if (target > 0) {
            awaitPosition(target);
        }
        return true;
    }

    /** Waits until every projection reflects {@code position}, or fails with 503 after the maximum wait. */
    public void awaitPosition(long position) throws InterruptedException {
        await(position, () -> progress.reached(position));
    }

    /** Waits until the projection {@code processor} reflects every event committed so far, as {@link #awaitPosition} does. */
    public void awaitHead(String processor) throws InterruptedException {
        long head = progress.head();
        await(head, () -> progress.reached(processor, head));
    }

    private void await(long position, BooleanSupplier reached) throws InterruptedException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        long pause = 2;
        while (!reached.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new NotYetConsistent(position);
            }
            Thread.sleep(pause);
            pause = Math.min(pause * 2, 50);
        }
    }

    private long target(HttpServletRequest request) {
        String position = request.getHeader(LedgerHeaders.EVENT_POSITION);
        if (position != null && !position.isBlank()) {
            try {
                return Long.parseLong(position.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInput(LedgerHeaders.EVENT_POSITION, "input.wholeNumber");
            }
        }
        String consistency = request.getHeader(LedgerHeaders.CONSISTENCY);
        if (consistency != null && consistency.strip().equalsIgnoreCase("wait")) {
            return progress.head();
        }
        return 0;
    }
}
