package vn.householdledger.command.imports;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import vn.householdledger.api.Page;
import vn.householdledger.api.imports.ImportOutcome;
import vn.householdledger.api.imports.ImportState;
import vn.householdledger.api.imports.ImportedHousehold;

/**
 * The imports' own tables ({@code command_side.import_run}, {@code import_household} and
 * {@code import_refused_row}): each import's progress and what became of each of its households, never in
 * the event store.
 */
@Repository
public class ImportStore {

    /** An import as it was started: who sent which file for which commune, and the header its refused rows go back under. */
    record Started(UUID importId, String communeCode, boolean dryRun, String fileName, TableFormat format, String recordedBy,
                   List<String> header, Character delimiter, Instant startedAt, String idempotencyKey, String requestHash) {
    }

    /** What an import did so far: rows read, households taken, and what became of them. */
    record Counts(long rows, long households, long accepted, long unchanged, long refused) {
    }

    /** An import as stored. */
    record Run(Started started, ImportState state, Integer rowsTotal, Counts counts, Instant finishedAt, String failure) {
    }

    /** A refused row as sent, and why. */
    record RefusedRow(int number, List<String> cells, String reason) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public ImportStore(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Records a new import; false when the sender's Idempotency-Key is taken already (by a twin sent at the same moment). */
    boolean start(Started s) {
        return jdbc.update("""
                INSERT INTO command_side.import_run (import_id, commune_code, dry_run, file_name, file_format, recorded_by, header,
                       delimiter, state, started_at, idem_key, request_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (recorded_by, idem_key) DO NOTHING""",
                s.importId(), s.communeCode(), s.dryRun(), s.fileName(), s.format().name(), s.recordedBy(),
                s.header().toArray(String[]::new), s.delimiter() == null ? null : s.delimiter().toString(),
                ImportState.RUNNING.name(), Timestamp.from(s.startedAt()), s.idempotencyKey(), s.requestHash()) == 1;
    }

    /** The import {@code account} started with Idempotency-Key {@code key}, if any. */
    Optional<Run> byKey(String account, String key) {
        return jdbc.query("SELECT * FROM command_side.import_run WHERE recorded_by = ? AND idem_key = ?", (rs, i) -> run(rs),
                account, key).stream().findFirst();
    }

    void counted(UUID importId, int rowsTotal) {
        jdbc.update("UPDATE command_side.import_run SET rows_total = ? WHERE import_id = ?", rowsTotal, importId);
    }

    /** Records households' results and the counts so far, in one transaction. */
    void progress(UUID importId, List<HouseholdImport.Result> results, Counts counts) {
        transactions.executeWithoutResult(status -> {
            jdbc.batchUpdate("""
                            INSERT INTO command_side.import_household (import_id, first_row, last_row, code, outcome, household_id, reason)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""", results, results.size(),
                    (ps, r) -> {
                        ps.setObject(1, importId);
                        ps.setInt(2, r.rows().firstRow());
                        ps.setInt(3, r.rows().lastRow());
                        ps.setString(4, r.rows().code());
                        ps.setString(5, r.outcome().name());
                        ps.setObject(6, r.householdId());
                        ps.setString(7, r.reason());
                    });
            List<Object[]> refused = new ArrayList<>();
            for (HouseholdImport.Result result : results) {
                for (TableRow row : result.rows().rows()) {
                    String reason = result.rowReasons().get(row.number());
                    if (reason != null) {
                        refused.add(new Object[] {importId, row.number(), row.cells().toArray(String[]::new), reason});
                    }
                }
            }
            jdbc.batchUpdate("INSERT INTO command_side.import_refused_row (import_id, row_number, cells, reason) VALUES (?, ?, ?, ?)",
                    refused);
            jdbc.update("""
                    UPDATE command_side.import_run SET rows_done = ?, households = ?, accepted = ?, unchanged = ?, refused = ?
                     WHERE import_id = ?""",
                    counts.rows(), counts.households(), counts.accepted(), counts.unchanged(), counts.refused(), importId);
        });
    }

    void finish(UUID importId, ImportState state, String failure, Instant at) {
        jdbc.update("UPDATE command_side.import_run SET state = ?, failure = ?, finished_at = ? WHERE import_id = ?",
                state.name(), failure, Timestamp.from(at), importId);
    }

    /** Imports left running by a process that stopped: they will not go on (their households stand whole or not at all). */
    int interrupted(Instant at) {
        return jdbc.update("""
                UPDATE command_side.import_run SET state = ?, finished_at = ?,
                       failure = 'dừng giữa chừng vì dịch vụ khởi động lại: hãy gửi lại tệp (các hộ đã nhập sẽ là không đổi)'
                 WHERE state = ?""", ImportState.FAILED.name(), Timestamp.from(at), ImportState.RUNNING.name());
    }

    Optional<Run> find(UUID importId) {
        return jdbc.query("SELECT * FROM command_side.import_run WHERE import_id = ?", (rs, i) -> run(rs), importId)
                .stream().findFirst();
    }

    /** The refused rows in the order of the file. */
    void refusedRows(UUID importId, Consumer<RefusedRow> each) {
        transactions.executeWithoutResult(status -> jdbc.query(con -> {
            var statement = con.prepareStatement("""
                    SELECT row_number, cells, reason FROM command_side.import_refused_row
                     WHERE import_id = ? ORDER BY row_number""");
            statement.setObject(1, importId);
            statement.setFetchSize(1000);
            return statement;
        }, rs -> {
            each.accept(new RefusedRow(rs.getInt(1), strings(rs.getArray(2)), rs.getString(3)));
        }));
    }

    Page<ImportedHousehold> households(UUID importId, ImportOutcome outcome, int page, int size) {
        String filter = outcome == null ? "" : " AND outcome = '" + outcome.name() + "'";
        Long total = jdbc.queryForObject("SELECT count(*) FROM command_side.import_household WHERE import_id = ?" + filter,
                Long.class, importId);
        List<ImportedHousehold> items = jdbc.query("""
                        SELECT code, first_row, last_row, outcome, household_id, reason FROM command_side.import_household
                         WHERE import_id = ?""" + filter + " ORDER BY first_row LIMIT ? OFFSET ?",
                (rs, i) -> new ImportedHousehold(rs.getString(1), rs.getInt(2), rs.getInt(3),
                        ImportOutcome.valueOf(rs.getString(4)), rs.getObject(5, UUID.class), rs.getString(6)),
                importId, size, (long) page * size);
        return new Page<>(total == null ? 0 : total, page, size, items);
    }

    private static Run run(ResultSet rs) throws SQLException {
        String delimiter = rs.getString("delimiter");
        Started started = new Started(rs.getObject("import_id", UUID.class), rs.getString("commune_code"),
                rs.getBoolean("dry_run"), rs.getString("file_name"), TableFormat.valueOf(rs.getString("file_format")),
                rs.getString("recorded_by"), strings(rs.getArray("header")),
                delimiter == null ? null : delimiter.charAt(0), rs.getTimestamp("started_at").toInstant(), rs.getString("idem_key"),
                rs.getString("request_hash"));
        Timestamp finished = rs.getTimestamp("finished_at");
        return new Run(started, ImportState.valueOf(rs.getString("state")), (Integer) rs.getObject("rows_total"),
                new Counts(rs.getLong("rows_done"), rs.getLong("households"), rs.getLong("accepted"), rs.getLong("unchanged"),
                        rs.getLong("refused")),
                finished == null ? null : finished.toInstant(), rs.getString("failure"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
