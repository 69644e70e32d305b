package vn.householdledger.command.lookup;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps commands and a rebuild of the lookups apart with a PostgreSQL advisory lock held until the
 * end of the transaction: every command takes it shared, first of all the command bus's interceptors
 * (so before the set-based checks read the lookups and before its events are stored), and a rebuild
 * takes it alone. A rebuild so waits for the commands in flight, and commands that come meanwhile
 * wait until it has committed, without holding a position of the event store open.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RebuildLock implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final String KEY = "hashtext('" + LookupTables.PROCESSING_GROUP + "')";

    private final JdbcTemplate jdbc;

    public RebuildLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        jdbc.execute("SELECT pg_advisory_xact_lock_shared(" + KEY + ")");
        return chain.proceed();
    }

    /** Within the rebuild's transaction: once every command in flight has ended. */
    void holdOffCommands() {
        jdbc.execute("SELECT pg_advisory_xact_lock(" + KEY + ")");
    }
}
