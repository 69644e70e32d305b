package vn.householdledger.command.review;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.householdledger.platform.problem.NotFound;
import vn.householdledger.platform.security.Caller;

/** Who may write a review: a worker of its commune records its steps, a chair of its commune decides it. */
@Component
public class ReviewAccess {

    private final ReviewDirectory directory;

    public ReviewAccess(ReviewDirectory directory) {
        this.directory = directory;
    }

    public void requireWritable(UUID reviewId) {
        Caller.current().requireWrite(communeOf(reviewId));
    }

    public void requireDecidable(UUID reviewId) {
        Caller.current().requireChairOf(communeOf(reviewId));
    }

    private String communeOf(UUID reviewId) {
        return directory.communeOf(reviewId).orElseThrow(() -> new NotFound("notFound.review", reviewId));
    }
}
