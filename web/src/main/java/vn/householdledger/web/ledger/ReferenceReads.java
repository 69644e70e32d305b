package vn.householdledger.web.ledger;

import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import vn.householdledger.api.commune.CommuneList;
import vn.householdledger.api.household.NextHouseholdCode;
import vn.householdledger.api.standard.StandardView;

/** The query side's reference data: the communes (and a commune's next household code) and the poverty standards. */
@HttpExchange("/api")
public interface ReferenceReads {

    @GetExchange("/communes")
    CommuneList communes();

    /** A household code the commune has not used yet, to suggest on the registration form. */
    @GetExchange("/communes/{code}/next-household-code")
    NextHouseholdCode nextHouseholdCode(@PathVariable String code);

    @GetExchange("/standards")
    List<StandardView> standards();
}
