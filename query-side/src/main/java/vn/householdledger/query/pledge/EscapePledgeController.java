package vn.householdledger.query.pledge;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.Page;
import vn.householdledger.api.statistics.EscapePledgeItem;
import vn.householdledger.query.read.CommuneScope;
import vn.householdledger.query.read.PageRequest;
import vn.householdledger.api.audit.ReadKind;
import vn.householdledger.query.audit.AuditedRead;

/** Who pledged to escape poverty in a year, and whether the review of that year moved them out. */
@RestController
public class EscapePledgeController {

    private final EscapePledgeQueries pledges;

    public EscapePledgeController(EscapePledgeQueries pledges) {
        this.pledges = pledges;
    }

    @Operation(summary = "List the escape pledges of a year with their outcome")
    @GetMapping("/api/escape-pledges")
    @AuditedRead(ReadKind.ESCAPE_PLEDGES)
    public Page<EscapePledgeItem> pledges(@RequestParam int year, @RequestParam(required = false) String commune,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size) {
        return pledges.ofYear(year, CommuneScope.of(commune), PageRequest.of(page, size));
    }
}
