package vn.householdledger.query.review;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import vn.householdledger.api.review.ReviewStep;

/**
 * {@code ledger_reviews{step}}: the reviews at each step, and {@code ledger_reviews_overdue}: the periodic
 * reviews past their due day (14 December) and undecided, for the person who follows the communes'
 * reviews in December. Read from the review read model at each scrape.
 */
@Component
public class ReviewGauges {

    public static final String REVIEWS = "ledger.reviews";
    public static final String OVERDUE = "ledger.reviews.overdue";

    public ReviewGauges(ReviewQueries queries, MeterRegistry registry) {
        for (ReviewStep step : ReviewStep.values()) {
            Gauge.builder(REVIEWS, queries, q -> q.count(step))
                    .description("Reviews of communes at each step: open, posted or decided")
                    .tag("step", step.name())
                    .register(registry);
        }
        Gauge.builder(OVERDUE, queries, ReviewQueries::overdue)
                .description("Periodic reviews past their due day (14 December of their year) and still undecided")
                .register(registry);
    }
}
