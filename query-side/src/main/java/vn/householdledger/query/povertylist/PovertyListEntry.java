package vn.householdledger.query.povertylist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import vn.householdledger.api.erasure.Personal;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.Relation;
import vn.householdledger.events.household.AssessmentRestated;
import vn.householdledger.events.household.AssessmentVoided;
import vn.householdledger.events.household.HeadChanged;
import vn.householdledger.events.household.HouseholdAssessed;
import vn.householdledger.events.household.HouseholdClosed;
import vn.householdledger.events.household.HouseholdErased;
import vn.householdledger.events.household.HouseholdRegistered;
import vn.householdledger.events.household.HouseholdTransferred;
import vn.householdledger.events.household.Listing;

/**
 * One household as the poverty list knows it, and how each event changes it: a pure fold, by which
 * the live projection keeps both today's list and every version the list as of an instant reads, so
 * the two cannot disagree.
 */
public record PovertyListEntry(UUID householdId, String code, String communeCode, String headName,
                               Classification classification, LocalDate classificationSince, LocalDate leftListsOn,
                               String policyGroup, boolean closed) {

    /** The columns of {@code poverty_list} an entry is read from, in the order {@link #read} takes them. */
    static final String COLUMNS = "household_id, code, commune_code, head_name, classification, "
            + "classification_since, left_lists_on, policy_group, closed";

    /** The entry on the current row of a query that selected {@link #COLUMNS} first. */
    static PovertyListEntry read(ResultSet rs) throws SQLException {
        String classification = rs.getString(5);
        return new PovertyListEntry(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                classification == null ? null : Classification.valueOf(classification), rs.getObject(6, LocalDate.class),
                rs.getObject(7, LocalDate.class), rs.getString(8), rs.getBoolean(9));
    }

    /** The values of {@link #COLUMNS} for a statement, in their order, then {@code more}. */
    Object[] values(Object... more) {
        Object[] own = {householdId, code, communeCode, headName, classification == null ? null : classification.name(),
                classificationSince, leftListsOn, policyGroup, closed};
        Object[] values = Arrays.copyOf(own, own.length + more.length);
        System.arraycopy(more, 0, values, own.length, more.length);
        return values;
    }

    /** The same entry under another unit: the one its unit has become. */
    PovertyListEntry inUnit(String unit) {
        return new PovertyListEntry(householdId, code, unit, headName, classification, classificationSince, leftListsOn,
                policyGroup, closed);
    }

    static PovertyListEntry registered(HouseholdRegistered event) {
        String head = event.members().stream().filter(m -> m.relation() == Relation.HEAD).findFirst()
                .map(m -> m.fullName()).orElse(null);
        return new PovertyListEntry(event.householdId(), event.code(), event.communeCode(), head, null, null, null, null, false);
    }

    /**
     * The entry after {@code event}; events that do not concern the list leave it as it is. A voiding
     * leaves the household unassessed until the restatement that follows names the assessment its status
     * now rests on (none follows when no assessment stands).
     */
    PovertyListEntry apply(Object event) {
        if (event instanceof HouseholdAssessed e) {
            return new PovertyListEntry(householdId, code, communeCode, headName, e.classification(), e.classificationSince(),
                    e.leftListsOn(), e.policyGroup().name(), closed);
        }
        if (event instanceof AssessmentVoided) {
            return new PovertyListEntry(householdId, code, communeCode, headName, null, null, null, null, closed);
        }
        if (event instanceof AssessmentRestated e) {
            return new PovertyListEntry(householdId, code, communeCode, headName, e.classification(), e.classificationSince(),
                    e.leftListsOn(), e.policyGroup().name(), closed);
        }
        if (event instanceof HeadChanged e) {
            return new PovertyListEntry(householdId, code, communeCode, e.fullName(), classification, classificationSince,
                    leftListsOn, policyGroup, closed);
        }
        if (event instanceof HouseholdTransferred e) {
            return new PovertyListEntry(householdId, code, e.toCommuneCode(), headName, classification, classificationSince,
                    leftListsOn, policyGroup, closed);
        }
        if (event instanceof HouseholdErased) {
            return new PovertyListEntry(householdId, code, communeCode, headName == null ? null : Personal.ERASED,
                    classification, classificationSince, leftListsOn, policyGroup, closed);
        }
        if (event instanceof HouseholdClosed) {
            return new PovertyListEntry(householdId, code, communeCode, headName, classification, classificationSince,
                    leftListsOn, policyGroup, true);
        }
        return this;
    }

    /** The listing on {@code day}, or null when the household is not on the lists that day. */
    Listing listingOn(LocalDate day) {
        if (closed || classification == null) {
            return null;
        }
        Listing listing = Listing.of(classification, classificationSince, leftListsOn, day);
        return listing.status().listed() ? listing : null;
    }
}
