package vn.householdledger.query.projection;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.List;
import java.util.Objects;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.householdledger.platform.openapi.Problems;

/**
 * What {@link ReadConsistency} lets every read ask, in the OpenAPI document: its two headers, and the
 * 503 when the read models do not catch up in time.
 */
@Component
public class ReadConsistencyDocumentation implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI api) {
        api.getPaths().values().stream().map(PathItem::getGet).filter(Objects::nonNull).forEach(read -> {
            read.addParametersItem(new HeaderParameter().name(ReadConsistency.CONSISTENCY_HEADER)
                    .description("`wait`: the answer reflects every event committed before the read arrived")
                    .schema(new StringSchema()._enum(List.of("wait"))));
            read.addParametersItem(new HeaderParameter().name(ReadConsistency.POSITION_HEADER)
                    .description("The answer reflects at least this position (the `X-Event-Position` of a write)")
                    .schema(new IntegerSchema().format("int64")));
            Problems.answer(read, HttpStatus.SERVICE_UNAVAILABLE);
        });
    }
}
