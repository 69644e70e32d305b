package vn.householdledger.command.review;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.householdledger.platform.problem.NotFound;
import vn.householdledger.command.commune.UnitScope;

/** Who may write a review: a worker of its commune records its steps, a chair of its commune decides it. */
@Component
public class ReviewAccess {

    private final ReviewDirectory directory;
    private final UnitScope scope;

    public ReviewAccess(ReviewDirectory directory, UnitScope scope) {
        this.directory = directory;
        this.scope = scope;
    }

    public void requireOpenable(String communeCode) {
        scope.requireWrite(communeCode, null);
    }

    /** A review of a unit that has merged since is the work of the unit it merged into. */
    public void requireWritable(UUID reviewId) {
        scope.requireWrite(communeOf(reviewId), null);
    }

    public void requireDecidable(UUID reviewId) {
        scope.requireChair(communeOf(reviewId));
    }

    private String communeOf(UUID reviewId) {
        return directory.communeOf(reviewId).orElseThrow(() -> new NotFound("notFound.review", reviewId));
    }
}
