package vn.householdledger.platform.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import vn.householdledger.events.household.HouseholdErased;

/**
 * The event serializer: Jackson's, with the {@link PersonalFields} of a household's events sealed
 * under its key on the way to the store and opened on the way back (after the upcasters, which never
 * need a personal value). What is stored, and hashed into the household's chain, holds no personal
 * value in clear; what aggregates and projections receive holds them in clear while the key exists.
 */
public class PersonalDataSerializer implements Serializer {

    private final Serializer delegate;
    private final HouseholdKeys keys;

    public PersonalDataSerializer(Serializer delegate, HouseholdKeys keys) {
        this.delegate = delegate;
        this.keys = keys;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (object == null || !carries(object.getClass().getName())) {
            return delegate.serialize(object, expectedRepresentation);
        }
        SerializedObject<JsonNode> json = delegate.serialize(object, JsonNode.class);
        ObjectNode event = (ObjectNode) json.getData();
        PersonalFields.seal(object.getClass().getName(), event, () -> keys.obtain(PersonalFields.householdOf(event)));
        T data = getConverter().convert(event, JsonNode.class, expectedRepresentation);
        return new SimpleSerializedObject<>(data, expectedRepresentation, json.getType());
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        String type = serializedObject.getType().getName();
        boolean erasure = HouseholdErased.class.getName().equals(type);
        if (!erasure && !carries(type)) {
            return delegate.deserialize(serializedObject);
        }
        JsonNode json = getConverter().convert(serializedObject.getData(), serializedObject.getContentType(), JsonNode.class);
        if (erasure) {
            keys.evict(PersonalFields.householdOf(json));
            return delegate.deserialize(serializedObject);
        }
        ObjectNode event = (ObjectNode) json.deepCopy();
        PersonalFields.open(type, event, keys.find(PersonalFields.householdOf(event)));
        return delegate.deserialize(new SimpleSerializedObject<>(event, JsonNode.class, serializedObject.getType()));
    }

    /** An event's or a snapshot's type whose JSON holds personal data. */
    private static boolean carries(String type) {
        return PersonalFields.carriedBy(type) || PersonalFields.inSnapshotsOf(type);
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}
