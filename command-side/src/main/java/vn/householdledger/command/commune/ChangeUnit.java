package vn.householdledger.command.commune;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.commune.CommuneKind;
import vn.householdledger.api.unit.UnitChangeKind;

/** What a unit change ({@link ChangeUnits}) asks of one unit it names in {@code from}. */
public record ChangeUnit(@TargetAggregateIdentifier String code, UUID changeId, UnitChangeKind kind, LocalDate effectiveOn,
                         String reference, String into, String name, CommuneKind communeKind, Area area,
                         String provinceCode, List<String> villages) {

    static ChangeUnit of(String code, ChangeUnits change) {
        return new ChangeUnit(code, change.changeId(), change.kind(), change.effectiveOn(), change.reference(), change.into(),
                change.name(), change.communeKind(), change.area(), change.provinceCode(), change.villages());
    }
}
