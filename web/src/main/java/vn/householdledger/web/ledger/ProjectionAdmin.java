package vn.householdledger.web.ledger;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import vn.householdledger.api.admin.DeadLetterRetry;
import vn.householdledger.api.admin.ProjectionStatus;

/** The query side's read models, for admins: their state, their rebuilds, their dead letters retried. */
@HttpExchange("/api/admin/projections")
public interface ProjectionAdmin {

    @GetExchange
    List<ProjectionStatus> projections();

    @PostExchange("/rebuild")
    Map<String, List<String>> rebuildAll();

    @PostExchange("/{name}/rebuild")
    Map<String, List<String>> rebuild(@PathVariable String name);

    @PostExchange("/{name}/dead-letters/retry")
    DeadLetterRetry retryDeadLetters(@PathVariable String name);
}
