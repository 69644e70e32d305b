package vn.householdledger.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.PastOrPresent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/** "Not in the future" means by Vietnam's calendar: just after midnight there, it is still yesterday in UTC. */
class BusinessDatesValidationTest {

    record Registration(@PastOrPresent LocalDate registeredOn) {
    }

    /** 00:30 on 2 January 2099 in Hà Nội, 17:30 on 1 January in UTC. */
    private final Clock clock = Clock.fixed(Instant.parse("2099-01-01T17:30:00Z"), ZoneOffset.UTC);
    private final LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();

    @BeforeEach
    void validatorAsTheServiceConfiguresIt() {
        validator.setConfigurationInitializer(new BusinessClockConfiguration().businessDatesValidation(clock)::customize);
        validator.afterPropertiesSet();
    }

    @AfterEach
    void close() {
        validator.close();
    }

    @Test
    void theDayThatBeganInVietnamIsToday() {
        assertThat(validator.validate(new Registration(LocalDate.of(2099, 1, 2)))).isEmpty();
    }

    @Test
    void theNextDayIsInTheFuture() {
        assertThat(validator.validate(new Registration(LocalDate.of(2099, 1, 3)))).hasSize(1);
    }
}
