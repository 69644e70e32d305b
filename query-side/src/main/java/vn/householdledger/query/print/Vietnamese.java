package vn.householdledger.query.print;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.ListedStatus;
import vn.householdledger.api.household.PovertyCause;
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

    /** A deprivation indicator's name (chỉ số thiếu hụt); a code unknown here as it is. */
    public static String deprivation(String code) {
        return switch (code) {
            case "HEALTH_SERVICE_ACCESS" -> "Tiếp cận dịch vụ y tế";
            case "HEALTH_INSURANCE" -> "Bảo hiểm y tế";
            case "ADULT_EDUCATION" -> "Trình độ giáo dục của người lớn";
            case "CHILD_SCHOOLING" -> "Tình trạng đi học của trẻ em";
            case "HOUSING_QUALITY" -> "Chất lượng nhà ở";
            case "HOUSING_AREA" -> "Diện tích nhà ở bình quân đầu người";
            case "DRINKING_WATER" -> "Nguồn nước sinh hoạt hợp vệ sinh";
            case "DOMESTIC_WATER" -> "Nguồn nước sinh hoạt";
            case "SANITARY_TOILET" -> "Nhà tiêu hợp vệ sinh";
            case "TELECOM_USE" -> "Sử dụng dịch vụ viễn thông";
            case "INFORMATION_ASSETS" -> "Phương tiện phục vụ tiếp cận thông tin";
            case "EMPLOYMENT" -> "Việc làm";
            case "DEPENDANTS" -> "Người phụ thuộc trong hộ";
            case "NUTRITION" -> "Dinh dưỡng";
            case "WASTE_TREATMENT" -> "Thu gom, xử lý rác thải";
            default -> code;
        };
    }

    public static String cause(String code) {
        return switch (PovertyCause.valueOf(code)) {
            case LACK_CAPITAL -> "Thiếu vốn sản xuất";
            case LACK_LAND -> "Thiếu đất canh tác";
            case LACK_MEANS_OF_PRODUCTION -> "Thiếu phương tiện sản xuất";
            case LACK_LABOUR -> "Thiếu lao động";
            case LACK_JOBS -> "Thiếu việc làm";
            case LACK_SKILLS -> "Thiếu tay nghề";
            case MANY_DEPENDANTS -> "Đông người phụ thuộc";
            case LONG_ILLNESS -> "Có người ốm đau dài ngày";
            case SOCIAL_EVILS -> "Mắc tệ nạn xã hội";
            case IDLENESS_OR_SPENDING -> "Chây lười lao động, chi tiêu chưa hợp lý";
            case OTHER -> "Nguyên nhân khác";
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
