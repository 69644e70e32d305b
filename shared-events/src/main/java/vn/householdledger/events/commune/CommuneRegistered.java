package vn.householdledger.events.commune;

import java.time.LocalDate;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.commune.CommuneKind;

/**
 * A commune or ward entered the reference data, on {@code registeredOn}. It exists from
 * {@code establishedOn} (null: before any date the ledger holds), in province {@code provinceCode}
 * (null: none recorded), under its official code (mã đơn vị hành chính) and, before 1 July 2025, its
 * {@code district}. The last four fields came with units that change; events stored before lack them.
 */
public record CommuneRegistered(String code, String name, CommuneKind kind, Area area, LocalDate registeredOn,
                                LocalDate establishedOn, String provinceCode, String officialCode, String district) {

    /** A unit that has always existed, of no recorded province. */
    public CommuneRegistered(String code, String name, CommuneKind kind, Area area, LocalDate registeredOn) {
        this(code, name, kind, area, registeredOn, null, null, null, null);
    }
}
