package vn.householdledger.query.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.householdledger.api.report.ReviewResultRow;
import vn.householdledger.api.report.ReviewResults;
import vn.householdledger.query.print.Vietnamese;

/**
 * The review results as the printed report lays them out, one table for the workbook and the PDF: its title
 * lines (naming the unit, the lists' year and the day made), its Vietnamese headers, and each row's values
 * (counts as whole numbers, rates in percent with two decimals, null where no households are recorded).
 */
final class ReviewResultTable {

    static final List<String> HEADERS = List.of("STT", "Đơn vị", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)",
            "Số hộ cận nghèo", "Tỷ lệ hộ cận nghèo (%)", "Hộ nghèo phát sinh", "Hộ tái nghèo", "Hộ thoát nghèo",
            "Hộ thoát cận nghèo", "Hộ nghèo thuộc diện bảo trợ xã hội", "Hộ nghèo dân tộc thiểu số",
            "Hộ cận nghèo dân tộc thiểu số", "Hộ nghèo có chủ hộ là nữ", "Hộ cận nghèo có chủ hộ là nữ");

    private ReviewResultTable() {
    }

    static List<String> title(ReviewResults results) {
        return List.of("BÁO CÁO KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO",
                "Danh sách hộ nghèo, hộ cận nghèo năm " + results.year() + " – " + results.unit(),
                "Ngày lập: " + Vietnamese.date(results.madeOn()));
    }

    /** The line above the signatures: the unit and the day the report was made. */
    static String place(String unit, LocalDate madeOn) {
        return unit + ", " + Vietnamese.longDate(madeOn);
    }

    /** Each unit's line, numbered from 1, then the urban and rural totals and the total, unnumbered. */
    static List<Line> lines(ReviewResults results) {
        List<Line> lines = new ArrayList<>();
        int number = 0;
        for (ReviewResultRow row : results.rows()) {
            lines.add(new Line(++number, row.name(), values(row), false));
        }
        lines.add(new Line(null, "Khu vực thành thị (phường)", values(results.urban()), false));
        lines.add(new Line(null, "Khu vực nông thôn (xã)", values(results.rural()), false));
        lines.add(new Line(null, "Tổng cộng", values(results.total()), true));
        return lines;
    }

    /** A line of the table: its number (none for a total), the unit's name, its values after the name. */
    record Line(Integer number, String name, List<Number> values, boolean total) {
    }

    /** The values after the unit's name, in the order of the headers; a rate is null without households. */
    static List<Number> values(ReviewResultRow row) {
        return Arrays.asList(row.households(), row.poor(), row.poorRate(), row.nearPoor(), row.nearPoorRate(), row.newlyPoor(),
                row.fellBack(), row.escaped(), row.escapedNearPoverty(), row.poorSocialProtection(), row.poorEthnicMinority(),
                row.nearPoorEthnicMinority(), row.poorFemaleHeaded(), row.nearPoorFemaleHeaded());
    }

    /** Whether the value at {@code index} of {@link #values} is a rate. */
    static boolean isRate(int index) {
        return index == 2 || index == 4;
    }
}
