package vn.householdledger.web.ledger;

import java.util.List;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import vn.householdledger.api.commune.CommuneList;
import vn.householdledger.api.standard.StandardView;

/** The query side's reference data: the communes and the poverty standards. */
@HttpExchange("/api")
public interface ReferenceReads {

    @GetExchange("/communes")
    CommuneList communes();

    @GetExchange("/standards")
    List<StandardView> standards();
}
