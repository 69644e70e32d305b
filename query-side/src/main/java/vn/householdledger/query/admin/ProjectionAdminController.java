package vn.householdledger.query.admin;

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

    @GetMapping("/api/admin/projections")
    public List<ProjectionStatus> projections() {
        return states.all();
    }

    @PostMapping("/api/admin/projections/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Map<String, List<String>> rebuildAll() {
        return Map.of("rebuilding", rebuilds.rebuildAll());
    }

    @PostMapping("/api/admin/projections/{name}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Map<String, List<String>> rebuild(@PathVariable String name) {
        return Map.of("rebuilding", rebuilds.rebuild(List.of(name)));
    }
}
