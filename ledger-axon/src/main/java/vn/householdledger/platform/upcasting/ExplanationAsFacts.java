package vn.householdledger.platform.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.householdledger.api.commune.Area;
import vn.householdledger.events.household.HouseholdAssessed;
import vn.householdledger.events.review.HouseholdSurveyed;
import vn.householdledger.standard.Explanation;
import vn.householdledger.standard.PovertyStandard;
import vn.householdledger.standard.PovertyStandards;

/**
 * {@link HouseholdAssessed} of revision 3 and {@link HouseholdSurveyed} of revision null kept their
 * classification's explanation as an English sentence; revisions 4 and 1 keep it as facts
 * ({@link Explanation}), put into words when read. The facts of an older event are derived from its own
 * findings (standard, area, income, deprivations) by its standard's rule, which is pure and the one that
 * classified it; the sentence they replace said the same in English.
 */
@Component
@Order(3)
public class ExplanationAsFacts extends SingleEventUpcaster {

    /** Each older revision and the one that keeps the facts. */
    static final Map<SerializedType, SerializedType> NEXT = Map.of(
            new SimpleSerializedType(HouseholdAssessed.class.getTypeName(), "3"),
            new SimpleSerializedType(HouseholdAssessed.class.getTypeName(), "4"),
            new SimpleSerializedType(HouseholdSurveyed.class.getTypeName(), null),
            new SimpleSerializedType(HouseholdSurveyed.class.getTypeName(), "1"));

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return NEXT.containsKey(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcast(NEXT.get(representation.getType()), JsonNode.class, ExplanationAsFacts::withFacts,
                Function.identity());
    }

    static JsonNode withFacts(JsonNode event) {
        PovertyStandard standard = PovertyStandards.byCode(event.path("standard").asText())
                .orElseThrow(() -> new IllegalStateException("An event names the unknown standard " + event.path("standard")));
        Set<String> deprivations = new TreeSet<>();
        event.path("deprivations").forEach(code -> deprivations.add(code.asText()));
        Explanation facts = standard.classify(event.path("incomePerCapitaMonthly").asLong(), deprivations,
                Area.valueOf(event.path("area").asText())).explanation();
        ObjectNode upcast = event.deepCopy();
        upcast.set("explanation", JSON.valueToTree(facts));
        return upcast;
    }
}
