package vn.householdledger.platform.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.householdledger.events.household.HouseholdAssessed;
import vn.householdledger.platform.provenance.Provenance;

/**
 * {@link HouseholdAssessed} of revision null carried the demo's mark in its payload
 * ({@code simulated}, or nothing when stored before the mark existed); revision 2 carries it as
 * provenance metadata. {@code simulated: true} becomes {@link Provenance#simulated()}, and the
 * field leaves the payload whatever its value.
 */
@Component
@Order(1)
public class HouseholdAssessedProvenance extends SingleEventUpcaster {

    static final SimpleSerializedType WITH_THE_MARK = new SimpleSerializedType(HouseholdAssessed.class.getTypeName(), null);
    static final SimpleSerializedType WITH_PROVENANCE = new SimpleSerializedType(HouseholdAssessed.class.getTypeName(), "2");
    static final String MARK = "simulated";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return WITH_THE_MARK.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        boolean simulated = representation.getData(JsonNode.class).getData().path(MARK).asBoolean(false);
        return representation.upcast(WITH_PROVENANCE, JsonNode.class, HouseholdAssessedProvenance::withoutTheMark,
                metaData -> simulated ? metaData.mergedWith(Provenance.simulated()) : metaData);
    }

    static JsonNode withoutTheMark(JsonNode assessed) {
        ObjectNode upcast = assessed.deepCopy();
        upcast.remove(MARK);
        return upcast;
    }
}
