package vn.householdledger.command.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jakarta.annotation.PreDestroy;
import org.axonframework.spring.event.AxonStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.householdledger.api.Page;
import vn.householdledger.api.http.LedgerHeaders;
import vn.householdledger.api.imports.ImportOutcome;
import vn.householdledger.api.imports.ImportStarted;
import vn.householdledger.api.imports.ImportState;
import vn.householdledger.api.imports.ImportView;
import vn.householdledger.api.imports.ImportedHousehold;
import vn.householdledger.command.commune.CommuneDirectory;
import vn.householdledger.command.commune.UnitScope;
import vn.householdledger.command.dispatch.CommandDispatcher;
import vn.householdledger.platform.problem.IdempotencyKeyReused;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.platform.problem.NotFound;
import vn.householdledger.platform.security.Caller;

/**
 * Imports of a commune's lists, for its workers: a file is accepted as a table of the import's columns
 * before the answer (else 400, and nothing is kept), then imported in the background, one import at a time
 * ({@code ledger.imports.threads} threads each, 3 by default); its progress, results and refused rows are read
 * back by the workers of the commune.
 */
@Component
public class Imports {

    private static final Logger log = LoggerFactory.getLogger(Imports.class);

    /** What a running import needs of the service. */
    record Services(ImportStore store, HouseholdImport households, ImportFiles files, ImportMetrics metrics, Clock clock,
                    int threads) {
    }

    private final Services services;
    private final CommuneDirectory communes;
    private final UnitScope scope;
    private final ExecutorService runs = Executors.newSingleThreadExecutor(new CustomizableThreadFactory("imports-"));

    public Imports(ImportStore store, HouseholdImport households, ImportFiles files, ImportMetrics metrics, Clock clock,
                   CommuneDirectory communes, UnitScope scope, @Value("${ledger.imports.threads:3}") int threads) {
        this.services = new Services(store, households, files, metrics, clock, threads);
        this.communes = communes;
        this.scope = scope;
    }

    /** Axon has started and the web server has not yet: imports a stopped process left running are failed, before any new one. */
    @EventListener(AxonStartedEvent.class)
    public void atStartUp() {
        int interrupted = services.store().interrupted(services.clock().instant());
        if (interrupted > 0) {
            log.warn("{} imports were running when the service stopped; they are marked FAILED and their files must be sent again",
                    interrupted);
        }
        services.files().deleteLeftovers();
    }

    @PreDestroy
    void stop() {
        runs.shutdownNow();
    }

    /**
     * Starts importing {@code upload} into {@code communeCode} for the caller, a worker of it, sent from
     * {@code clientAddress}. The same {@code idempotencyKey} with the same file and fields answers the import it
     * started (a double click starts one import); with another, 422.
     */
    public ImportStarted start(MultipartFile upload, String communeCode, boolean dryRun, String clientAddress,
                               String idempotencyKey) {
        Caller caller = Caller.current();
        scope.requireWrite(communeCode, null);
        if (!communes.isRegistered(communeCode)) {
            throw new InvalidInput("communeCode", "is not a known commune: " + communeCode);
        }
        if (upload.isEmpty()) {
            throw new InvalidInput("file", "tệp rỗng");
        }
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey;
        if (key != null && key.length() > CommandDispatcher.MAX_KEY_LENGTH) {
            throw new InvalidInput(LedgerHeaders.IDEMPOTENCY_KEY, "must be at most " + CommandDispatcher.MAX_KEY_LENGTH + " characters");
        }
        UUID importId = UUID.randomUUID();
        Path file = services.files().keep(importId, upload);
        String hash = hash(communeCode, dryRun, upload.getOriginalFilename(), file);
        if (key != null) {
            Optional<ImportStarted> first = startedBefore(caller, key, hash);
            if (first.isPresent()) {
                services.files().delete(file);
                return first.get();
            }
        }
        try {
            TableFormat format = TableFormat.of(upload.getOriginalFilename(), file).orElseThrow(() ->
                    new UnreadableTable("tệp phải là bảng .csv (UTF-8) hoặc .xlsx, không phải \"" + upload.getOriginalFilename() + "\""));
            UploadedTable table = new UploadedTable(file, format);
            Header header = table.header();
            ImportStore.Started started = new ImportStore.Started(importId, communeCode, dryRun,
                    upload.getOriginalFilename(), format, caller.username(), header.cells(), table.delimiter(),
                    services.clock().instant(), key, hash);
            if (!services.store().start(started)) {
                services.files().delete(file);
                return startedBefore(caller, key, hash).orElseThrow();
            }
            runs.execute(new ImportRun(started, table, header, clientAddress, services));
            log.info("Import {}: {} ({} bytes) received for {} from {}{}; it runs in the background", importId,
                    upload.getOriginalFilename(), upload.getSize(), communeCode, caller.username(), dryRun ? " (dry run)" : "");
            return new ImportStarted(importId);
        } catch (UnreadableTable notATable) {
            services.files().delete(file);
            throw new InvalidInput("file", notATable.getMessage());
        } catch (IOException e) {
            services.files().delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            services.files().delete(file);
            throw e;
        }
    }

    /** The import the caller started with {@code key}: the same one if she sent the same, else 422. */
    private Optional<ImportStarted> startedBefore(Caller caller, String key, String hash) {
        return services.store().byKey(caller.username(), key).map(run -> {
            if (!run.started().requestHash().equals(hash)) {
                throw new IdempotencyKeyReused(key);
            }
            return new ImportStarted(run.started().importId());
        });
    }

    /** What a request to import sends: its fields, the file's name and the file's bytes. */
    private static String hash(String communeCode, boolean dryRun, String fileName, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((communeCode + "\n" + dryRun + "\n" + fileName + "\n").getBytes(StandardCharsets.UTF_8));
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The import, as the workers of its commune may read it. */
    public ImportView view(UUID importId) {
        ImportStore.Run run = readable(importId);
        ImportStore.Started s = run.started();
        ImportStore.Counts counts = run.counts();
        Instant now = services.clock().instant();
        Instant until = run.finishedAt() == null ? now : run.finishedAt();
        double seconds = Math.max(Duration.between(s.startedAt(), until).toMillis() / 1000.0, 0.001);
        Double rate = counts.rows() == 0 ? null : counts.rows() / seconds;
        Long left = run.state() != ImportState.RUNNING || rate == null || run.rowsTotal() == null ? null
                : Math.round(Math.max(run.rowsTotal() - counts.rows(), 0) / rate);
        return new ImportView(s.importId(), s.communeCode(), s.dryRun(), run.state(), counts.rows(), counts.households(),
                counts.accepted(), counts.unchanged(), counts.refused(), s.startedAt(), run.finishedAt(), s.fileName(),
                s.recordedBy(), run.rowsTotal() == null ? null : run.rowsTotal().longValue(),
                rate == null ? null : Math.round(rate * 10) / 10.0, left, left == null ? null : now.plusSeconds(left),
                run.failure());
    }

    public Page<ImportedHousehold> households(UUID importId, ImportOutcome outcome, int page, int size) {
        readable(importId);
        if (page < 0) {
            throw new InvalidInput("page", "must be 0 or more");
        }
        if (size < 1 || size > Page.MAX_SIZE) {
            throw new InvalidInput("size", "must be between 1 and " + Page.MAX_SIZE);
        }
        return services.store().households(importId, outcome, page, size);
    }

    /** The import's refused rows, for the workers of its commune: its file's header and the refused rows as sent, and why. */
    public RefusedFile refused(UUID importId, String format) {
        ImportStore.Run run = readable(importId);
        TableFormat as = format == null ? run.started().format() : switch (format) {
            case "csv" -> TableFormat.CSV;
            case "xlsx" -> TableFormat.XLSX;
            default -> throw new InvalidInput("format", "must be csv or xlsx");
        };
        return new RefusedFile(run.started(), as, services.store());
    }

    private ImportStore.Run readable(UUID importId) {
        Optional<ImportStore.Run> run = services.store().find(importId);
        if (run.isEmpty()) {
            throw new NotFound("No import with id " + importId);
        }
        scope.requireWrite(run.get().started().communeCode(), null);
        return run.get();
    }
}
