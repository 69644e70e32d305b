package vn.householdledger.command.household;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
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
     * The numbers Vietnam Social Security (BHXH) prints on a card: the 15-character card code of Decision
     * 1351/QĐ-BHXH (2015) — 2 letters for the group of the insured (HN poor, CN near-poor, …), 1 digit
     * 1–5 for the benefit level, 2 digits for the province, and the 10-digit social-insurance number —
     * or, on the cards issued since 1 April 2021 (Decision 1666/QĐ-BHXH), that 10-digit number (mã số
     * BHXH) alone. Letters are taken in either case and recorded in capitals.
     */
    static final Pattern CARD_NUMBER = Pattern.compile("[A-Z]{2}[1-5][0-9]{12}|[0-9]{10}");

    /**
     * A card is valid for a period that ends no earlier than it starts (it may start later than today:
     * cards are handed out before their year begins), the state pays 0–100 % of it, and the member holds
     * no other card that counts for any day of it.
     */
    static HealthInsuranceIssued issue(IssueHealthInsurance command, Collection<HealthInsuranceCard> cards) {
        String cardNumber = command.cardNumber().toUpperCase(Locale.ROOT);
        if (!CARD_NUMBER.matcher(cardNumber).matches()) {
            throw new InvalidInput("cardNumber", "card.number.shape");
        }
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
        return new HealthInsuranceIssued(command.householdId(), command.cardId(), command.memberId(), cardNumber,
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
