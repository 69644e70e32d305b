package vn.householdledger.platform.problem;

import java.util.Locale;
import vn.householdledger.platform.i18n.Phrase;

/** A refusal said by a message of the API's bundles, rendered in the reader's language when answered (English in logs). */
public abstract class Refusal extends RuntimeException {

    private final transient Phrase why;

    protected Refusal(Phrase why) {
        super(why.inEnglish());
        this.why = why;
    }

    public String detail(Locale locale) {
        return why.in(locale);
    }
}
