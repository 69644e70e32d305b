package vn.householdledger.web.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.householdledger.api.Page;
import vn.householdledger.api.assistance.AuditItem;
import vn.householdledger.api.assistance.AuditPage;
import vn.householdledger.api.assistance.RecordKind;
import vn.householdledger.web.Communes;
import vn.householdledger.web.Formats;
import vn.householdledger.web.form.FormErrors;
import vn.householdledger.web.form.FormInput;
import vn.householdledger.web.ledger.ListReads;
import vn.householdledger.web.report.Choices;
import vn.householdledger.web.report.Filter;
import vn.householdledger.web.report.Report;
import vn.householdledger.web.report.Reports;
import vn.householdledger.web.table.Column;
import vn.householdledger.web.table.Table;
import vn.householdledger.web.table.TableExports;

/**
 * For auditors: every loan, repayment, card and other assistance whose business date lies in a period,
 * voided ones included and marked, with who recorded it and when.
 */
@Controller
public class AssistanceAuditPage {


    /** The filters as typed: dates as {@code dd/MM/yyyy}. */
    public record AuditFilter(String from, String to, String commune, String recordedBy, RecordKind kind) {
    }

    private final ListReads audit;
    private final Communes communes;
    private final Reports reports;
    private final TableExports exports;
    private final Formats fmt;

    public AssistanceAuditPage(ListReads audit, Communes communes, Reports reports, TableExports exports,
                               Formats fmt) {
        this.audit = audit;
        this.communes = communes;
        this.reports = reports;
        this.exports = exports;
        this.fmt = fmt;
    }

    @GetMapping("/audit/assistance")
    public String audit(AuditFilter filter, @RequestParam(required = false) Integer page,
                        @RequestParam(required = false) Integer size, Model model, HttpServletRequest request) {
        FormErrors errors = new FormErrors();
        Report.Builder report = Report.titled(fmt.message("audit.title")).intro(fmt.message("audit.intro"))
                .filter(Filter.of("from", fmt.message("audit.from"), "date", filter.from(), fmt.message("hint.date")))
                .filter(Filter.of("to", fmt.message("audit.to"), "date", filter.to(), fmt.message("hint.date")))
                .filter(Filter.select("commune", fmt.message("household.commune"), filter.commune(), Choices.communes(fmt, communes.all())))
                .filter(Filter.of("recordedBy", fmt.message("common.recordedBy"), "text", filter.recordedBy(), null))
                .filter(Filter.select("kind", fmt.message("audit.kind"), filter.kind(), Choices.codes(fmt, "record", RecordKind.values())))
                .errors(errors);
        Page<AuditItem> found = read(filter, page == null ? 0 : page, Reports.pageSize(size), errors);
        if (found != null) {
            report.table(table(found.items())).paging(found);
        }
        return reports.show(model, request, report.build());
    }

    @GetMapping(value = "/audit/assistance", params = "export")
    public ResponseEntity<byte[]> export(AuditFilter filter, @RequestParam String export) {
        FormErrors errors = new FormErrors();
        List<AuditItem> all = Reports.everyFilteredPage(errors, p -> read(filter, p, Page.MAX_SIZE, errors));
        return exports.export(export, null, List.of(table(all)), "kiem-tra-ho-tro");
    }

    /** One page of the audit, or null when a filter is refused ({@code errors} says which). */
    private Page<AuditItem> read(AuditFilter filter, int page, int size, FormErrors errors) {
        FormInput input = new FormInput(errors, fmt);
        LocalDate from = input.date("from", filter.from());
        LocalDate to = input.date("to", filter.to());
        if (!errors.isEmpty()) {
            return null;
        }
        AuditPage found = Reports.filtered(errors, () -> audit.audit(from, to, FormInput.text(filter.commune()),
                FormInput.text(filter.recordedBy()), filter.kind(), page, size));
        return found == null ? null : new Page<>(found.total(), found.page(), found.size(), found.items());
    }

    private Table table(List<AuditItem> items) {
        Map<String, String> names = communes.names();
        Table.Builder table = Table.builder("audit", fmt.message("audit.table"))
                .columns(Column.text(fmt.message("household.code")), Column.text(fmt.message("household.head")),
                        Column.date(fmt.message("audit.date")), Column.code(fmt.message("audit.kind"), "record"),
                        Column.text(fmt.message("household.commune")), Column.money(fmt.message("audit.amount")),
                        Column.text(fmt.message("audit.category")), Column.text(fmt.message("audit.detail")),
                        Column.text(fmt.message("common.recordedBy")), Column.instant(fmt.message("common.recordedAt")),
                        Column.text(fmt.message("common.note")));
        for (AuditItem i : items) {
            String category = i.category() == null ? null
                    : fmt.label(i.kind() == RecordKind.LOAN ? "programme" : "kind", i.category());
            String note = i.voided() ? fmt.message("audit.voidedBy", i.voidReason(), i.voidedBy(), fmt.instant(i.voidedAt())) : null;
            table.row(Reports.householdLink(i.householdId()), i.householdCode(), i.headName(), i.date(), i.kind(),
                    names.getOrDefault(i.communeCode(), i.communeCode()), i.amount(), category, i.detail(), i.recordedBy(),
                    i.recordedAt(), note);
        }
        return table.build();
    }
}
