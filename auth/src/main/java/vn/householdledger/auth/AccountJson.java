package vn.householdledger.auth;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Collection;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import vn.householdledger.api.security.Role;
import vn.householdledger.platform.security.LedgerAccount;

/**
 * A signed-in account as an authorization keeps it (JSON, under Spring Security's allow-listed typing): its name,
 * roles, communes and provinces, never a password. Read back as the account, so that the tokens a node issues
 * for a code or a refresh token another node issued carry the same claims ({@link AuthorizationServer#ledgerClaims}).
 */
final class AccountJson extends SimpleModule {

    AccountJson() {
        super(AccountJson.class.getName());
        setMixInAnnotation(LedgerAccount.class, Mixin.class);
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
    @JsonSerialize(using = Writer.class)
    @JsonDeserialize(using = Reader.class)
    abstract static class Mixin {
    }

    static final class Writer extends StdSerializer<LedgerAccount> {

        Writer() {
            super(LedgerAccount.class);
        }

        @Override
        public void serialize(LedgerAccount account, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject();
            fields(account, json);
            json.writeEndObject();
        }

        @Override
        public void serializeWithType(LedgerAccount account, JsonGenerator json, SerializerProvider provider,
                                      TypeSerializer type) throws IOException {
            WritableTypeId id = type.writeTypePrefix(json, type.typeId(account, JsonToken.START_OBJECT));
            fields(account, json);
            type.writeTypeSuffix(json, id);
        }

        private static void fields(LedgerAccount account, JsonGenerator json) throws IOException {
            json.writeStringField("username", account.getUsername());
            strings(json, "roles", account.roles().stream().map(Role::name).sorted().toList());
            strings(json, "communes", account.communes().stream().sorted().toList());
            strings(json, "provinces", account.provinces().stream().sorted().toList());
        }

        private static void strings(JsonGenerator json, String name, Collection<String> values) throws IOException {
            json.writeArrayFieldStart(name);
            for (String value : values) {
                json.writeString(value);
            }
            json.writeEndArray();
        }
    }

    static final class Reader extends StdDeserializer<LedgerAccount> {

        Reader() {
            super(LedgerAccount.class);
        }

        @Override
        public LedgerAccount deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode account = parser.getCodec().readTree(parser);
            return new LedgerAccount(account.get("username").asText(), "", set(account, "roles", Role::valueOf),
                    set(account, "communes", Function.identity()), set(account, "provinces", Function.identity()));
        }

        private static <T> Set<T> set(JsonNode account, String name, Function<String, T> value) {
            return StreamSupport.stream(account.path(name).spliterator(), false).map(JsonNode::asText).map(value)
                    .collect(Collectors.toSet());
        }
    }
}
