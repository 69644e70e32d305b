package vn.householdledger.command.review;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;
import vn.householdledger.events.review.ReviewDecided;
import vn.householdledger.platform.processing.InCommandTransaction;

/**
 * A decision's steps are planned in the decision's own transaction: either the decision is stored with a
 * pending step for each household it recognises, or neither is. Once it has committed, the
 * {@link ReviewDecisionProcess} takes the steps.
 */
@Component
@ProcessingGroup(ReviewDecisionPlan.PROCESSING_GROUP)
@InCommandTransaction
public class ReviewDecisionPlan {

    /** The review's handlers that record in the transaction of the command that stores the events. */
    static final String PROCESSING_GROUP = "review-process";

    private final DecisionSteps steps;
    private final ReviewDecisionProcess process;

    public ReviewDecisionPlan(DecisionSteps steps, ReviewDecisionProcess process) {
        this.steps = steps;
        this.process = process;
    }

    @EventHandler
    void on(ReviewDecided event) {
        steps.plan(event.reviewId(), event.households().stream().map(ReviewDecided.DecidedHousehold::householdId).toList());
        CurrentUnitOfWork.get().root().afterCommit(committed -> process.wake());
    }
}
