package vn.householdledger.platform.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.household.Relation;
import vn.householdledger.api.household.Sex;
import vn.householdledger.api.household.YesNoUnknown;
import vn.householdledger.events.household.HouseholdRegistered;
import vn.householdledger.events.household.Member;
import vn.householdledger.events.household.MemberJoined;

/**
 * A registration and a joining stored before members had attributes (the JSON fixtures of their old shape)
 * are read as revision 2 with every member's attributes not recorded: no ethnic group, disability and
 * meritorious service unknown, never no.
 */
class MembersWithoutAttributesTest {

    private static final String HOUSEHOLD = "3c0e7a52-8f1d-4b6a-9e2c-7d5f4a1b0c93";

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(JsonMapper.builder().addModule(new JavaTimeModule()).build()).build();
    private final MembersWithoutAttributes upcaster = new MembersWithoutAttributes();

    @Test
    void anOlderRegistrationIsReadWithItsMembersAttributesUnknown() throws IOException {
        IntermediateEventRepresentation upcast = upcast(stored(HouseholdRegistered.class,
                "/events/household-registered-revision-null.json", null));

        assertThat(upcast.getType()).isEqualTo(new SimpleSerializedType(HouseholdRegistered.class.getName(), "2"));
        HouseholdRegistered registered = serializer.deserialize(upcast.getData());
        assertThat(registered.code()).isEqualTo("HL-0042");
        assertThat(registered.members()).containsExactly(
                new Member(UUID.fromString("a1b2c3d4-0000-4000-8000-000000000001"), "Nguyễn Thị Lan", Sex.FEMALE,
                        LocalDate.of(1970, 2, 14), Relation.HEAD, "038170000123", null, YesNoUnknown.UNKNOWN,
                        YesNoUnknown.UNKNOWN),
                new Member(UUID.fromString("a1b2c3d4-0000-4000-8000-000000000002"), "Lê Văn Bình", Sex.MALE,
                        LocalDate.of(1995, 6, 1), Relation.CHILD, null, null, YesNoUnknown.UNKNOWN, YesNoUnknown.UNKNOWN));
        assertThat(upcast.getData(String.class).getData()).contains("\"disability\":\"UNKNOWN\"")
                .doesNotContain("\"NO\"");
    }

    @Test
    void anOlderJoiningIsReadWithTheMembersAttributesUnknown() throws IOException {
        IntermediateEventRepresentation upcast = upcast(stored(MemberJoined.class, "/events/member-joined-revision-null.json", null));

        assertThat(upcast.getType()).isEqualTo(new SimpleSerializedType(MemberJoined.class.getName(), "2"));
        MemberJoined joined = serializer.deserialize(upcast.getData());
        assertThat(joined.joinedOn()).isEqualTo(LocalDate.of(2017, 10, 5));
        assertThat(joined.member().fullName()).isEqualTo("Lê Thị Hoa");
        assertThat(joined.member().ethnicity()).isNull();
        assertThat(joined.member().disability()).isEqualTo(YesNoUnknown.UNKNOWN);
        assertThat(joined.member().meritoriousService()).isEqualTo(YesNoUnknown.UNKNOWN);
    }

    @Test
    void aRegistrationOfRevisionTwoIsLeftAsStored() throws IOException {
        InitialEventRepresentation stored = stored(HouseholdRegistered.class, "/events/household-registered-revision-null.json", "2");

        assertThat(upcaster.upcast(Stream.of(stored)).findFirst().orElseThrow()).isSameAs(stored);
    }

    private IntermediateEventRepresentation upcast(InitialEventRepresentation stored) {
        return upcaster.upcast(Stream.of(stored)).findFirst().orElseThrow();
    }

    private InitialEventRepresentation stored(Class<?> type, String fixture, String revision) throws IOException {
        byte[] payload;
        try (InputStream in = getClass().getResourceAsStream(fixture)) {
            payload = in.readAllBytes();
        }
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("Household", HOUSEHOLD, 0,
                UUID.randomUUID().toString(), Instant.parse("2017-10-05T03:00:00Z"), type.getName(), revision, payload,
                "{}".getBytes(StandardCharsets.UTF_8)), serializer);
    }
}
