package vn.householdledger.command.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/**
 * A snapshot holds the household's fields, and the project's types within them, in the shape they had
 * when it was taken. A snapshot of another shape read into today's class would leave a new field at its
 * default without a word: so a change of that shape must come with a new {@code @Revision} on
 * {@link Household} (whose snapshots of the former revision are then ignored) and its shape recorded here.
 */
class SnapshotShapeTest {

    private static final String REVISION = "2";
    private static final int SHAPE = 261082858;

    @Test
    void theShapeOfAHouseholdsSnapshotChangesOnlyWithItsRevision() {
        Set<String> shape = new TreeSet<>();
        describe(Household.class, shape, new TreeSet<>());

        assertThat(Household.class.getAnnotation(Revision.class).value()).isEqualTo(REVISION);
        assertThat(String.join("\n", shape).hashCode())
                .as("the fields a household's snapshot holds changed: give Household a new @Revision and record its shape here")
                .isEqualTo(SHAPE);
    }

    /** Each field of {@code type} and of the project's types it holds, and each constant of the project's enums. */
    private static void describe(Class<?> type, Set<String> shape, Set<String> seen) {
        if (!type.getName().startsWith("vn.householdledger.") || !seen.add(type.getName())) {
            return;
        }
        if (type.isEnum()) {
            Arrays.stream(type.getEnumConstants()).forEach(constant -> shape.add(type.getName() + "." + constant));
            return;
        }
        for (Class<?> c = type; c != null && c != Object.class && c != Record.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    shape.add(c.getName() + "#" + field.getName() + ": " + field.getGenericType().getTypeName());
                    visit(field.getGenericType(), shape, seen);
                }
            }
        }
    }

    private static void visit(Type type, Set<String> shape, Set<String> seen) {
        if (type instanceof Class<?> c) {
            describe(c.isArray() ? c.getComponentType() : c, shape, seen);
        } else if (type instanceof ParameterizedType p) {
            visit(p.getRawType(), shape, seen);
            Arrays.stream(p.getActualTypeArguments()).forEach(argument -> visit(argument, shape, seen));
        }
    }
}
