package vn.householdledger.query.standard;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.standard.StandardView;

/** The poverty standards as reference data, for every signed-in account: what a form offers for a review year. */
@RestController
public class StandardsController {

    private final StandardCatalogue catalogue;

    public StandardsController(StandardCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Operation(summary = "List the poverty standards: their reviews, lines and indicators")
    @GetMapping("/api/standards")
    public List<StandardView> standards() {
        return catalogue.all();
    }
}
