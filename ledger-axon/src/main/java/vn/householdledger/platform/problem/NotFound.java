package vn.householdledger.platform.problem;

import vn.householdledger.platform.i18n.Phrase;

/** An id in the path names nothing the service knows: answered 404, said by a message of the API's bundles. */
public class NotFound extends Refusal {

    public NotFound(String key, Object... args) {
        super(Phrase.of(key, args));
    }
}
