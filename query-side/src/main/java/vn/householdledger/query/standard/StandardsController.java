package vn.householdledger.query.standard;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.standard.StandardView;
import vn.householdledger.standard.IncomeLines;
import vn.householdledger.standard.PovertyStandard;
import vn.householdledger.standard.PovertyStandards;

/** The poverty standards as reference data, for every signed-in account: what a form offers for a review year. */
@RestController
public class StandardsController {

    @GetMapping("/api/standards")
    public List<StandardView> standards() {
        return PovertyStandards.all().stream().map(StandardsController::view).toList();
    }

    private static StandardView view(PovertyStandard s) {
        return new StandardView(s.code(), s.legalReference(), s.firstReviewYear(), s.lastReviewYear(), lines(s.incomeLines()),
                lines(s.nearPoorLines()), List.copyOf(s.indicators()), s.deprivationThreshold());
    }

    private static StandardView.Lines lines(IncomeLines lines) {
        return lines == null ? null : new StandardView.Lines(lines.rural(), lines.urban());
    }
}
