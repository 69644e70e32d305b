package vn.householdledger.api.statistics;

import java.time.LocalDate;
import java.util.List;

/** A yearly statistics answer: one row per commune and the total row ({@code communeCode} {@code TOTAL}). */
public record Statistics<R>(int year, LocalDate startDay, LocalDate endDay, List<R> rows, R total, boolean simulated) {
}
