package vn.householdledger.platform.eventstore;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * How an aggregate's snapshot is stored: the JSON of its fields, written with the events' mapper (so
 * dates and ids look as in the events) but reading fields, never getters, since an aggregate's state is
 * private. An aggregate whose fields change shape takes a new {@code @Revision}: Axon's snapshot filter
 * then ignores the snapshots of the former revision, and the aggregate is loaded from its events again.
 */
public final class Snapshots {

    private Snapshots() {
    }

    public static Serializer serializer(ObjectMapper events) {
        ObjectMapper fields = events.copy()
                .setVisibility(PropertyAccessor.ALL, Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, Visibility.ANY)
                .setVisibility(PropertyAccessor.CREATOR, Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(fields).build();
    }
}
