package vn.householdledger.platform.processing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an event handler of a {@code @ProcessingGroup} that must record its events in the transaction
 * of the command that caused them: its group runs as a subscribing processor, and whatever its handler
 * throws fails that command, which then writes nothing ({@link CommandTransactionProcessing}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface InCommandTransaction {
}
