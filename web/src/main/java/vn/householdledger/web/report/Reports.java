package vn.householdledger.web.report;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import vn.householdledger.api.Page;
import vn.householdledger.api.security.Role;
import vn.householdledger.web.SignedIn;
import vn.householdledger.web.form.FormErrors;
import vn.householdledger.web.ledger.ApiProblem;
import vn.householdledger.web.table.Table;

/**
 * Shows a {@link Report} with the links around it: the same query with {@code export=xlsx}, with
 * {@code export=csv&table=…} for each table, and the previous and next page of a paged list.
 */
@Component
public class Reports {

    public static final String VIEW = "report";

    public String show(Model model, HttpServletRequest request, Report report) {
        model.addAttribute("report", report);
        model.addAttribute("xlsx", link(request, Map.of("export", "xlsx"), "page"));
        Map<String, String> csv = new LinkedHashMap<>();
        for (Table table : report.tables()) {
            csv.put(table.name(), link(request, Map.of("export", "csv", "table", table.name()), "page"));
        }
        model.addAttribute("csv", csv);
        if (report.paging() != null) {
            int page = report.paging().page();
            if (page > 0) {
                model.addAttribute("previous", link(request, Map.of("page", Integer.toString(page - 1)), null));
            }
            if ((long) (page + 1) * report.paging().size() < report.paging().total()) {
                model.addAttribute("next", link(request, Map.of("page", Integer.toString(page + 1)), null));
            }
            Map<Integer, String> sizes = new LinkedHashMap<>();
            PAGE_SIZES.forEach(size -> sizes.put(size, link(request, Map.of("size", Integer.toString(size)), "page")));
            model.addAttribute("pageSizes", sizes);
        }
        return VIEW;
    }

    /** The page sizes a reader may choose; the first page shows {@link #DEFAULT_PAGE_SIZE} rows. */
    public static final List<Integer> PAGE_SIZES = List.of(20, 50, 100);
    public static final int DEFAULT_PAGE_SIZE = 50;

    /** The page size asked for, if it is one of {@link #PAGE_SIZES}; else the default. */
    public static int pageSize(Integer asked) {
        return asked != null && PAGE_SIZES.contains(asked) ? asked : DEFAULT_PAGE_SIZE;
    }

    /**
     * A read filtered by what a reader typed: its answer, or null when the API refused a filter ({@code 400}),
     * each refusal then beside its field in {@code errors}.
     */
    public static <T> T filtered(FormErrors errors, Supplier<T> read) {
        try {
            return read.get();
        } catch (ApiProblem refused) {
            if (refused.status() != HttpStatus.BAD_REQUEST.value() || refused.problem() == null) {
                throw refused;
            }
            refused.problem().errors().forEach(p -> errors.add(p.field(), p.message()));
            return null;
        }
    }

    /** Every item of a filtered paged read (null when refused, as {@link #filtered}), for an export: a refused filter is a 400. */
    public static <T> List<T> everyFilteredPage(FormErrors errors, IntFunction<Page<T>> pages) {
        return everyPage(p -> {
            Page<T> found = pages.apply(p);
            if (found == null) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, String.join("; ", errors.all().values()));
            }
            return found;
        });
    }

    /** Every item of a paged read, fetching page after page: for exports, which hold everything. */
    public static <T> List<T> everyPage(IntFunction<Page<T>> pages) {
        List<T> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<T> found = pages.apply(page);
            all.addAll(found.items());
            if ((long) (page + 1) * found.size() >= found.total()) {
                return all;
            }
        }
    }

    /** The link to a household's page for those who may read it (workers, auditors); null for the committee. */
    public static String householdLink(UUID householdId) {
        SignedIn caller = SignedIn.current();
        return caller.is(Role.WORKER) || caller.is(Role.AUDITOR) ? "/households/" + householdId : null;
    }

    /** The request's own path and parameters with {@code set} replacing theirs and {@code drop} left out. */
    public static String link(HttpServletRequest request, Map<String, String> set, String drop) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(request.getRequestURI().substring(request.getContextPath().length()));
        request.getParameterMap().forEach((name, values) -> {
            if (!set.containsKey(name) && !name.equals(drop) && !name.equals("lang")) {
                uri.queryParam(name, (Object[]) values);
            }
        });
        set.forEach(uri::queryParam);
        return uri.encode().build().toUriString();
    }
}
