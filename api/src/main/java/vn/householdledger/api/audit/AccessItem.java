package vn.householdledger.api.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One read of households' data (nhật ký truy cập): who ({@code account}), when, from where
 * ({@code clientAddress}), what was read, the household when one was asked for, and the {@code filter}:
 * the path and query string as asked, which for a list or an export is what it was filtered by.
 */
public record AccessItem(String account, Instant at, String clientAddress, ReadKind what, UUID householdId,
                         String filter) {
}
