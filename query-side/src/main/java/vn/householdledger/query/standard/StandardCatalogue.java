package vn.householdledger.query.standard;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.householdledger.api.standard.StandardView;
import vn.householdledger.standard.IncomeLines;
import vn.householdledger.standard.PovertyStandard;
import vn.householdledger.standard.PovertyStandards;

/** The standards of the catalogue both sides share, as the contract shows them. */
@Component
public class StandardCatalogue {

    public List<StandardView> all() {
        return PovertyStandards.all().stream().map(StandardCatalogue::view).toList();
    }

    private static StandardView view(PovertyStandard s) {
        return new StandardView(s.code(), s.legalReference(), s.firstReviewYear(), s.lastReviewYear(), lines(s.incomeLines()),
                lines(s.nearPoorLines()), List.copyOf(s.indicators()), s.deprivationThreshold(), s.firstListsYear(),
                s.lastListsYear());
    }

    private static StandardView.Lines lines(IncomeLines lines) {
        return lines == null ? null : new StandardView.Lines(lines.rural(), lines.urban());
    }
}
