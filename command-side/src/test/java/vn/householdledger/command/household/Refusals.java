package vn.householdledger.command.household;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.platform.problem.RuleViolation;

/** Matchers that say which rule refused a command: the rule's code, or the field found invalid. */
public final class Refusals {

    private Refusals() {
    }

    /** A {@link RuleViolation} (409) with {@code code}. */
    public static Matcher<Throwable> violates(RuleCode code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable failure) {
                return failure instanceof RuleViolation rule && rule.code() == code;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rule violation " + code);
            }
        };
    }

    /** An {@link InvalidInput} (400) naming {@code field}. */
    public static Matcher<Throwable> invalid(String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable failure) {
                return failure instanceof InvalidInput input
                        && input.errors().stream().anyMatch(error -> error.field().equals(field));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("invalid input in " + field);
            }
        };
    }
}
