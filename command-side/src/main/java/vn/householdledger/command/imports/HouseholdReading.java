package vn.householdledger.command.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.householdledger.api.household.AssessmentRequest;
import vn.householdledger.api.household.MemberRequest;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.api.household.RegisterHouseholdRequest;
import vn.householdledger.api.household.Relation;
import vn.householdledger.api.household.YesNoUnknown;
import vn.householdledger.api.imports.ImportColumn;
import vn.householdledger.api.review.ReviewKind;

/**
 * A household's rows read as the contract's requests: its registration (one member per row) and its last
 * recognised review, read from the head's row (the first row when none says it is the head's: the
 * registration then says what is wrong). The village and address may be repeated on each row, but a row may
 * not contradict the head's.
 */
final class HouseholdReading {

    /** What the rows say, or why rows of it cannot be read (by row number, in Vietnamese), and which row is the head's. */
    record Read(HouseholdRows rows, RegisterHouseholdRequest registration, AssessmentRequest assessment,
                Map<Integer, String> problems, int headsRow) {

        /** The row of the member at {@code index} in the registration. */
        int rowOfMember(int index) {
            return rows.rows().get(index).number();
        }
    }

    private final Header header;
    private final String communeCode;

    HouseholdReading(Header header, String communeCode) {
        this.header = header;
        this.communeCode = communeCode;
    }

    Read read(HouseholdRows household) {
        Map<Integer, String> problems = new LinkedHashMap<>();
        TableRow head = headsRowOf(household, header);
        String village = cell(head, ImportColumn.VILLAGE);
        String address = cell(head, ImportColumn.ADDRESS);
        List<MemberRequest> members = new ArrayList<>();
        for (TableRow row : household.rows()) {
            CellValues cells = new CellValues();
            if (household.code() == null) {
                cells.required(ImportColumn.CODE, null);
            }
            agrees(cells, row, head, ImportColumn.VILLAGE, village);
            agrees(cells, row, head, ImportColumn.ADDRESS, address);
            members.add(new MemberRequest(null, cells.required(ImportColumn.FULL_NAME, cell(row, ImportColumn.FULL_NAME)),
                    cells.sex(cell(row, ImportColumn.SEX)),
                    cells.date(ImportColumn.BIRTH_DATE, cells.required(ImportColumn.BIRTH_DATE, cell(row, ImportColumn.BIRTH_DATE)), true),
                    cells.relation(cell(row, ImportColumn.RELATION)), NationalIds.normal(cell(row, ImportColumn.NATIONAL_ID)),
                    cells.ethnicity(cell(row, ImportColumn.ETHNICITY)),
                    cells.yesNo(ImportColumn.DISABILITY, cell(row, ImportColumn.DISABILITY)),
                    cells.yesNo(ImportColumn.MERITORIOUS_SERVICE, cell(row, ImportColumn.MERITORIOUS_SERVICE))));
            if (row == head) {
                cells.required(ImportColumn.VILLAGE, village);
                cells.required(ImportColumn.ADDRESS, address);
            }
            if (!cells.problems().isEmpty()) {
                problems.put(row.number(), String.join("; ", cells.problems()));
            }
        }
        CellValues review = new CellValues();
        Integer year = review.year(cell(head, ImportColumn.REVIEW_YEAR));
        LocalDate decidedOn = review.date(ImportColumn.DECIDED_ON,
                review.required(ImportColumn.DECIDED_ON, cell(head, ImportColumn.DECIDED_ON)), false);
        LocalDate registeredOn = review.date(ImportColumn.REGISTERED_ON, cell(head, ImportColumn.REGISTERED_ON), false);
        Long income = review.money(cell(head, ImportColumn.INCOME));
        List<String> deprivations = CellValues.codes(cell(head, ImportColumn.DEPRIVATIONS));
        List<PovertyCause> causes = review.causes(cell(head, ImportColumn.CAUSES));
        YesNoUnknown working = review.yesNo(ImportColumn.HAS_WORKING_MEMBER, cell(head, ImportColumn.HAS_WORKING_MEMBER));
        if (!review.problems().isEmpty()) {
            problems.merge(head.number(), String.join("; ", review.problems()), (a, b) -> a + "; " + b);
        }
        RegisterHouseholdRequest registration = new RegisterHouseholdRequest(null, household.code(), communeCode, village,
                address, members, registeredOn == null ? decidedOn : registeredOn);
        AssessmentRequest assessment = new AssessmentRequest(year, decidedOn, null, income, deprivations, causes,
                working == null || working == YesNoUnknown.UNKNOWN ? null : working == YesNoUnknown.YES,
                ReviewKind.PERIODIC, cell(head, ImportColumn.DECISION_NUMBER));
        return new Read(household, registration, assessment, problems, head.number());
    }

    /** The head's row: the first that says so, else the first row. */
    static TableRow headsRowOf(HouseholdRows household, Header header) {
        Integer relation = header.indexOf(ImportColumn.RELATION);
        return household.rows().stream()
                .filter(row -> {
                    String cell = row.cell(relation);
                    return cell != null && new CellValues().relation(cell) == Relation.HEAD;
                })
                .findFirst().orElse(household.rows().get(0));
    }

    private void agrees(CellValues cells, TableRow row, TableRow head, ImportColumn column, String headsValue) {
        String value = cell(row, column);
        if (row != head && value != null && headsValue != null && !Objects.equals(value, headsValue)) {
            cells.problems().add(column.header() + " khác với dòng của chủ hộ (dòng " + head.number() + ")");
        }
    }

    private String cell(TableRow row, ImportColumn column) {
        return row.cell(header.indexOf(column));
    }
}
