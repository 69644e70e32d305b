package vn.householdledger.command.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.api.household.Relation;
import vn.householdledger.api.household.Sex;
import vn.householdledger.api.household.YesNoUnknown;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.command.household.AssessHousehold;
import vn.householdledger.command.household.RegisterHousehold;
import vn.householdledger.events.household.AssessmentVoided;
import vn.householdledger.events.household.HeadChanged;
import vn.householdledger.events.household.HouseholdAssessed;
import vn.householdledger.events.household.HouseholdClosed;
import vn.householdledger.events.household.HouseholdRegistered;
import vn.householdledger.events.household.HouseholdTransferred;
import vn.householdledger.events.household.Member;
import vn.householdledger.events.household.MemberAttributesCorrected;
import vn.householdledger.events.household.MemberDeparted;
import vn.householdledger.events.household.MemberJoined;

/**
 * What the ledger holds of a household whose code an import names again, read from its events: where it
 * is, its present members and its last assessment that stands. An import finds it unchanged when the file
 * says exactly this, and refuses it otherwise: a change goes through its own command.
 */
final class OnRecord {

    /** A member as a list can say it, whatever id the ledger gave them. */
    private record Person(String fullName, Sex sex, LocalDate birthDate, Relation relation, String nationalId,
                          String ethnicity, YesNoUnknown disability, YesNoUnknown meritoriousService) {
        static Person of(Member m) {
            return new Person(m.fullName(), m.sex(), m.birthDate(), m.relation(), m.nationalId(), m.ethnicity(),
                    m.disability(), m.meritoriousService());
        }
    }

    /** An assessment's findings as a list says them. */
    private record Review(int year, LocalDate decidedOn, long income, Set<String> deprivations, Set<PovertyCause> causes,
                          boolean working, ReviewKind kind, String decisionNumber) {
    }

    private String communeCode;
    private String village;
    private String address;
    private LocalDate registeredOn;
    private boolean closed;
    private final Map<UUID, Member> members = new LinkedHashMap<>();
    private final Map<UUID, Review> reviews = new LinkedHashMap<>();

    /** The household {@code householdId} as its events have it, every one from the first (never a snapshot). */
    static OnRecord read(EventStore events, UUID householdId) {
        OnRecord record = new OnRecord();
        events.readEvents(householdId.toString(), 0).asStream().map(Message::getPayload).forEach(record::apply);
        return record;
    }

    private void apply(Object event) {
        if (event instanceof HouseholdRegistered e) {
            communeCode = e.communeCode();
            village = e.village();
            address = e.address();
            registeredOn = e.registeredOn();
            e.members().forEach(m -> members.put(m.memberId(), m));
        } else if (event instanceof MemberJoined e) {
            members.put(e.member().memberId(), e.member());
        } else if (event instanceof MemberDeparted e) {
            members.remove(e.memberId());
        } else if (event instanceof HeadChanged e) {
            members.computeIfPresent(e.memberId(), (id, m) -> m.as(Relation.HEAD));
        } else if (event instanceof MemberAttributesCorrected e) {
            members.computeIfPresent(e.memberId(), (id, m) -> m.with(e));
        } else if (event instanceof HouseholdTransferred e) {
            communeCode = e.toCommuneCode();
        } else if (event instanceof HouseholdClosed) {
            closed = true;
        } else if (event instanceof HouseholdAssessed e) {
            reviews.put(e.assessmentId(), new Review(e.year(), e.assessedOn(), e.incomePerCapitaMonthly(),
                    Set.copyOf(e.deprivations()), Set.copyOf(e.causes()), e.hasWorkingMember(), e.kind(), e.decisionNumber()));
        } else if (event instanceof AssessmentVoided e) {
            reviews.remove(e.assessmentId());
        }
    }

    boolean in(String commune) {
        return Objects.equals(communeCode, commune);
    }

    /** What the file says otherwise than the ledger, in Vietnamese; empty when it says what the ledger holds. */
    List<String> differencesFrom(RegisterHousehold registration, AssessHousehold assessment) {
        List<String> differences = new ArrayList<>();
        if (closed) {
            differences.add("hồ sơ của hộ đã đóng");
        }
        if (!Objects.equals(village, registration.village())) {
            differences.add("thôn (sổ ghi \"" + village + "\")");
        }
        if (!Objects.equals(address, registration.address())) {
            differences.add("địa chỉ (sổ ghi \"" + address + "\")");
        }
        if (!Objects.equals(registeredOn, registration.registeredOn())) {
            differences.add("ngày đăng ký (sổ ghi " + registeredOn + ")");
        }
        if (!counted(members.values().stream().map(Person::of).toList())
                .equals(counted(registration.members().stream().map(Person::of).toList()))) {
            differences.add("thành viên (sổ ghi " + members.size() + " người, với họ tên, ngày sinh, quan hệ hoặc thông tin khác không khớp)");
        }
        Review last = reviews.values().stream().reduce((a, b) -> b).orElse(null);
        Review file = new Review(assessment.year(), assessment.assessedOn(), assessment.incomePerCapitaMonthly(),
                Set.copyOf(assessment.deprivations()), Set.copyOf(assessment.causes()), assessment.hasWorkingMember(),
                assessment.kind() == null ? ReviewKind.PERIODIC : assessment.kind(), assessment.decisionNumber());
        if (!file.equals(last)) {
            differences.add(last == null ? "lần rà soát (sổ chưa ghi lần nào)"
                    : "lần rà soát gần nhất (sổ ghi năm " + last.year() + ", quyết định ngày " + last.decidedOn() + ")");
        }
        return differences;
    }

    private static Map<Person, Integer> counted(List<Person> people) {
        Map<Person, Integer> counts = new HashMap<>();
        people.forEach(p -> counts.merge(p, 1, Integer::sum));
        return counts;
    }
}
