package vn.householdledger.web.ledger;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;
import vn.householdledger.api.commune.CommuneAnswer;
import vn.householdledger.api.commune.PlanYearRequest;
import vn.householdledger.api.commune.RegisterCommuneRequest;
import vn.householdledger.api.commune.YearPlanAnswer;
import vn.householdledger.api.target.SetTargetsRequest;
import vn.householdledger.api.target.TargetsAnswer;
import vn.householdledger.api.unit.ProvinceAnswer;
import vn.householdledger.api.unit.RegisterProvinceRequest;
import vn.householdledger.api.unit.UnitChangeAnswer;
import vn.householdledger.api.unit.UnitChangeRequest;

/**
 * The command side's reference data, written by admins: provinces, communes, the changes of units, their yearly
 * figures, the district's targets.
 */
@HttpExchange("/api")
public interface AdminWrites {

    @PostExchange("/communes")
    ResponseEntity<CommuneAnswer> registerCommune(@RequestBody RegisterCommuneRequest request);

    @PostExchange("/provinces")
    ResponseEntity<ProvinceAnswer> registerProvince(@RequestBody RegisterProvinceRequest request);

    @PostExchange("/units/changes")
    ResponseEntity<UnitChangeAnswer> changeUnits(@RequestBody UnitChangeRequest request);

    @PutExchange("/communes/{code}/years/{year}")
    ResponseEntity<YearPlanAnswer> planYear(@PathVariable String code, @PathVariable int year, @RequestBody PlanYearRequest request);

    @PutExchange("/targets/{year}")
    ResponseEntity<TargetsAnswer> setTargets(@PathVariable int year, @RequestBody SetTargetsRequest request);
}
