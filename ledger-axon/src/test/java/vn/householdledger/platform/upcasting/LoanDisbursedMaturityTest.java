package vn.householdledger.platform.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.assistance.LoanProgramme;
import vn.householdledger.events.assistance.LoanDisbursed;

/** A loan stored before {@code maturesOn} existed (the JSON fixture of its old shape) is read with it. */
class LoanDisbursedMaturityTest {

    /** The stored payload of a loan disbursed on 29 February 2016 for 36 months, as revision null wrote it. */
    static final String FIXTURE = "/events/loan-disbursed-revision-null.json";

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(JsonMapper.builder().addModule(new JavaTimeModule()).build()).build();
    private final LoanDisbursedMaturity upcaster = new LoanDisbursedMaturity();

    @Test
    void aLoanStoredWithoutItsMaturityIsReadAsRevisionTwoMaturingItsTermLater() throws IOException {
        IntermediateEventRepresentation upcast = upcast(stored(null)).findFirst().orElseThrow();

        assertThat(upcast.getType()).isEqualTo(new SimpleSerializedType(LoanDisbursed.class.getName(), "2"));
        LoanDisbursed loan = serializer.deserialize(upcast.getData());
        assertThat(loan).isEqualTo(new LoanDisbursed(UUID.fromString("6f1c2a0e-6d0b-4a53-9a7b-2f1e0c1d2b3a"),
                UUID.fromString("0b9f5e2c-3a1d-4e7f-8c6b-5d4a3b2c1e0f"), LoanProgramme.POOR_HOUSEHOLD, 30_000_000,
                new BigDecimal("6.6"), 36, LocalDate.of(2016, 2, 29), "Ngân hàng Chính sách xã hội", "Nuôi bò sinh sản",
                List.of("LACK_CAPITAL", "HOUSING_QUALITY"), LocalDate.of(2019, 2, 28)));
    }

    @Test
    void aLoanAlreadyOfRevisionTwoIsLeftAsStored() throws IOException {
        InitialEventRepresentation stored = stored("2");

        IntermediateEventRepresentation read = upcast(stored).findFirst().orElseThrow();

        assertThat(read).isSameAs(stored);
    }

    @Test
    void theMaturityIsTheSameDayTheTermLaterOrTheLastDayOfThatMonth() {
        assertThat(LoanDisbursed.maturityOf(LocalDate.of(2018, 3, 15), 36)).isEqualTo(LocalDate.of(2021, 3, 15));
        assertThat(LoanDisbursed.maturityOf(LocalDate.of(2018, 1, 31), 1)).isEqualTo(LocalDate.of(2018, 2, 28));
    }

    private Stream<IntermediateEventRepresentation> upcast(InitialEventRepresentation stored) {
        return upcaster.upcast(Stream.of(stored));
    }

    private InitialEventRepresentation stored(String revision) throws IOException {
        byte[] payload;
        try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
            payload = in.readAllBytes();
        }
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("Household",
                "6f1c2a0e-6d0b-4a53-9a7b-2f1e0c1d2b3a", 4, UUID.randomUUID().toString(), Instant.parse("2018-03-15T03:00:00Z"),
                LoanDisbursed.class.getName(), revision, payload, "{}".getBytes(StandardCharsets.UTF_8)), serializer);
    }
}
