package vn.householdledger.platform.problem;

import java.util.Locale;
import vn.householdledger.api.problem.FieldProblem;
import vn.householdledger.platform.i18n.Phrase;

/** One refused field of a request and why, in words rendered in the reader's language when answered. */
public record FieldRefusal(String field, Phrase why) {

    public static FieldRefusal of(String field, String key, Object... args) {
        return new FieldRefusal(field, Phrase.of(key, args));
    }

    public FieldProblem in(Locale locale) {
        return new FieldProblem(field, why.in(locale));
    }
}
