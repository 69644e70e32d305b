package vn.householdledger.platform.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;
import vn.householdledger.api.household.YesNoUnknown;
import vn.householdledger.events.household.HouseholdRegistered;
import vn.householdledger.events.household.MemberJoined;

/**
 * {@link HouseholdRegistered} and {@link MemberJoined} of revision null recorded members without their
 * attributes; revision 2 records them. An older member is read as not recorded: no ethnic group, and
 * {@code UNKNOWN} disability and meritorious service, never {@code NO} (the reports count such a
 * household as unknown).
 */
@Component
public class MembersWithoutAttributes extends SingleEventUpcaster {

    /** Each event's older type, the newer one, and where its members are. */
    private record Shape(SimpleSerializedType newer, boolean listOfMembers) {
    }

    private static final Map<SimpleSerializedType, Shape> SHAPES = Map.of(
            new SimpleSerializedType(HouseholdRegistered.class.getTypeName(), null),
            new Shape(new SimpleSerializedType(HouseholdRegistered.class.getTypeName(), "2"), true),
            new SimpleSerializedType(MemberJoined.class.getTypeName(), null),
            new Shape(new SimpleSerializedType(MemberJoined.class.getTypeName(), "2"), false));

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return SHAPES.containsKey(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        Shape shape = SHAPES.get(representation.getType());
        return representation.upcastPayload(shape.newer(), JsonNode.class, event -> {
            ObjectNode upcast = event.deepCopy();
            if (shape.listOfMembers()) {
                upcast.withArray("members").forEach(MembersWithoutAttributes::notRecorded);
            } else {
                notRecorded(upcast.path("member"));
            }
            return upcast;
        });
    }

    private static void notRecorded(JsonNode member) {
        if (member instanceof ObjectNode fields) {
            fields.putNull("ethnicity");
            fields.put("disability", YesNoUnknown.UNKNOWN.name());
            fields.put("meritoriousService", YesNoUnknown.UNKNOWN.name());
        }
    }
}
