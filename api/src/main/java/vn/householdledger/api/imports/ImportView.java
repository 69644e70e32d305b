package vn.householdledger.api.imports;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code GET /api/imports/{importId}}: an import's state and counts, and its progress while it runs.
 * {@code rows} counts the member rows read so far (all of them once done), {@code households} the
 * households they made and {@code accepted}, {@code unchanged}, {@code refused} what became of them
 * (what would become of them, for a dry run). Progress: {@code rowsTotal} (once the file is counted, null
 * before), {@code rowsPerSecond} since the start, and the estimate of the end ({@code secondsLeft},
 * {@code estimatedFinishAt}) while it runs.
 */
public record ImportView(UUID importId, String communeCode, boolean dryRun, ImportState state, long rows, long households,
                         long accepted, long unchanged, long refused, Instant startedAt, Instant finishedAt,
                         String fileName, String recordedBy, Long rowsTotal, Double rowsPerSecond, Long secondsLeft,
                         Instant estimatedFinishAt, String failure) {
}
