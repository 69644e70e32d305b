package vn.householdledger.api.household;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A member's {@code ethnicity}: one of the 54 codes of {@link EthnicGroups} ("01" for the Kinh), or absent (not recorded). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EthnicGroupCode.Check.class)
public @interface EthnicGroupCode {

    String message() default "must be the two-digit code of one of the 54 ethnic groups, e.g. 01 (Kinh)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Absent is valid: the member's group is then unknown. */
    class Check implements ConstraintValidator<EthnicGroupCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || EthnicGroups.isCode(value);
        }
    }
}
