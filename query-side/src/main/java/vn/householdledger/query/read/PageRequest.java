package vn.householdledger.query.read;

import java.util.List;
import vn.householdledger.api.Page;
import vn.householdledger.platform.problem.InvalidInput;

/** The {@code page} (from 0) and {@code size} (default 50, at most 1000) of a list read. */
public record PageRequest(int page, int size) {

    /** Checks what a client asked for; null means the default. */
    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? Page.DEFAULT_SIZE : size;
        if (p < 0) {
            throw new InvalidInput("page", "page.number");
        }
        if (s < 1 || s > Page.MAX_SIZE) {
            throw new InvalidInput("size", "page.size", Page.MAX_SIZE);
        }
        return new PageRequest(p, s);
    }

    public long offset() {
        return (long) page * size;
    }

    /** This page of an already ordered list. */
    public <T> Page<T> of(List<T> all) {
        int from = (int) Math.min(offset(), all.size());
        int to = (int) Math.min(offset() + size, all.size());
        return new Page<>(all.size(), page, size, all.subList(from, to));
    }

}
