package vn.householdledger.standalone.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.Registration;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Holds the transaction of the one command it picks open once everything its commit prepares is done
 * (its events stored, its lookups recorded), until the test releases it: the moment another command
 * can pass the checks beside it.
 */
final class PausedCommand implements MessageHandlerInterceptor<CommandMessage<?>>, AutoCloseable {

    private final Predicate<Object> picks;
    private final CountDownLatch paused = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private final Registration registration;

    private PausedCommand(CommandBus commandBus, Predicate<Object> picks) {
        this.picks = picks;
        this.registration = commandBus.registerHandlerInterceptor(this);
    }

    /** From now on, the first command whose payload {@code picks} matches is held before it commits. */
    static PausedCommand on(CommandBus commandBus, Predicate<Object> picks) {
        return new PausedCommand(commandBus, picks);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        if (picks.test(unitOfWork.getMessage().getPayload()) && paused.getCount() > 0) {
            // Last of the steps that prepare the commit: the event store's stores the events and records the
            // lookups, and those it adds while it runs (such as a processor's) come before this one.
            unitOfWork.onPrepareCommit(u -> u.onPrepareCommit(last -> {
                paused.countDown();
                await(released);
            }));
        }
        return result;
    }

    void awaitPaused() {
        await(paused);
    }

    void release() {
        released.countDown();
    }

    @Override
    public void close() {
        release();
        registration.cancel();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
