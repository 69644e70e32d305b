package vn.householdledger.web.ledger;

import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import vn.householdledger.api.Page;
import vn.householdledger.api.imports.ImportOutcome;
import vn.householdledger.api.imports.ImportStarted;
import vn.householdledger.api.imports.ImportView;
import vn.householdledger.api.imports.ImportedHousehold;

/** The command side's imports: a list sent as a file (streamed on as it is read from disk), its progress, results and refused rows. */
@HttpExchange("/api/imports")
public interface ImportClient {

    @PostExchange(contentType = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportStarted start(@RequestPart("file") Resource file, @RequestPart("communeCode") String communeCode,
                        @RequestPart("dryRun") String dryRun);

    @GetExchange("/{importId}")
    ImportView view(@PathVariable UUID importId);

    @GetExchange("/{importId}/households")
    Page<ImportedHousehold> households(@PathVariable UUID importId, @RequestParam ImportOutcome outcome, @RequestParam int size);

    @GetExchange("/{importId}/refused")
    ResponseEntity<byte[]> refused(@PathVariable UUID importId, @RequestParam String format);
}
