package vn.householdledger.query.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.ListedStatus;
import vn.householdledger.api.review.ReviewItem;
import vn.householdledger.api.review.ReviewStep;
import vn.householdledger.query.print.Vietnamese;

/**
 * The list posted at the commune hall and the village houses (niêm yết công khai): each surveyed household
 * of the review with its status today and the class its latest survey proposes, by village, then code.
 * Every format prints the same title, headers and rows.
 */
record PostingList(String communeName, ReviewItem review, List<Row> rows) {

    static final List<String> HEADERS = List.of("STT", "Mã hộ", "Họ và tên chủ hộ", "Thôn", "Tình trạng hiện nay",
            "Đề xuất phân loại");

    record Row(String code, String headName, String village, ListedStatus status, Classification proposed) {

        /** The cells after the row's number, as printed. */
        List<String> cells() {
            return List.of(nullToEmpty(code), nullToEmpty(headName), village, Vietnamese.status(status),
                    Vietnamese.classification(proposed));
        }
    }

    /** The list of {@code review}'s households that a survey classified, in the order {@code households} come. */
    static PostingList of(String communeName, ReviewItem review, List<ReviewQueries.Listed> households) {
        return new PostingList(communeName, review, households.stream()
                .filter(listed -> listed.household().proposedClassification() != null)
                .map(listed -> new Row(listed.household().code(), listed.household().headName(), listed.household().village(),
                        listed.status(), listed.household().proposedClassification()))
                .toList());
    }

    /** The title's lines: what is posted, by which commune, from which review, and when. */
    List<String> title() {
        return List.of("DANH SÁCH NIÊM YẾT CÔNG KHAI",
                "Kết quả rà soát hộ nghèo, hộ cận nghèo năm " + review.year() + " (" + Vietnamese.kind(review.kind()) + ") – "
                        + communeName,
                "Chuẩn nghèo " + review.standard() + ", danh sách năm " + review.listsYear(),
                posting());
    }

    /** The rows of each village, in the list's order. */
    Map<String, List<Row>> byVillage() {
        Map<String, List<Row>> villages = new LinkedHashMap<>();
        rows.forEach(row -> villages.computeIfAbsent(row.village(), v -> new ArrayList<>()).add(row));
        return villages;
    }

    /** Where complaints go while the list is posted. */
    String complaints() {
        return "Ý kiến, khiếu nại về danh sách xin gửi Ủy ban nhân dân " + communeName + " trong thời gian niêm yết.";
    }

    /** A file name of plain letters: the commune's code, the review's year and kind. */
    String fileName(String extension) {
        return "niem-yet-" + review.communeCode() + "-" + review.year() + "-" + review.kind().name().toLowerCase() + "."
                + extension;
    }

    private String posting() {
        if (review.step() == ReviewStep.OPEN || review.postedOn() == null) {
            return "Dự thảo: chưa niêm yết";
        }
        return "Niêm yết từ ngày " + Vietnamese.date(review.postedOn()) + " đến hết ngày "
                + Vietnamese.date(review.postingEndsOn());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
