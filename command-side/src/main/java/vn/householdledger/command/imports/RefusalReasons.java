package vn.householdledger.command.imports;

import jakarta.validation.ConstraintViolation;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.householdledger.api.imports.ImportColumn;
import vn.householdledger.api.problem.FieldProblem;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.platform.problem.RuleViolation;

/**
 * Why the ledger refused a household, said in Vietnamese for the {@code lỗi} column of its rows: the
 * refusals of the commands (a rule's code, a field the aggregate found wrong) and of the contract's
 * constraints, named by the column the person mends. A refusal this class does not know keeps the
 * service's own words after the column's name.
 */
final class RefusalReasons {

    private static final Map<String, ImportColumn> COLUMNS = Map.ofEntries(
            Map.entry("code", ImportColumn.CODE), Map.entry("village", ImportColumn.VILLAGE),
            Map.entry("address", ImportColumn.ADDRESS), Map.entry("fullName", ImportColumn.FULL_NAME),
            Map.entry("relation", ImportColumn.RELATION), Map.entry("sex", ImportColumn.SEX),
            Map.entry("birthDate", ImportColumn.BIRTH_DATE), Map.entry("nationalId", ImportColumn.NATIONAL_ID),
            Map.entry("ethnicity", ImportColumn.ETHNICITY), Map.entry("registeredOn", ImportColumn.REGISTERED_ON),
            Map.entry("year", ImportColumn.REVIEW_YEAR), Map.entry("assessedOn", ImportColumn.DECIDED_ON),
            Map.entry("decisionNumber", ImportColumn.DECISION_NUMBER),
            Map.entry("incomePerCapitaMonthly", ImportColumn.INCOME), Map.entry("deprivations", ImportColumn.DEPRIVATIONS),
            Map.entry("causes", ImportColumn.CAUSES), Map.entry("hasWorkingMember", ImportColumn.HAS_WORKING_MEMBER));

    private static final Pattern HEADS = Pattern.compile("must name exactly one HEAD, not (\\d+)");
    private static final Pattern TWICE = Pattern.compile("name national id (\\S+) twice");
    private static final Pattern REVIEW_YEAR = Pattern.compile("must fall within the review year (\\d+)");
    private static final Pattern NOT_INDICATORS = Pattern.compile("(\\[.*]) are not indicators of (\\S+)");
    private static final Pattern NO_STANDARD = Pattern.compile("no poverty standard governs the review of (\\d+)");

    private RefusalReasons() {
    }

    static String of(RuleViolation refused) {
        RuleCode code = refused.code();
        return switch (code) {
            case DUPLICATE_CODE -> "mã hộ đã được dùng cho một hộ khác";
            case DUPLICATE_NATIONAL_ID -> "số định danh đã thuộc một thành viên của hộ khác đang được theo dõi";
            case TOO_MANY_CAUSES -> "nguyên nhân: ghi nhiều nhất hai nguyên nhân nghèo";
            case HOUSEHOLD_CLOSED -> "hồ sơ của hộ đã đóng";
            default -> "bị từ chối theo quy tắc " + code + ": " + refused.getMessage();
        };
    }

    /** A field the aggregate or the decision of an assessment refused. */
    static String of(FieldProblem problem) {
        String message = problem.message();
        Matcher m;
        if ((m = HEADS.matcher(message)).find()) {
            return "hộ phải có đúng một chủ hộ, các dòng ghi " + m.group(1);
        }
        if ((m = TWICE.matcher(message)).find()) {
            return "số định danh " + m.group(1) + " ghi hai lần trong hộ";
        }
        if ((m = REVIEW_YEAR.matcher(message)).find()) {
            return "ngày quyết định phải trong năm rà soát " + m.group(1) + " hoặc tháng 1 năm sau";
        }
        if ((m = NOT_INDICATORS.matcher(message)).find()) {
            return "thiếu hụt " + m.group(1) + " không phải chỉ số của chuẩn " + m.group(2);
        }
        if ((m = NO_STANDARD.matcher(message)).find()) {
            return "không có chuẩn nghèo nào cho năm rà soát " + m.group(1);
        }
        if (message.startsWith("must not be in the future")) {
            return column(problem.field()) + " không được sau ngày hôm nay";
        }
        return column(problem.field()) + ": " + message;
    }

    /** A constraint of the contract's request the rows broke. */
    static String of(ConstraintViolation<?> violation) {
        String field = violation.getPropertyPath().toString().replaceAll(".*\\.", "").replaceAll("\\[.*", "");
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        String what = switch (constraint) {
            case "NotBlank", "NotNull", "NotEmpty" -> "không được để trống";
            case "Size" -> "dài quá " + attributes.get("max") + " ký tự";
            case "Min" -> "không được nhỏ hơn " + attributes.get("value");
            case "Max" -> "không được lớn hơn " + attributes.get("value");
            case "PastOrPresent" -> "không được sau ngày hôm nay";
            case "Pattern" -> "nationalId".equals(field)
                    ? "phải gồm 9 hoặc 12 chữ số (Excel bỏ mất số 0 đầu của ô số: định dạng cột là văn bản)"
                    : "có ký tự không được dùng (chỉ chữ, số và _ . / -)";
            default -> violation.getMessage();
        };
        return column(field) + " " + what;
    }

    private static String column(String field) {
        ImportColumn column = COLUMNS.get(field);
        return column == null ? field : column.header();
    }
}
