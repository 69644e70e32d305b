package vn.householdledger.query.audit;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.Page;
import vn.householdledger.api.audit.AccessItem;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.query.read.PageRequest;

/**
 * Who read which household's data, for auditors (the path's role rule). Reading this list is not itself
 * a read of a household: it is not recorded.
 */
@RestController
public class AccessController {

    private final AccessQueries queries;

    public AccessController(AccessQueries queries) {
        this.queries = queries;
    }

    @Operation(summary = "List the reads of households' data: who, when, from where, what, which household")
    @GetMapping("/api/audit/access")
    public Page<AccessItem> access(@RequestParam(required = false) UUID householdId,
                                   @RequestParam(required = false) String account,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        plausible("from", from);
        plausible("to", to);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("to", "input.period", from);
        }
        return queries.reads(householdId, account == null || account.isBlank() ? null : account.strip(), from, to,
                PageRequest.of(page, size));
    }

    private static void plausible(String field, LocalDate day) {
        if (day != null && !BusinessCalendar.isPlausible(day)) {
            throw new InvalidInput(field, "input.date.years", BusinessCalendar.FIRST_YEAR, BusinessCalendar.LAST_YEAR);
        }
    }
}
