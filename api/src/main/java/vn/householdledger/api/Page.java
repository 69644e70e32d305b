package vn.householdledger.api;

import java.util.List;

/** A list answer: {@code {total, page, size, items}}; {@code page} counts from 0. */
public record Page<T>(long total, int page, int size, List<T> items) {

    /** The size of a page when none is asked for. */
    public static final int DEFAULT_SIZE = 50;
    /** The largest page a list answers. */
    public static final int MAX_SIZE = 1000;
}
