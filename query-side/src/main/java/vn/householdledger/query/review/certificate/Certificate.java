package vn.householdledger.query.review.certificate;

import java.time.LocalDate;
import java.util.List;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.Relation;
import vn.householdledger.api.household.Sex;

/**
 * What a household's certificate says: the commune whose chair decided, the decision (its number, when it
 * has one, and its date), the class it recognised for the lists of {@code listsYear} under {@code standard},
 * and the household: its code, where it lives, its head and its members today.
 */
record Certificate(String communeName, String decisionNumber, LocalDate decidedOn, Classification classification,
                   int listsYear, String standard, String code, String village, String address, List<Member> members) {

    record Member(String fullName, Sex sex, LocalDate birthDate, Relation relation, String nationalId) {
    }

    Certificate withMembers(List<Member> present) {
        return new Certificate(communeName, decisionNumber, decidedOn, classification, listsYear, standard, code, village,
                address, present);
    }

    /** The head's name; a household has one head while it is open. */
    String headName() {
        return members.stream().filter(m -> m.relation() == Relation.HEAD).map(Member::fullName).findFirst().orElse("");
    }
}
