package vn.householdledger.command.commune;

import java.time.Clock;
import org.springframework.stereotype.Component;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.platform.security.Caller;

/**
 * Whose work a household or a review is today: the workers (and chairs) of the unit it belongs to
 * today ({@link CommuneDirectory#unitOf}: a household of a unit merged into C is C's from the merge's
 * effective date), or of that unit's province. A code no unit has is checked as it is, and then refused
 * as unknown by the command.
 */
@Component
public class UnitScope {

    private final CommuneDirectory directory;
    private final Clock clock;

    public UnitScope(CommuneDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** Refuses unless the caller writes for what is recorded in unit {@code code}, village {@code village} (null: the unit's own). */
    public void requireWrite(String code, String village) {
        if (!directory.isRegistered(code)) {
            Caller.current().requireWrite(code);
            return;
        }
        UnitOnDay unit = directory.unitOf(code, village, BusinessCalendar.today(clock));
        Caller.current().requireWriteIn(unit.code(), unit.provinceCode());
    }

    /** Refuses unless the caller chairs the people's committee of the unit {@code code} belongs to today. */
    public void requireChair(String code) {
        if (!directory.isRegistered(code)) {
            Caller.current().requireChairOf(code);
            return;
        }
        UnitOnDay unit = directory.unitOf(code, null, BusinessCalendar.today(clock));
        Caller.current().requireChairIn(unit.code(), unit.provinceCode());
    }
}
