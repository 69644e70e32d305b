package vn.householdledger.command.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.householdledger.api.imports.ImportColumn;

/**
 * A table's header row: where it is and which of its columns is which {@link ImportColumn}. A header is
 * matched whatever its case, spaces and Unicode form, and with or without its accents; the header may sit
 * below a few title rows, as a commune's spreadsheets often have. Columns the import does not know are kept.
 */
record Header(TableRow row, Map<ImportColumn, Integer> columns) {

    /** How far down a header is looked for. */
    static final int SEARCHED_ROWS = 10;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    /** The column index of {@code column}, or null when the table has none. */
    Integer indexOf(ImportColumn column) {
        return columns.get(column);
    }

    /** The header of the rows searched that names the most columns, when it names every required one; else why not, in Vietnamese. */
    static Header of(List<TableRow> searched) {
        Header best = null;
        for (TableRow row : searched) {
            Header candidate = read(row);
            if (best == null || candidate.columns.size() > best.columns.size()) {
                best = candidate;
            }
        }
        if (best == null || best.columns.isEmpty()) {
            throw new UnreadableTable("không thấy dòng tiêu đề với các cột của danh sách (mã hộ, họ tên, quan hệ, …) trong "
                    + SEARCHED_ROWS + " dòng đầu");
        }
        List<String> missing = new ArrayList<>();
        for (ImportColumn column : ImportColumn.values()) {
            if (!column.optional() && !best.columns.containsKey(column)) {
                missing.add(column.header());
            }
        }
        if (!missing.isEmpty()) {
            throw new UnreadableTable("bảng thiếu cột: " + String.join(", ", missing) + " (dòng tiêu đề " + best.row.number() + ")");
        }
        return best;
    }

    private static Header read(TableRow row) {
        Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = row.cells().get(i);
            for (ImportColumn column : ImportColumn.values()) {
                if (cell != null && same(cell, column.header())) {
                    Integer twice = columns.put(column, i);
                    if (twice != null) {
                        throw new UnreadableTable("cột \"" + column.header() + "\" có hai lần ở dòng tiêu đề " + row.number());
                    }
                }
            }
        }
        return new Header(row, columns);
    }

    static boolean same(String typed, String header) {
        return plain(typed, false).equals(plain(header, false)) || plain(typed, true).equals(plain(header, true));
    }

    /** Lower case in Unicode's composed form with single spaces; without its accents (đ as d) when asked. */
    static String plain(String text, boolean withoutAccents) {
        String lower = SPACES.matcher(Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (!withoutAccents) {
            return lower;
        }
        return MARKS.matcher(Normalizer.normalize(lower.replace('đ', 'd'), Normalizer.Form.NFD)).replaceAll("");
    }

    /** The headers as sent, for the refused rows' file. */
    List<String> cells() {
        return row.cells();
    }
}
