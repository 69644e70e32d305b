package vn.householdledger.api.target;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/** One target and where it stands; {@code count} of {@code base} tells what a district percentage is made of. */
public record TargetEntry(String code, String scope, BigDecimal target, BigDecimal actual, boolean met,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Long count,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Long base) {
}
