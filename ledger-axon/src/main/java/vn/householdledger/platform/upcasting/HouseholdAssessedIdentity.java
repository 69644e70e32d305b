package vn.householdledger.platform.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.events.household.HouseholdAssessed;

/**
 * {@link HouseholdAssessed} of revision 2 named no assessment and no review; revision 3 does. An older
 * assessment gets an id of its own, the same at every read (from its household and its place in the
 * household's history), so that it can be voided like any other; it belonged to a periodic review
 * decided outside the ledger.
 */
@Component
@Order(2)
public class HouseholdAssessedIdentity extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(HouseholdAssessed.class.getTypeName(), "2");
    static final SimpleSerializedType REVISION_3 = new SimpleSerializedType(HouseholdAssessed.class.getTypeName(), "3");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_2.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        UUID id = assessmentId(representation.getAggregateIdentifier().orElseThrow(),
                representation.getSequenceNumber().orElseThrow());
        return representation.upcast(REVISION_3, JsonNode.class, assessed -> {
            ObjectNode upcast = assessed.deepCopy();
            upcast.put("assessmentId", id.toString());
            upcast.put("kind", ReviewKind.PERIODIC.name());
            upcast.putNull("reviewId");
            upcast.putNull("decisionNumber");
            return upcast;
        }, Function.identity());
    }

    /** The id an assessment stored without one has: the same for the same household and place in its history. */
    static UUID assessmentId(String householdId, long sequence) {
        return UUID.nameUUIDFromBytes(("HouseholdAssessed:" + householdId + ":" + sequence).getBytes(StandardCharsets.UTF_8));
    }
}
