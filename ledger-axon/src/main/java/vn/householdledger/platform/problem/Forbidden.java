package vn.householdledger.platform.problem;

import vn.householdledger.platform.i18n.Phrase;

/** A known account asked for something outside its role or its communes: answered 403, said by a message of the API's bundles. */
public class Forbidden extends Refusal {

    public Forbidden(String key, Object... args) {
        super(Phrase.of(key, args));
    }
}
