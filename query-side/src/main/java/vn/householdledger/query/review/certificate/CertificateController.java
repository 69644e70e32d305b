package vn.householdledger.query.review.certificate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.platform.problem.NotFound;
import vn.householdledger.platform.problem.RuleViolation;
import vn.householdledger.platform.security.Caller;
import vn.householdledger.query.print.Download;
import vn.householdledger.api.audit.ReadKind;
import vn.householdledger.query.audit.AuditedRead;

/** A poor or near-poor household's certificate, for the workers of its commune and for auditors, as its case is. */
@RestController
public class CertificateController {

    private final CertificateQueries queries;

    public CertificateController(CertificateQueries queries) {
        this.queries = queries;
    }

    @Operation(summary = "Print a poor or near-poor household's certificate, naming the decision that recognised it",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The certificate, A4 portrait",
                            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))),
                    @ApiResponse(responseCode = "409", ref = "#/components/responses/RuleViolation")})
    @GetMapping("/api/households/{householdId}/certificate")
    @AuditedRead(ReadKind.CERTIFICATE)
    public ResponseEntity<byte[]> certificate(@PathVariable UUID householdId, @RequestParam(required = false) String format) {
        if (format != null && !format.equalsIgnoreCase("pdf")) {
            throw new InvalidInput("format", "input.format", List.of("pdf"));
        }
        CertificateQueries.Household household = queries.household(householdId)
                .orElseThrow(() -> new NotFound("notFound.household", householdId));
        Caller.current().requireRead(household.communeCode());
        Certificate certificate = queries.certificate(household)
                .orElseThrow(() -> new RuleViolation(RuleCode.NOT_LISTED, household.code()));
        return Download.of(CertificatePdf.pdf(certificate), Download.PDF, "giay-chung-nhan-" + household.code() + ".pdf");
    }
}
