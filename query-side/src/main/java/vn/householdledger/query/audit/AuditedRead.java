package vn.householdledger.query.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vn.householdledger.api.audit.ReadKind;

/**
 * Marks a read of households' data: its answer leaves only once {@link ReadAudit} has recorded it. The
 * household is the path's {@code householdId}, when it has one.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AuditedRead {

    ReadKind value();
}
