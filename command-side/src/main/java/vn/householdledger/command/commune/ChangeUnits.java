package vn.householdledger.command.commune;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.commune.CommuneKind;
import vn.householdledger.api.unit.UnitChangeKind;
import vn.householdledger.command.dispatch.AddressedCommand;

/** A change of commune-level units by a legal act ({@code reference}), from {@code effectiveOn}; {@link UnitChanges} handles it. */
public record ChangeUnits(UUID changeId, UnitChangeKind kind, LocalDate effectiveOn, String reference, List<String> from,
                          String into, String name, CommuneKind communeKind, Area area, String provinceCode,
                          List<String> villages) implements AddressedCommand {

    public ChangeUnits {
        from = List.copyOf(from);
        villages = villages == null ? List.of() : List.copyOf(villages);
    }

    /** The unit whose event the change writes last: a merge's {@code into} when it is renamed, else the last of {@code from}. */
    @Override
    public String aggregateId() {
        return kind == UnitChangeKind.MERGE && name != null ? into : from.get(from.size() - 1);
    }
}
