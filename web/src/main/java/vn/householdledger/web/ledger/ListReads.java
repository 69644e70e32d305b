package vn.householdledger.web.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import vn.householdledger.api.Page;
import vn.householdledger.api.assistance.AuditPage;
import vn.householdledger.api.assistance.RecordKind;
import vn.householdledger.api.audit.AccessItem;
import vn.householdledger.api.household.ListedStatus;
import vn.householdledger.api.household.PolicyGroup;
import vn.householdledger.api.povertylist.PovertyListItem;

/**
 * The query side's lists (dates sent as ISO, whatever the reader's language): the poverty list on a business
 * date and as of an instant, the assistance audit.
 */
@HttpExchange("/api")
public interface ListReads {

    /** Listed today, or on the business date {@code on} as far as the ledger knows now. */
    @GetExchange("/poverty-list")
    Page<PovertyListItem> povertyList(@RequestParam(required = false) String commune,
                                      @RequestParam(required = false) ListedStatus status,
                                      @RequestParam(required = false) PolicyGroup policyGroup,
                                      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
                                      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size);

    @GetExchange("/audit/poverty-list")
    Page<PovertyListItem> povertyListAsOf(@RequestParam Instant asOf, @RequestParam(required = false) String commune,
                                          @RequestParam(required = false) ListedStatus status,
                                          @RequestParam(required = false) PolicyGroup policyGroup,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size);

    @GetExchange("/audit/assistance")
    AuditPage audit(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                    @RequestParam(required = false) String commune, @RequestParam(required = false) String recordedBy,
                    @RequestParam(required = false) RecordKind kind, @RequestParam int page, @RequestParam int size);

    /** Who read households' data; reading it is not itself recorded as a read of a household. */
    @GetExchange("/audit/access")
    Page<AccessItem> access(@RequestParam(required = false) UUID householdId, @RequestParam(required = false) String account,
                            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                            @RequestParam int page, @RequestParam int size);
}
