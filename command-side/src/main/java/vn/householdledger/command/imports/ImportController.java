package vn.householdledger.command.imports;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.householdledger.api.Page;
import vn.householdledger.api.http.LedgerHeaders;
import vn.householdledger.api.imports.ImportOutcome;
import vn.householdledger.api.imports.ImportStarted;
import vn.householdledger.api.imports.ImportView;
import vn.householdledger.api.imports.ImportedHousehold;
import vn.householdledger.platform.security.ClientAddress;

/** Imports of a commune's existing lists, for its workers. */
@RestController
public class ImportController {

    private final Imports imports;
    private final ClientAddress clientAddress;

    public ImportController(Imports imports, ClientAddress clientAddress) {
        this.imports = imports;
        this.clientAddress = clientAddress;
    }

    /** Answers 202 once the file is known to be a table of the import's columns; the import runs in the background. */
    @Operation(operationId = "startImport",
            summary = "Import a list of households (.csv or .xlsx, one row per member) into a commune, or try it (dryRun)")
    @PostMapping(path = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    public ImportStarted start(@RequestParam("file") MultipartFile file, @RequestParam String communeCode,
                               @RequestParam boolean dryRun, HttpServletRequest request) {
        return imports.start(file, communeCode, dryRun, clientAddress.of(request),
                request.getHeader(LedgerHeaders.IDEMPOTENCY_KEY));
    }

    @Operation(operationId = "readImport", summary = "Read an import's state, counts and progress")
    @GetMapping("/api/imports/{importId}")
    public ImportView view(@PathVariable UUID importId) {
        return imports.view(importId);
    }

    @Operation(operationId = "listImportedHouseholds", summary = "List what became of each household of an import")
    @GetMapping("/api/imports/{importId}/households")
    public Page<ImportedHousehold> households(@PathVariable UUID importId, @RequestParam(required = false) ImportOutcome outcome,
                                              @RequestParam(defaultValue = "0") int page,
                                              @RequestParam(defaultValue = "" + Page.DEFAULT_SIZE) int size) {
        return imports.households(importId, outcome, page, size);
    }

    /** The refused rows as sent, with their reason in one more column, to mend and send again (the file's own format by default). */
    @Operation(operationId = "downloadRefusedRows", summary = "Download an import's refused rows as sent, with why (lỗi), as csv or xlsx")
    @GetMapping("/api/imports/{importId}/refused")
    public void refused(@PathVariable UUID importId, @RequestParam(required = false) String format, HttpServletResponse response)
            throws IOException {
        RefusedFile file = imports.refused(importId, format);
        response.setContentType(file.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
        file.write(response.getOutputStream());
    }
}
