package vn.householdledger.standalone.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.commune.CommuneKind;
import vn.householdledger.api.commune.RegisterCommuneRequest;
import vn.householdledger.api.unit.RegisterProvinceRequest;
import vn.householdledger.api.unit.UnitChangeKind;
import vn.householdledger.api.unit.UnitChangeRequest;
import vn.householdledger.testing.LedgerApi;

/** Provinces, units and changes of units recorded as the admin records them: through the API, each call required to succeed. */
final class UnitChanges {

    private final LedgerApi.Request admin;

    UnitChanges(LedgerApi api) {
        this.admin = api.as("admin");
    }

    void registerProvince(String code, String name) {
        created(admin.post("/api/provinces", new RegisterProvinceRequest(code, name, null)));
    }

    void registerUnit(String code, String name, CommuneKind kind, Area area, LocalDate establishedOn, String provinceCode,
                      String officialCode) {
        created(admin.post("/api/communes", new RegisterCommuneRequest(code, name, kind, area, establishedOn, provinceCode,
                officialCode, null)));
    }

    void merge(List<String> from, String into, LocalDate effectiveOn, String reference) {
        change(UnitChangeKind.MERGE, effectiveOn, reference, from, into, null, null, null, null, null);
    }

    void split(String from, String into, List<String> villages, LocalDate effectiveOn, String reference) {
        change(UnitChangeKind.SPLIT, effectiveOn, reference, List.of(from), into, null, null, null, null, villages);
    }

    void rename(String code, String name, LocalDate effectiveOn, String reference) {
        change(UnitChangeKind.RENAME, effectiveOn, reference, List.of(code), null, name, null, null, null, null);
    }

    void reclassify(String code, CommuneKind kind, Area area, String provinceCode, LocalDate effectiveOn, String reference) {
        change(UnitChangeKind.RECLASSIFY, effectiveOn, reference, List.of(code), null, null, kind, area, provinceCode, null);
    }

    void dissolve(String code, LocalDate effectiveOn, String reference) {
        change(UnitChangeKind.DISSOLVE, effectiveOn, reference, List.of(code), null, null, null, null, null, null);
    }

    private void change(UnitChangeKind kind, LocalDate effectiveOn, String reference, List<String> from, String into,
                        String name, CommuneKind communeKind, Area area, String provinceCode, List<String> villages) {
        created(admin.post("/api/units/changes", new UnitChangeRequest(null, kind, effectiveOn, reference, from, into, name,
                communeKind, area, provinceCode, villages)));
    }

    private static void created(LedgerApi.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }
}
