package vn.householdledger.platform.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;
import vn.householdledger.events.assistance.LoanDisbursed;

/**
 * {@link LoanDisbursed} of revision null (stored before the loan knew its maturity) becomes revision
 * 2: {@code maturesOn} is computed from {@code disbursedOn} and {@code termMonths}, as the command
 * side computes it for a new loan.
 */
@Component
public class LoanDisbursedMaturity extends SingleEventUpcaster {

    static final SimpleSerializedType WITHOUT_MATURITY = new SimpleSerializedType(LoanDisbursed.class.getTypeName(), null);
    static final SimpleSerializedType WITH_MATURITY = new SimpleSerializedType(LoanDisbursed.class.getTypeName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return WITHOUT_MATURITY.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(WITH_MATURITY, JsonNode.class, LoanDisbursedMaturity::withMaturity);
    }

    static JsonNode withMaturity(JsonNode loan) {
        ObjectNode upcast = loan.deepCopy();
        LocalDate disbursedOn = LocalDate.parse(loan.get("disbursedOn").asText());
        upcast.put("maturesOn", LoanDisbursed.maturityOf(disbursedOn, loan.get("termMonths").asInt()).toString());
        return upcast;
    }
}
