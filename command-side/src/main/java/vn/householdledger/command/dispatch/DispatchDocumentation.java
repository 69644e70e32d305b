package vn.householdledger.command.dispatch;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;
import vn.householdledger.api.http.LedgerHeaders;
import vn.householdledger.command.CommandSideConfiguration;
import vn.householdledger.platform.openapi.Problems;

/**
 * What {@link CommandDispatcher} promises of every write, in the OpenAPI document: the
 * {@code Idempotency-Key} it honours (and its 422), and the {@code X-Event-Position} it answers (not on a
 * 202, whose work goes on after the answer). The command side's reads (an import's progress) get neither.
 */
@Component
public class DispatchDocumentation implements GlobalOperationCustomizer {

    private static final String COMMAND_SIDE = CommandSideConfiguration.class.getPackageName() + ".";

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        if (!handlerMethod.getBeanType().getPackageName().startsWith(COMMAND_SIDE) || handlerMethod.hasMethodAnnotation(GetMapping.class)) {
            return operation;
        }
        operation.addParametersItem(new HeaderParameter().name(LedgerHeaders.IDEMPOTENCY_KEY)
                .description("Makes the write safe to send again: the same key with the same request answers the"
                        + " first answer and writes nothing; with another request, 422")
                .schema(new StringSchema().maxLength(CommandDispatcher.MAX_KEY_LENGTH)));
        Header position = new Header()
                .description("The global position of the write's last event: a read that sends it reflects the write")
                .schema(new IntegerSchema().format("int64"));
        operation.getResponses().forEach((status, response) -> {
            // 202: the work goes on after the answer (an import), so no event stands behind it yet.
            if (status.startsWith("2") && !status.equals("202")) {
                response.addHeaderObject(LedgerHeaders.EVENT_POSITION, position);
            }
        });
        Problems.answer(operation, HttpStatus.UNPROCESSABLE_ENTITY);
        return operation;
    }
}
