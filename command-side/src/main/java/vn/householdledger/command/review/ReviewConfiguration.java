package vn.householdledger.command.review;

import java.util.Map;
import java.util.UUID;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.deadline.DeadlineManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.householdledger.command.dispatch.RequestMetadata;

/** The review's place in Axon: its aggregate cache, and who records what its deadlines cause. */
@Configuration(proxyBeanMethods = false)
public class ReviewConfiguration {

    static final String CACHE = "reviewCache";
    /** No person records that a due day passed: this job does. */
    static final String DEADLINE_JOB = "review-deadline";

    /**
     * Every step of every household loads the review, which grows to thousands of events: it is kept in
     * memory between steps. A write that fails evicts it, so a node that lost a race reloads it.
     */
    @Bean(CACHE)
    public Cache reviewCache() {
        return new WeakReferenceCache();
    }

    /**
     * A deadline runs on the scheduler's thread, on no request: the events it causes name the job that
     * recorded them and carry a request id of their own, as every event does.
     */
    @Autowired
    public void recordDeadlinesAsTheirJob(DeadlineManager deadlines) {
        deadlines.registerHandlerInterceptor((unitOfWork, chain) -> {
            Map<String, String> recorded = Map.of(RequestMetadata.RECORDED_BY, DEADLINE_JOB,
                    RequestMetadata.REQUEST_ID, UUID.randomUUID().toString());
            unitOfWork.registerCorrelationDataProvider(message -> recorded);
            return chain.proceed();
        });
    }
}
