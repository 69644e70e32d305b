package vn.householdledger.web.ledger;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import vn.householdledger.api.commune.CommuneList;
import vn.householdledger.api.household.NextHouseholdCode;
import vn.householdledger.api.standard.StandardView;
import vn.householdledger.api.unit.UnitList;

/**
 * The query side's reference data: the communes (and a commune's next household code), the units in force on a
 * day, and the poverty standards.
 */
@HttpExchange("/api")
public interface ReferenceReads {

    @GetExchange("/communes")
    CommuneList communes();

    /** A household code the commune has not used yet, to suggest on the registration form. */
    @GetExchange("/communes/{code}/next-household-code")
    NextHouseholdCode nextHouseholdCode(@PathVariable String code);

    /** The units in force on {@code on}, with their province, district, official code and what each came from. */
    @GetExchange("/units")
    UnitList units(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate on);

    @GetExchange("/standards")
    List<StandardView> standards();
}
