package vn.householdledger.api;

import java.util.List;

/** A list answer: {@code {total, page, size, items}}. */
public record Page<T>(long total, int page, int size, List<T> items) {
}
