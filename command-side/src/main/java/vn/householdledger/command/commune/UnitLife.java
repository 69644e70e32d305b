package vn.householdledger.command.commune;

import java.time.LocalDate;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.platform.i18n.Phrase;
import vn.householdledger.platform.problem.RuleViolation;

/**
 * When a unit exists: from {@code establishedOn} (null: before any date the ledger holds) until the
 * day it merged away or was dissolved ({@code endedOn}, null while it lasts). The one home of the rules
 * that a unit takes changes and households only while it exists.
 */
public record UnitLife(String code, LocalDate establishedOn, LocalDate endedOn) {

    /** Refuses {@code day} unless the unit exists on it; {@code field} is the request's field that named the unit. */
    public void requireInForceOn(LocalDate day, String field) {
        if (endedOn != null && !day.isBefore(endedOn)) {
            throw new RuleViolation(RuleCode.UNIT_DISSOLVED, Phrase.of("rule.UNIT_DISSOLVED", code, endedOn), field);
        }
        if (establishedOn != null && day.isBefore(establishedOn)) {
            throw new RuleViolation(RuleCode.DATED_BEFORE_UNIT, Phrase.of("rule.DATED_BEFORE_UNIT", code, day, establishedOn),
                    field);
        }
    }
}
