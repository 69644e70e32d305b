package vn.householdledger.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.householdledger.api.standard.StandardView;
import vn.householdledger.web.ledger.ReferenceReads;

/**
 * The poverty standards as the query side lists them, asked once: they are reference data that change
 * only with a release. The forms offer the indicators of the standard that governs a review year.
 */
@Component
public class Standards {

    private final ReferenceReads reference;
    private volatile List<StandardView> all;

    public Standards(ReferenceReads reference) {
        this.reference = reference;
    }

    public List<StandardView> all() {
        List<StandardView> known = all;
        if (known == null) {
            known = reference.standards();
            all = known;
        }
        return known;
    }

    /** The standard that governs the review of {@code year}, if any. */
    public Optional<StandardView> forReviewYear(int year) {
        return all().stream().filter(s -> year >= s.firstReviewYear() && year <= s.lastReviewYear()).findFirst();
    }

    /** The standard of this code, e.g. the one a review applies. */
    public Optional<StandardView> byCode(String code) {
        return all().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The latest standard: what a form shows for a year no standard governs yet. */
    public StandardView latest() {
        return all().get(all().size() - 1);
    }

    /** Every indicator of every standard, in legal order, each once. */
    public Set<String> allIndicators() {
        Set<String> codes = new LinkedHashSet<>();
        all().forEach(s -> codes.addAll(s.indicators()));
        return codes;
    }
}
