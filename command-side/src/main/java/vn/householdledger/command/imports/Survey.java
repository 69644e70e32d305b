package vn.householdledger.command.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.householdledger.api.imports.ImportColumn;

/**
 * The import's first reading of its file: how many rows it has (for the progress), and what the file says
 * twice, which no household can settle alone: a household code whose rows are not together, and a national
 * id given in two households. Every household concerned is refused, so that what is refused does not depend
 * on the order in which households happen to be imported.
 */
final class Survey {

    private int rows;
    private final Map<String, Integer> groupsOfCode = new HashMap<>();
    private final Map<String, String> householdOfId = new HashMap<>();
    private final Map<String, Set<String>> sharedIds = new HashMap<>();

    /** Reads {@code table} through once. */
    static Survey of(UploadedTable table, Header header) {
        Survey survey = new Survey();
        Integer nationalId = header.indexOf(ImportColumn.NATIONAL_ID);
        HouseholdRows.Gathering households = new HouseholdRows.Gathering(header, household -> survey.add(household, nationalId));
        table.rowsBelow(header, row -> {
            survey.rows++;
            households.accept(row);
        });
        households.finish();
        return survey;
    }

    private void add(HouseholdRows household, Integer nationalIdColumn) {
        if (household.code() == null) {
            return;
        }
        groupsOfCode.merge(household.code(), 1, Integer::sum);
        for (TableRow row : household.rows()) {
            String id = NationalIds.normal(row.cell(nationalIdColumn));
            if (id == null) {
                continue;
            }
            String other = householdOfId.putIfAbsent(id, household.code());
            if (other != null && !other.equals(household.code())) {
                sharedIds.computeIfAbsent(id, i -> new TreeSet<>(List.of(other))).add(household.code());
            }
        }
    }

    /** The data rows of the table (blank rows left out). */
    int rows() {
        return rows;
    }

    /** Whether the rows of the household {@code code} are split into groups apart in the file. */
    boolean splits(String code) {
        return groupsOfCode.getOrDefault(code, 0) > 1;
    }

    /** The other households of the file that give {@code nationalId} too; empty when none does. */
    Set<String> othersHolding(String nationalId, String code) {
        Set<String> holders = sharedIds.get(nationalId);
        if (holders == null) {
            return Set.of();
        }
        Set<String> others = new TreeSet<>(holders);
        others.remove(code);
        return others;
    }
}
