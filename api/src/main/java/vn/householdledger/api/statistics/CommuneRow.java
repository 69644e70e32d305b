package vn.householdledger.api.statistics;

import java.math.BigDecimal;
import vn.householdledger.api.Percent;

/** One commune's (or the total's) row of the commune table, {@code GET /api/statistics/communes}: the plan's own table. */
public record CommuneRow(String communeCode, String name, long households, long poorAtStart, BigDecimal poorAtStartRate,
                         Long poorTargetEnd, BigDecimal poorTargetEndRate, long poorAtEnd, BigDecimal poorAtEndRate,
                         long nearPoorAtEnd, BigDecimal nearPoorAtEndRate) {

    public static CommuneRow of(String code, String name, long households, long poorAtStart, Long target, long poorAtEnd,
                         long nearPoorAtEnd) {
        return new CommuneRow(code, name, households, poorAtStart, Percent.of(poorAtStart, households), target,
                target == null ? null : Percent.of(target, households), poorAtEnd, Percent.of(poorAtEnd, households),
                nearPoorAtEnd, Percent.of(nearPoorAtEnd, households));
    }
}
