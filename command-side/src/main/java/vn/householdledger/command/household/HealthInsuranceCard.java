package vn.householdledger.command.household;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.events.assistance.HealthInsuranceIssued;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.platform.problem.RuleViolation;

/**
 * One health insurance card (thẻ BHYT) of a household's member, valid from {@code validFrom} to
 * {@code validTo} inclusive. The rules of issuing cards live here: one member's periods never overlap,
 * and a voided card no longer counts.
 */
record HealthInsuranceCard(UUID memberId, LocalDate validFrom, LocalDate validTo, boolean voided) {

    /**
     * A card is valid for a period that ends no earlier than it starts (it may start later than today:
     * cards are handed out before their year begins), the state pays 0–100 % of it, and the member holds
     * no other card that counts for any day of it.
     */
    static HealthInsuranceIssued issue(IssueHealthInsurance command, Collection<HealthInsuranceCard> cards) {
        if (command.validTo().isBefore(command.validFrom())) {
            throw new InvalidInput("validTo", "card.validTo.beforeFrom");
        }
        if (command.stateSubsidyPercent() < 0 || command.stateSubsidyPercent() > 100) {
            throw new InvalidInput("stateSubsidyPercent", "card.subsidy.range");
        }
        cards.stream().filter(card -> card.overlaps(command.memberId(), command.validFrom(), command.validTo()))
                .findFirst().ifPresent(card -> {
                    throw new RuleViolation(RuleCode.INSURANCE_OVERLAP, card.validFrom(), card.validTo());
                });
        return new HealthInsuranceIssued(command.householdId(), command.cardId(), command.memberId(), command.cardNumber(),
                command.validFrom(), command.validTo(), command.stateSubsidyPercent(), command.fundingSource());
    }

    static HealthInsuranceCard of(HealthInsuranceIssued event) {
        return new HealthInsuranceCard(event.memberId(), event.validFrom(), event.validTo(), false);
    }

    HealthInsuranceCard asVoided() {
        return new HealthInsuranceCard(memberId, validFrom, validTo, true);
    }

    private boolean overlaps(UUID member, LocalDate from, LocalDate to) {
        return !voided && memberId.equals(member) && !from.isAfter(validTo) && !to.isBefore(validFrom);
    }
}
