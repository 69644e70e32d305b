package vn.householdledger.platform.chain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The global positions the event store gave the events a unit of work appended, read from the insert
 * itself ({@code RETURNING global_index}), so that a command's answer names its last event's position
 * without a query after the append.
 */
public final class AppendedPositions {

    /** The column the insert returns: the statement must be prepared to return it. */
    public static final String COLUMN = "global_index";
    private static final String RESOURCE = AppendedPositions.class.getName();

    private AppendedPositions() {
    }

    /**
     * {@code insert}, which returns {@link #COLUMN}, recording in the current unit of work the highest
     * position its batch was given.
     */
    public static PreparedStatement recording(PreparedStatement insert) {
        return (PreparedStatement) Proxy.newProxyInstance(AppendedPositions.class.getClassLoader(),
                new Class<?>[]{PreparedStatement.class}, (proxy, method, args) -> {
                    try {
                        Object result = method.invoke(insert, args);
                        if ("executeBatch".equals(method.getName())) {
                            record(insert);
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The highest position appended in {@code unitOfWork} (or its root's), if it appended any. */
    public static OptionalLong lastIn(UnitOfWork<?> unitOfWork) {
        Object last = unitOfWork.root().resources().get(RESOURCE);
        return last == null ? OptionalLong.empty() : OptionalLong.of((Long) last);
    }

    private static void record(PreparedStatement insert) throws SQLException {
        if (!CurrentUnitOfWork.isStarted()) {
            return;
        }
        long last = 0;
        try (ResultSet positions = insert.getGeneratedKeys()) {
            while (positions.next()) {
                last = Math.max(last, positions.getLong(1));
            }
        }
        CurrentUnitOfWork.get().root().resources().merge(RESOURCE, last, (a, b) -> Math.max((Long) a, (Long) b));
    }
}
