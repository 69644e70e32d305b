package vn.householdledger.command.review;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.householdledger.api.review.ReviewKind;

/** The review directory of fixture tests, as the events of other reviews would have left it. */
class InMemoryReviewDirectory implements ReviewDirectory {

    private record Entry(String communeCode, ReviewKind kind, boolean decided) {
    }

    private final Map<UUID, Entry> reviews = new HashMap<>();

    InMemoryReviewDirectory with(UUID reviewId, String communeCode, ReviewKind kind, boolean decided) {
        reviews.put(reviewId, new Entry(communeCode, kind, decided));
        return this;
    }

    @Override
    public Optional<String> communeOf(UUID reviewId) {
        return Optional.ofNullable(reviews.get(reviewId)).map(Entry::communeCode);
    }

    @Override
    public Optional<UUID> undecided(String communeCode, ReviewKind kind) {
        return reviews.entrySet().stream()
                .filter(e -> e.getValue().communeCode().equals(communeCode) && e.getValue().kind() == kind && !e.getValue().decided())
                .map(Map.Entry::getKey).findFirst();
    }

}
