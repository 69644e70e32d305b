package vn.householdledger.query.unit;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.api.unit.UnitList;
import vn.householdledger.platform.problem.InvalidInput;

/** The units in force on a day (today unless asked), for every signed-in account. */
@RestController
public class UnitController {

    private final UnitQueries units;
    private final Clock clock;

    public UnitController(UnitQueries units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    @Operation(summary = "List the units in force on a day, with their province and what each came from")
    @GetMapping("/api/units")
    public UnitList units(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        LocalDate day = on == null ? BusinessCalendar.today(clock) : on;
        if (!BusinessCalendar.isPlausible(day)) {
            throw new InvalidInput("on", "input.date.years", BusinessCalendar.FIRST_YEAR, BusinessCalendar.LAST_YEAR);
        }
        return new UnitList(day, units.inForce(day));
    }
}
