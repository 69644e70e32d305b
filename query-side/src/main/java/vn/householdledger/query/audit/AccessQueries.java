package vn.householdledger.query.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.householdledger.api.Page;
import vn.householdledger.api.audit.AccessItem;
import vn.householdledger.api.audit.ReadKind;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.query.read.PageRequest;

/** The read audit, newest first, filtered by household, account and a period of business days (Vietnam's). */
@Component
public class AccessQueries {

    private final JdbcTemplate jdbc;

    public AccessQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Page<AccessItem> reads(UUID householdId, String account, LocalDate from, LocalDate to, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> args = new ArrayList<>();
        if (householdId != null) {
            where.append(" AND household_id = ?");
            args.add(householdId);
        }
        if (account != null) {
            where.append(" AND account = ?");
            args.add(account);
        }
        if (from != null) {
            where.append(" AND at >= ?");
            args.add(from.atStartOfDay(BusinessCalendar.VIETNAM).toOffsetDateTime());
        }
        if (to != null) {
            where.append(" AND at < ?");
            args.add(to.plusDays(1).atStartOfDay(BusinessCalendar.VIETNAM).toOffsetDateTime());
        }
        long total = jdbc.queryForObject("SELECT count(*) FROM query_side.read_audit" + where, Long.class, args.toArray());
        List<Object> paged = new ArrayList<>(args);
        paged.add(page.size());
        paged.add(page.offset());
        List<AccessItem> items = jdbc.query("""
                        SELECT account, at, client_address, what, household_id, filter FROM query_side.read_audit"""
                        + where + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?",
                (rs, i) -> new AccessItem(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                        ReadKind.valueOf(rs.getString(4)), rs.getObject(5, UUID.class), rs.getString(6)),
                paged.toArray());
        return new Page<>(total, page.page(), page.size(), items);
    }
}
