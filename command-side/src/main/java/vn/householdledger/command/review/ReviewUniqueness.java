package vn.householdledger.command.review;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.platform.i18n.Phrase;
import vn.householdledger.platform.problem.RuleViolation;

/**
 * A commune has one undecided review of a kind at a time: checked before a {@link Review} is created,
 * against the directory {@link ReviewLookups} records. Two openings that pass here together meet under
 * the directory's key when their events are stored, and the later one is refused with the same code.
 */
@Component
public class ReviewUniqueness implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final ReviewDirectory directory;

    public ReviewUniqueness(ReviewDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (unitOfWork.getMessage().getPayload() instanceof OpenReview opening) {
            if (directory.communeOf(opening.reviewId()).isPresent()) {
                throw new InvalidInput("reviewId", "review.reviewId.used");
            }
            if (directory.undecided(opening.communeCode(), opening.kind()).isPresent()) {
                throw alreadyOpen(opening.communeCode(), opening.kind());
            }
        }
        return chain.proceed();
    }

    static RuleViolation alreadyOpen(String communeCode, ReviewKind kind) {
        return new RuleViolation(RuleCode.REVIEW_ALREADY_OPEN, communeCode, Phrase.of("review.kind." + kind.name()));
    }
}
