package vn.householdledger.platform.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Words to say to a person: a key of the API's bundles and its arguments, rendered in the reader's language when answered. */
public record Phrase(String key, List<Object> args) {

    public Phrase {
        args = Arrays.asList(args.toArray());
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, Arrays.asList(args));
    }

    public String in(Locale locale) {
        return Messages.render(locale, key, args.toArray());
    }

    /** In English: for logs, and for the message of the exception that carries it. */
    public String inEnglish() {
        return in(Locale.ENGLISH);
    }
}
