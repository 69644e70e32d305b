package vn.householdledger.web.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.householdledger.api.Page;
import vn.householdledger.web.form.FormErrors;
import vn.householdledger.web.table.Table;

/**
 * A page that reports: its title, the filters it was asked with, its charts and tables, and where a
 * list is paged, the page shown. One template ({@code report}) renders every report; the same tables
 * export.
 *
 * @param errors  what was refused in the filters, by filter name
 * @param actions links to what may be done from here: label → address
 * @param paging  the page shown of a paged list, or null when everything is shown
 */
public record Report(String title, String intro, List<Filter> filters, FormErrors errors, Map<String, String> actions,
                     List<Chart> charts, List<Table> tables, Page<?> paging) {

    public Report {
        filters = List.copyOf(filters);
        actions = Collections.unmodifiableMap(new LinkedHashMap<>(actions));
        charts = List.copyOf(charts);
        tables = List.copyOf(tables);
    }

    public static Builder titled(String title) {
        return new Builder(title);
    }

    public static final class Builder {
        private final String title;
        private String intro;
        private final List<Filter> filters = new ArrayList<>();
        private FormErrors errors = new FormErrors();
        private final Map<String, String> actions = new LinkedHashMap<>();
        private final List<Chart> charts = new ArrayList<>();
        private final List<Table> tables = new ArrayList<>();
        private Page<?> paging;

        private Builder(String title) {
            this.title = title;
        }

        public Builder intro(String text) {
            intro = text;
            return this;
        }

        public Builder filter(Filter filter) {
            filters.add(filter);
            return this;
        }

        public Builder errors(FormErrors refused) {
            errors = refused;
            return this;
        }

        public Builder action(String label, String href) {
            actions.put(label, href);
            return this;
        }

        public Builder chart(Chart chart) {
            charts.add(chart);
            return this;
        }

        public Builder table(Table table) {
            tables.add(table);
            return this;
        }

        public Builder paging(Page<?> page) {
            paging = page;
            return this;
        }

        public Report build() {
            return new Report(title, intro, filters, errors, actions, charts, tables, paging);
        }
    }
}
