package vn.householdledger.standalone.household;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import vn.householdledger.api.household.Classification;
import vn.householdledger.command.household.AssessHousehold;
import vn.householdledger.events.household.HouseholdAssessed;
import vn.householdledger.standalone.ApiTest;

/**
 * Assessments stored before {@code simulated} existed, as JSON of their old shape: the event read
 * back from the event store, and the command kept with an idempotency record, both read as held
 * reviews (not simulated), with every other field intact.
 */
class StoredAssessmentShapeTest extends ApiTest {

    @Autowired
    @Qualifier("eventSerializer")
    Serializer events;
    @Autowired
    ObjectMapper json;

    private static String stored(String name) throws IOException {
        try (InputStream in = StoredAssessmentShapeTest.class.getResourceAsStream("/stored/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anAssessedEventStoredWithoutSimulatedReadsAsAHeldReview() throws IOException {
        HouseholdAssessed event = events.deserialize(new SimpleSerializedObject<>(
                stored("HouseholdAssessed-without-simulated.json"), String.class, HouseholdAssessed.class.getName(), null));
        assertThat(event.simulated()).isFalse();
        assertThat(event.classification()).isEqualTo(Classification.POOR);
        assertThat(event.classificationSince()).isEqualTo(LocalDate.of(2017, 11, 20));
        assertThat(event.incomePerCapitaMonthly()).isEqualTo(650_000);
    }

    @Test
    void anAssessCommandKeptWithoutSimulatedReadsAsAHeldReview() throws IOException {
        AssessHousehold command = json.readValue(stored("AssessHousehold-without-simulated.json"), AssessHousehold.class);
        assertThat(command.simulated()).isFalse();
        assertThat(command.hasWorkingMember()).isTrue();
        assertThat(command.assessedOn()).isEqualTo(LocalDate.of(2017, 11, 20));
    }
}
