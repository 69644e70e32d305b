package vn.householdledger.query.print;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.ListedStatus;
import vn.householdledger.api.household.Relation;
import vn.householdledger.api.household.Sex;
import vn.householdledger.api.review.ReviewKind;

/** The words a printed list or certificate uses for the contract's codes, and its dates (dd/MM/yyyy). */
public final class Vietnamese {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Vietnamese() {
    }

    public static String classification(Classification classification) {
        return classification == null ? "" : switch (classification) {
            case POOR -> "Hộ nghèo";
            case NEAR_POOR -> "Hộ cận nghèo";
            case NOT_POOR -> "Không nghèo";
        };
    }

    /** A household no assessment has classified yet is "chưa xét". */
    public static String status(ListedStatus status) {
        return status == null ? "Chưa xét" : switch (status) {
            case POOR -> "Hộ nghèo";
            case NEAR_POOR -> "Hộ cận nghèo";
            case NEWLY_ESCAPED -> "Hộ mới thoát nghèo";
            case NOT_POOR -> "Không nghèo";
        };
    }

    public static String kind(ReviewKind kind) {
        return switch (kind) {
            case PERIODIC -> "định kỳ";
            case AD_HOC -> "thường xuyên";
        };
    }

    public static String relation(Relation relation) {
        return switch (relation) {
            case HEAD -> "Chủ hộ";
            case SPOUSE -> "Vợ/chồng";
            case CHILD -> "Con";
            case PARENT -> "Bố/mẹ";
            case OTHER -> "Khác";
        };
    }

    public static String sex(Sex sex) {
        return switch (sex) {
            case MALE -> "Nam";
            case FEMALE -> "Nữ";
        };
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /**
     * "ngày 05 tháng 01 năm 2018", as an administrative document dates itself (Decree 30/2020/NĐ-CP: a day
     * below 10 and the months 1 and 2 take a leading zero).
     */
    public static String longDate(LocalDate date) {
        int month = date.getMonthValue();
        return "ngày " + (date.getDayOfMonth() < 10 ? "0" : "") + date.getDayOfMonth()
                + " tháng " + (month <= 2 ? "0" : "") + month + " năm " + date.getYear();
    }
}
