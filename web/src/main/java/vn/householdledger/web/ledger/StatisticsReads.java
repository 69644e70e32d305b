package vn.householdledger.web.ledger;

import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import vn.householdledger.api.Page;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.PolicyGroup;
import vn.householdledger.api.statistics.Causes;
import vn.householdledger.api.statistics.CommuneRow;
import vn.householdledger.api.statistics.Deprivations;
import vn.householdledger.api.statistics.Escape;
import vn.householdledger.api.statistics.FlowRow;
import vn.householdledger.api.statistics.Statistics;

/**
 * The query side's statistics of a year: the commune table, flows, the review's findings and escapes, each under
 * the {@code units} chosen ({@code then} or {@code current}, see {@link vn.householdledger.web.report.UnitsChoice}).
 */
@HttpExchange("/api")
public interface StatisticsReads {

    @GetExchange("/statistics/communes")
    Statistics<CommuneRow> communes(@RequestParam int year, @RequestParam String units);

    @GetExchange("/statistics/flows")
    Statistics<FlowRow> flows(@RequestParam int year, @RequestParam String units);

    @GetExchange("/statistics/deprivations")
    Deprivations deprivations(@RequestParam int year, @RequestParam Classification status,
                              @RequestParam(required = false) String commune, @RequestParam String units);

    @GetExchange("/statistics/causes")
    Causes causes(@RequestParam int year, @RequestParam(required = false) PolicyGroup policyGroup,
                  @RequestParam(required = false) String commune, @RequestParam String units);

    @GetExchange("/escapes")
    Page<Escape> escapes(@RequestParam int year, @RequestParam(required = false) String commune, @RequestParam String units,
                         @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size);
}
