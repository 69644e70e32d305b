package vn.householdledger.query.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An appendix of the report upward on the lists of {@code year} for {@code unit}, made on {@code madeOn}: for
 * each unit, its poor households and a count for each code (deprivations lacked, or causes mentioned), in
 * the order of {@code codes}.
 */
record Appendix(int year, String unit, LocalDate madeOn, List<String> codes, List<Row> rows) {

    record Row(String communeCode, String name, long poor, List<Long> counts) {
    }

    /** The units' rows added up. */
    Row total() {
        long poor = 0;
        List<Long> sums = new ArrayList<>(codes.stream().map(code -> 0L).toList());
        for (Row row : rows) {
            poor += row.poor();
            for (int i = 0; i < sums.size(); i++) {
                sums.set(i, sums.get(i) + row.counts().get(i));
            }
        }
        return new Row("TOTAL", "Tổng cộng", poor, sums);
    }
}
