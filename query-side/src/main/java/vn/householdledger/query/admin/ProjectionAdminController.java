package vn.householdledger.query.admin;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.admin.ProjectionStatus;

/** For admins: each read model's state, and rebuilds from the event store (answered at once, run in the background). */
@RestController
public class ProjectionAdminController {

    private final ProjectionStates states;
    private final ProjectionRebuilds rebuilds;

    public ProjectionAdminController(ProjectionStates states, ProjectionRebuilds rebuilds) {
        this.states = states;
        this.rebuilds = rebuilds;
    }

    @Operation(summary = "List the read models with their state, position and completeness")
    @GetMapping("/api/admin/projections")
    public List<ProjectionStatus> projections() {
        return states.all();
    }

    @Operation(summary = "Rebuild every read model from the event store")
    @PostMapping("/api/admin/projections/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Map<String, List<String>> rebuildAll() {
        return Map.of("rebuilding", rebuilds.rebuildAll());
    }

    @Operation(summary = "Rebuild one read model from the event store")
    @PostMapping("/api/admin/projections/{name}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Map<String, List<String>> rebuild(@PathVariable String name) {
        return Map.of("rebuilding", rebuilds.rebuild(List.of(name)));
    }
}
