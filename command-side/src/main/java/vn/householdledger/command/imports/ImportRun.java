package vn.householdledger.command.imports;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.householdledger.api.imports.ImportOutcome;
import vn.householdledger.api.imports.ImportState;
import vn.householdledger.api.security.Role;
import vn.householdledger.platform.security.Caller;

/**
 * One import, run off the request that started it: the file surveyed, then its households read in order
 * and brought in on a few threads (a household's commands one after another, households side by side),
 * while the import's progress and results are recorded about once a second. It runs as the system identity
 * of the worker who sent the file ({@link Caller#asSystem}: her name, so that every event names her as
 * {@code recordedBy}, with a worker's role in the import's commune only), and each command carries the
 * import's provenance. A file that turns out unreadable fails the import; a household that cannot be brought
 * in is refused, and the import goes on.
 */
final class ImportRun implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);
    private static final Duration RECORD_EVERY = Duration.ofSeconds(1);

    private final ImportStore.Started started;
    private final UploadedTable table;
    private final Header header;
    private final String clientAddress;
    private final Imports.Services services;

    private final AtomicLong rows = new AtomicLong();
    private final AtomicLong households = new AtomicLong();
    private final Map<ImportOutcome, AtomicLong> outcomes = Map.of(ImportOutcome.ACCEPTED, new AtomicLong(),
            ImportOutcome.UNCHANGED, new AtomicLong(), ImportOutcome.REFUSED, new AtomicLong());
    private final Queue<HouseholdImport.Result> unrecorded = new ConcurrentLinkedQueue<>();
    private long recordedAt;

    ImportRun(ImportStore.Started started, UploadedTable table, Header header, String clientAddress, Imports.Services services) {
        this.started = started;
        this.table = table;
        this.header = header;
        this.clientAddress = clientAddress;
        this.services = services;
    }

    @Override
    public void run() {
        long start = System.nanoTime();
        ImportState state = ImportState.FAILED;
        String failure = null;
        try {
            Caller.asSystem(started.recordedBy(), Set.of(Role.WORKER), Set.of(started.communeCode()), () -> {
                importEveryHousehold();
                return null;
            });
            state = ImportState.DONE;
        } catch (UnreadableTable unreadable) {
            failure = unreadable.getMessage();
            log.warn("Import {} of {} failed: the file cannot be read to its end ({})", started.importId(), started.fileName(),
                    unreadable.getMessage());
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            failure = "dừng giữa chừng vì dịch vụ dừng: hãy gửi lại tệp (các hộ đã nhập sẽ là không đổi)";
            log.warn("Import {} stopped with the service after {} households", started.importId(), households.get());
        } catch (RuntimeException e) {
            failure = "dừng vì một lỗi của hệ thống (đã ghi vào nhật ký)";
            log.error("Import {} of {} failed unexpectedly", started.importId(), started.fileName(), e);
        } finally {
            record();
            services.store().finish(started.importId(), state, failure, services.clock().instant());
            services.metrics().finished(state);
            services.files().delete(table.file());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        log.info("Import {} {} ({}): {} rows, {} households: {} accepted, {} unchanged, {} refused, in {} s ({} rows/s)",
                started.importId(), state, started.dryRun() ? "dry run" : "for real", rows.get(), households.get(),
                outcomes.get(ImportOutcome.ACCEPTED).get(), outcomes.get(ImportOutcome.UNCHANGED).get(),
                outcomes.get(ImportOutcome.REFUSED).get(), Math.round(seconds), Math.round(rows.get() / Math.max(seconds, 0.001)));
    }

    private void importEveryHousehold() throws InterruptedException {
        Survey survey = Survey.of(table, header);
        services.store().counted(started.importId(), survey.rows());
        log.info("Import {} of {} for {} by {}{}: {} rows", started.importId(), started.fileName(), started.communeCode(),
                started.recordedBy(), started.dryRun() ? " (dry run)" : "", survey.rows());
        ImportContext context = new ImportContext(started.importId(), started.communeCode(), started.dryRun(), header, survey,
                clientAddress);
        int threads = services.threads();
        ExecutorService pool = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(threads,
                new CustomizableThreadFactory("import-" + started.importId().toString().substring(0, 8) + "-")),
                SecurityContextHolder.getContext());
        Semaphore room = new Semaphore(threads * 4);
        try {
            HouseholdRows.Gathering gathering = new HouseholdRows.Gathering(header, household -> {
                room.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        done(services.households().bring(context, household));
                    } finally {
                        room.release();
                    }
                });
                if (System.nanoTime() - recordedAt > RECORD_EVERY.toNanos()) {
                    record();
                }
            });
            table.rowsBelow(header, gathering);
            gathering.finish();
            pool.shutdown();
            while (!pool.awaitTermination(RECORD_EVERY.toMillis(), TimeUnit.MILLISECONDS)) {
                record();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void done(HouseholdImport.Result result) {
        unrecorded.add(result);
        outcomes.get(result.outcome()).incrementAndGet();
        services.metrics().household(result.outcome(), started.dryRun());
        households.incrementAndGet();
        rows.addAndGet(result.rows().rows().size());
    }

    /** Records the results not yet recorded, and the counts; on the reading thread only, so never twice at once. */
    private synchronized void record() {
        recordedAt = System.nanoTime();
        List<HouseholdImport.Result> results = new ArrayList<>();
        for (HouseholdImport.Result r = unrecorded.poll(); r != null; r = unrecorded.poll()) {
            results.add(r);
        }
        services.store().progress(started.importId(), results, new ImportStore.Counts(rows.get(), households.get(),
                outcomes.get(ImportOutcome.ACCEPTED).get(), outcomes.get(ImportOutcome.UNCHANGED).get(),
                outcomes.get(ImportOutcome.REFUSED).get()));
    }
}
