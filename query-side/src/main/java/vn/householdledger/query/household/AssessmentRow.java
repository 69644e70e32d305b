package vn.householdledger.query.household;

import java.time.LocalDate;
import java.util.UUID;
import vn.householdledger.events.household.HouseholdAssessed;
import vn.householdledger.platform.provenance.Provenance;

/** One row of {@code household_assessment}: an assessment's findings as {@link HouseholdViewProjection} keeps them. */
record AssessmentRow(UUID householdId, UUID assessmentId, int year, LocalDate assessedOn, String standard, long incomePerCapita,
                     String[] deprivations, String[] causes, String policyGroup, String classification, String basis,
                     String explanation, boolean simulated) {

    static final String INSERT = """
            INSERT INTO query_side.household_assessment (household_id, assessment_id, review_year, assessed_on, standard,
                   income_per_capita, deprivations, causes, policy_group, classification, basis, explanation, simulated)
            VALUES""";

    static AssessmentRow of(HouseholdAssessed event, String provenance) {
        return new AssessmentRow(event.householdId(), event.assessmentId(), event.year(), event.assessedOn(), event.standard(),
                event.incomePerCapitaMonthly(), event.deprivations().toArray(String[]::new),
                event.causes().stream().map(Enum::name).toArray(String[]::new), event.policyGroup().name(),
                event.classification().name(), event.basis() == null ? null : event.basis().name(),
                StoredExplanation.stored(event.explanation()), Provenance.isSimulated(provenance));
    }

    /** The values of {@link #INSERT}'s columns. */
    Object[] values() {
        return new Object[] {householdId, assessmentId, year, assessedOn, standard, incomePerCapita, deprivations, causes,
                policyGroup, classification, basis, explanation, simulated};
    }
}
