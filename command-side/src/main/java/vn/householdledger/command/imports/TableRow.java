package vn.householdledger.command.imports;

import java.util.List;
import vn.householdledger.api.export.CellText;

/** One row of a table as sent: its number as a spreadsheet shows it (the first row is 1) and its cells as text. */
record TableRow(int number, List<String> cells) {

    TableRow {
        cells = List.copyOf(cells);
    }

    /**
     * The cell of column {@code index}, stripped and without the quote a refused rows' file put before a
     * formula-like text ({@link CellText#restored}); null when the row has none there or it is blank.
     */
    String cell(Integer index) {
        if (index == null || index >= cells.size()) {
            return null;
        }
        String cell = cells.get(index);
        return cell == null || cell.isBlank() ? null : CellText.restored(cell.strip());
    }

    boolean blank() {
        return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
    }
}
