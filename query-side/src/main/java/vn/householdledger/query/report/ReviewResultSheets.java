package vn.householdledger.query.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntPredicate;
import vn.householdledger.api.Percent;
import vn.householdledger.api.report.ReviewResults;
import vn.householdledger.query.print.Vietnamese;

/**
 * The review results and their appendices as workbooks: the results' table, Phụ lục 4d (the poor households
 * lacking each indicator, in percent of the poor) and Phụ lục 5a (the mentions of each cause among the poor,
 * in percent of all mentions, as the plan counts them).
 */
final class ReviewResultSheets {

    private ReviewResultSheets() {
    }

    static byte[] results(ReviewResults results) {
        List<String> headers = ReviewResultTable.HEADERS;
        ReportWorkbook book = new ReportWorkbook("Kết quả rà soát", ReviewResultTable.title(results), headers.size());
        book.headers(headers, Collections.nCopies(headers.size(), 1));
        for (ReviewResultTable.Line line : ReviewResultTable.lines(results)) {
            book.row(line.number(), line.name(), line.values(), ReviewResultTable::isRate, line.total());
        }
        return book.finish(ReviewResultTable.place(results.unit(), results.madeOn()));
    }

    static byte[] deprivations(Appendix appendix) {
        return appendix(appendix, "Phụ lục 4d", List.of("PHỤ LỤC 4d",
                        "TỔNG HỢP HỘ NGHÈO THIẾU HỤT CÁC DỊCH VỤ XÃ HỘI CƠ BẢN"),
                "Số hộ nghèo", Vietnamese::deprivation, "Số hộ", false);
    }

    static byte[] causes(Appendix appendix) {
        return appendix(appendix, "Phụ lục 5a", List.of("PHỤ LỤC 5a", "TỔNG HỢP NGUYÊN NHÂN NGHÈO CỦA HỘ NGHÈO"),
                "Số hộ nghèo", Vietnamese::cause, "Số lượt", true);
    }

    /**
     * For each unit: its poor households, then per code a count and its percent, of the poor households or, for
     * {@code ofMentions}, of the unit's mentions of every code (a column of their total then follows the poor).
     */
    private static byte[] appendix(Appendix appendix, String sheetName, List<String> heading, String base,
                                   Function<String, String> words, String counted, boolean ofMentions) {
        List<String> title = new ArrayList<>(heading);
        title.add("Danh sách hộ nghèo năm " + appendix.year() + " – " + appendix.unit());
        title.add("Ngày lập: " + Vietnamese.date(appendix.madeOn()));
        int first = ofMentions ? 4 : 3;
        List<String> headers = new ArrayList<>(List.of("STT", "Đơn vị", base));
        List<Integer> spans = new ArrayList<>(List.of(1, 1, 1));
        if (ofMentions) {
            headers.add("Tổng số lượt");
            spans.add(1);
        }
        for (String code : appendix.codes()) {
            headers.add(words.apply(code) + " (" + counted.toLowerCase(Locale.ROOT) + ", %)");
            spans.add(2);
        }
        ReportWorkbook book = new ReportWorkbook(sheetName, title, first + 2 * appendix.codes().size());
        book.headers(headers, spans);
        IntPredicate isRate = i -> i >= first - 2 && (i - (first - 2)) % 2 == 1;
        int number = 0;
        for (Appendix.Row row : appendix.rows()) {
            book.row(++number, row.name(), values(row, ofMentions), isRate, false);
        }
        Appendix.Row total = appendix.total();
        book.row(null, total.name(), values(total, ofMentions), isRate, true);
        return book.finish(ReviewResultTable.place(appendix.unit(), appendix.madeOn()));
    }

    /** The values after the unit's name: its poor, its mentions when asked, then each count and its percent. */
    private static List<Number> values(Appendix.Row row, boolean ofMentions) {
        long mentions = row.counts().stream().mapToLong(Long::longValue).sum();
        long whole = ofMentions ? mentions : row.poor();
        List<Number> values = new ArrayList<>();
        values.add(row.poor());
        if (ofMentions) {
            values.add(mentions);
        }
        for (long count : row.counts()) {
            values.add(count);
            values.add(Percent.of(count, whole));
        }
        return values;
    }
}
