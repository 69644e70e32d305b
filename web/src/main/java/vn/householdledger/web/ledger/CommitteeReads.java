package vn.householdledger.web.ledger;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import vn.householdledger.api.Page;
import vn.householdledger.api.statistics.EscapePledgeItem;
import vn.householdledger.api.target.TargetsView;

/** The query side's plan of a year as the committee follows it: its targets against their value now, and the escape pledges. */
@HttpExchange("/api")
public interface CommitteeReads {

    @GetExchange("/targets/{year}")
    TargetsView targets(@PathVariable int year);

    @GetExchange("/escape-pledges")
    Page<EscapePledgeItem> escapePledges(@RequestParam int year, @RequestParam(required = false) String commune,
                                         @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size);
}
