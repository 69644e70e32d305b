package vn.householdledger.web.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One table of a page, as the page shows it and as it is exported: a name (the {@code table} of an
 * export link), a caption, columns, rows and an optional total row. The same object feeds the HTML,
 * the .xlsx and the .csv, so they cannot disagree.
 */
public record Table(String name, String caption, List<Column> columns, List<Row> rows, Row total) {

    /** The cells of one row, in column order, and the page it links to (or null). */
    public record Row(List<Object> cells, String href) {
    }

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public static Builder builder(String name, String caption) {
        return new Builder(name, caption);
    }

    public static final class Builder {
        private final String name;
        private final String caption;
        private final List<Column> columns = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();
        private Row total;

        private Builder(String name, String caption) {
            this.name = name;
            this.caption = caption;
        }

        public Builder columns(Column... added) {
            columns.addAll(Arrays.asList(added));
            return this;
        }

        /** A row linking to {@code href} (null for none); nulls are empty cells. */
        public Builder row(String href, Object... cells) {
            rows.add(new Row(Arrays.asList(cells), href));
            return this;
        }

        public Builder total(Object... cells) {
            total = new Row(Arrays.asList(cells), null);
            return this;
        }

        public Table build() {
            return new Table(name, caption, columns, rows, total);
        }
    }
}
