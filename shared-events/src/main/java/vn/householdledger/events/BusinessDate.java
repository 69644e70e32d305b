package vn.householdledger.events;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;

/** Every event carries the day it happened in the world (its business date): its first date component. */
public final class BusinessDate {

    private BusinessDate() {
    }

    /** The business date of an event record, or null for a payload that is not one. */
    public static LocalDate of(Object event) {
        if (event != null && event.getClass().isRecord()) {
            for (RecordComponent component : event.getClass().getRecordComponents()) {
                if (component.getType() == LocalDate.class) {
                    try {
                        return (LocalDate) component.getAccessor().invoke(event);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("Unreadable event " + event.getClass().getSimpleName(), e);
                    }
                }
            }
        }
        return null;
    }
}
