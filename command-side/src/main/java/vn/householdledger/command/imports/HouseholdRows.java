package vn.householdledger.command.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.householdledger.api.imports.ImportColumn;

/** The rows of one household as the table gives them, one per member, under its code (null for a row that names none). */
record HouseholdRows(String code, List<TableRow> rows) {

    HouseholdRows {
        rows = List.copyOf(rows);
    }

    int firstRow() {
        return rows.get(0).number();
    }

    int lastRow() {
        return rows.get(rows.size() - 1).number();
    }

    /**
     * Gathers the rows that follow one another under one code into a household, and hands each household over
     * once its last row has been read ({@link #finish} hands over the last one). A row without a code stands alone.
     */
    static final class Gathering implements Consumer<TableRow> {
        private final Integer codeColumn;
        private final Consumer<HouseholdRows> each;
        private String code;
        private List<TableRow> rows = new ArrayList<>();

        Gathering(Header header, Consumer<HouseholdRows> each) {
            this.codeColumn = header.indexOf(ImportColumn.CODE);
            this.each = each;
        }

        @Override
        public void accept(TableRow row) {
            String rowCode = row.cell(codeColumn);
            if (!rows.isEmpty() && (rowCode == null || !rowCode.equals(code))) {
                finish();
            }
            code = rowCode;
            rows.add(row);
        }

        void finish() {
            if (!rows.isEmpty()) {
                each.accept(new HouseholdRows(code, rows));
                rows = new ArrayList<>();
            }
        }
    }
}
