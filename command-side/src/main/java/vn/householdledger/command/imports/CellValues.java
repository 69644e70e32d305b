package vn.householdledger.command.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.householdledger.api.household.EthnicGroups;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.api.household.Relation;
import vn.householdledger.api.household.Sex;
import vn.householdledger.api.household.YesNoUnknown;
import vn.householdledger.api.imports.ImportColumn;

/**
 * The values of a row's cells as a commune's list writes them, each read or refused with why in Vietnamese:
 * codes of the contract or their Vietnamese words, dates as {@code YYYY-MM-DD} or {@code DD/MM/YYYY},
 * amounts with or without thousands separators. What the commands decide (a date in the future, a code of
 * the wrong standard, too many causes) is left to them.
 */
final class CellValues {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d)[.,\\s](?=\\d{3}(\\D|$))");
    private static final Pattern DONG = Pattern.compile("\\d{1,15}");
    private static final Pattern CODES = Pattern.compile("[;,]");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Map<String, Relation> RELATIONS = Map.of(
            "chu ho", Relation.HEAD, "vo/chong", Relation.SPOUSE, "vo", Relation.SPOUSE, "chong", Relation.SPOUSE,
            "con", Relation.CHILD, "bo/me", Relation.PARENT, "bo", Relation.PARENT, "me", Relation.PARENT,
            "cha", Relation.PARENT, "khac", Relation.OTHER);

    /** Why cells of one row were refused: one message per column, in Vietnamese. */
    private final List<String> problems = new ArrayList<>();

    List<String> problems() {
        return problems;
    }

    String required(ImportColumn column, String cell) {
        if (cell == null) {
            problems.add("thiếu " + column.header());
        }
        return cell;
    }

    Relation relation(String cell) {
        if (required(ImportColumn.RELATION, cell) == null) {
            return null;
        }
        Optional<Relation> code = Arrays.stream(Relation.values()).filter(r -> r.name().equalsIgnoreCase(cell)).findFirst();
        Relation relation = code.orElseGet(() -> RELATIONS.get(Header.plain(cell, true).replace(" / ", "/")));
        if (relation == null) {
            problems.add("quan hệ \"" + cell + "\" không hợp lệ: ghi chủ hộ, vợ/chồng, con, bố/mẹ hoặc khác");
        }
        return relation;
    }

    Sex sex(String cell) {
        if (required(ImportColumn.SEX, cell) == null) {
            return null;
        }
        String plain = Header.plain(cell, true);
        Sex sex = plain.equals("nam") || plain.equals("male") ? Sex.MALE
                : plain.equals("nu") || plain.equals("female") ? Sex.FEMALE : null;
        if (sex == null) {
            problems.add("giới tính \"" + cell + "\" không hợp lệ: ghi nam hoặc nữ");
        }
        return sex;
    }

    /** A date; for {@code birthDate}, a year alone is 1 January of it (as registers write a birth known by its year only). */
    LocalDate date(ImportColumn column, String cell, boolean yearAlone) {
        if (cell == null) {
            return null;
        }
        try {
            if (yearAlone && YEAR.matcher(cell).matches()) {
                return LocalDate.of(Integer.parseInt(cell), 1, 1);
            }
            return cell.contains("/") ? LocalDate.parse(cell, DAY_MONTH_YEAR) : LocalDate.parse(cell);
        } catch (DateTimeException e) {
            problems.add(column.header() + " \"" + cell + "\" không phải ngày: ghi YYYY-MM-DD hoặc DD/MM/YYYY"
                    + (yearAlone ? ", hoặc chỉ năm sinh" : ""));
            return null;
        }
    }

    Integer year(String cell) {
        if (required(ImportColumn.REVIEW_YEAR, cell) == null) {
            return null;
        }
        if (!YEAR.matcher(cell).matches()) {
            problems.add("năm rà soát \"" + cell + "\" không phải một năm (4 chữ số)");
            return null;
        }
        return Integer.parseInt(cell);
    }

    /** Whole đồng: digits, perhaps grouped by thousands with dots, commas or spaces ({@code 850.000}). */
    Long money(String cell) {
        if (required(ImportColumn.INCOME, cell) == null) {
            return null;
        }
        String digits = THOUSANDS.matcher(cell).replaceAll("");
        if (!DONG.matcher(digits).matches()) {
            problems.add("thu nhập bình quân \"" + cell + "\" không phải số đồng (chỉ chữ số, có thể ngăn hàng nghìn)");
            return null;
        }
        return Long.parseLong(digits);
    }

    /** Yes or no; empty when not recorded (unknown), and required for {@code có lao động}. */
    YesNoUnknown yesNo(ImportColumn column, String cell) {
        if (cell == null) {
            if (!column.optional()) {
                required(column, null);
            }
            return YesNoUnknown.UNKNOWN;
        }
        String plain = Header.plain(cell, true);
        if (List.of("co", "x", "yes", "true", "1").contains(plain)) {
            return YesNoUnknown.YES;
        }
        if (List.of("khong", "no", "false", "0").contains(plain)) {
            return YesNoUnknown.NO;
        }
        problems.add(column.header() + " \"" + cell + "\" không hợp lệ: ghi có hoặc không");
        return null;
    }

    /** The code of the group a cell names; null when empty (not recorded). */
    String ethnicity(String cell) {
        if (cell == null) {
            return null;
        }
        return EthnicGroups.named(cell).map(g -> g.code()).orElseGet(() -> {
            problems.add("dân tộc \"" + cell + "\" không có trong danh mục 54 dân tộc (ghi tên, như Kinh, Mường, Thái, hoặc mã 01–54)");
            return null;
        });
    }

    /** Codes separated by {@code ;} (or commas), in upper case; whether each is one of the standard's is the assessment's to say. */
    static List<String> codes(String cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(CODES.split(cell)).map(String::strip).filter(c -> !c.isEmpty())
                .map(c -> c.toUpperCase(Locale.ROOT)).toList();
    }

    List<PovertyCause> causes(String cell) {
        List<PovertyCause> causes = new ArrayList<>();
        for (String code : codes(cell)) {
            try {
                causes.add(PovertyCause.valueOf(code));
            } catch (IllegalArgumentException e) {
                problems.add("nguyên nhân \"" + code + "\" không phải mã nguyên nhân nghèo (" + Arrays.toString(PovertyCause.values()) + ")");
            }
        }
        return causes;
    }
}
