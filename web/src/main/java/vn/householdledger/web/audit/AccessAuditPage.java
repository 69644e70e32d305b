package vn.householdledger.web.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.householdledger.api.Page;
import vn.householdledger.api.audit.AccessItem;
import vn.householdledger.web.Formats;
import vn.householdledger.web.form.FormErrors;
import vn.householdledger.web.form.FormInput;
import vn.householdledger.web.ledger.ListReads;
import vn.householdledger.web.report.Filter;
import vn.householdledger.web.report.Report;
import vn.householdledger.web.report.Reports;
import vn.householdledger.web.table.Column;
import vn.householdledger.web.table.Table;
import vn.householdledger.web.table.TableExports;

/**
 * For auditors: the read audit (nhật ký truy cập), who read which household's case, history,
 * certificate or a list naming households, when and from where; filtered by household, account and a
 * period of days, newest first.
 */
@Controller
public class AccessAuditPage {

    /** The filters as typed: dates as {@code dd/MM/yyyy}, the household as its id. */
    public record AccessFilter(String householdId, String account, String from, String to) {
    }

    private final ListReads reads;
    private final Reports reports;
    private final TableExports exports;
    private final Formats fmt;

    public AccessAuditPage(ListReads reads, Reports reports, TableExports exports, Formats fmt) {
        this.reads = reads;
        this.reports = reports;
        this.exports = exports;
        this.fmt = fmt;
    }

    @GetMapping("/audit/access")
    public String access(AccessFilter filter, @RequestParam(required = false) Integer page,
                         @RequestParam(required = false) Integer size, Model model, HttpServletRequest request) {
        FormErrors errors = new FormErrors();
        Report.Builder report = Report.titled(fmt.message("access.title")).intro(fmt.message("access.intro"))
                .filter(Filter.of("householdId", fmt.message("access.household"), "text", filter.householdId(), null))
                .filter(Filter.of("account", fmt.message("access.account"), "text", filter.account(), null))
                .filter(Filter.of("from", fmt.message("audit.from"), "date", filter.from(), fmt.message("hint.date")))
                .filter(Filter.of("to", fmt.message("audit.to"), "date", filter.to(), fmt.message("hint.date")))
                .errors(errors);
        Page<AccessItem> found = read(filter, page == null ? 0 : page, Reports.pageSize(size), errors);
        if (found != null) {
            report.table(table(found.items())).paging(found);
        }
        return reports.show(model, request, report.build());
    }

    @GetMapping(value = "/audit/access", params = "export")
    public ResponseEntity<byte[]> export(AccessFilter filter, @RequestParam String export) {
        FormErrors errors = new FormErrors();
        List<AccessItem> all = Reports.everyFilteredPage(errors, p -> read(filter, p, Page.MAX_SIZE, errors));
        return exports.export(export, null, List.of(table(all)), "nhat-ky-truy-cap");
    }

    /** One page of the read audit, or null when a filter is refused ({@code errors} says which). */
    private Page<AccessItem> read(AccessFilter filter, int page, int size, FormErrors errors) {
        FormInput input = new FormInput(errors, fmt);
        UUID household = household(filter.householdId(), errors);
        LocalDate from = input.date("from", filter.from());
        LocalDate to = input.date("to", filter.to());
        if (!errors.isEmpty()) {
            return null;
        }
        return Reports.filtered(errors, () -> reads.access(household, FormInput.text(filter.account()), from, to, page, size));
    }

    private UUID household(String typed, FormErrors errors) {
        String id = FormInput.text(typed);
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            errors.add("householdId", fmt.message("access.household.invalid"));
            return null;
        }
    }

    private Table table(List<AccessItem> items) {
        Table.Builder table = Table.builder("access", fmt.message("access.table"))
                .columns(Column.instant(fmt.message("access.at")), Column.text(fmt.message("access.account")),
                        Column.text(fmt.message("access.clientAddress")), Column.code(fmt.message("access.what"), "read"),
                        Column.text(fmt.message("access.household")), Column.text(fmt.message("access.filter")));
        for (AccessItem i : items) {
            table.row(i.householdId() == null ? null : Reports.householdLink(i.householdId()), i.at(), i.account(),
                    i.clientAddress(), i.what(), i.householdId() == null ? null : i.householdId().toString(), i.filter());
        }
        return table.build();
    }
}
