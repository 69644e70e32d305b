package vn.householdledger.web.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The file of a dry run, kept by the pages for {@value #HOURS} hours so that the person who tried it can
 * import it for real with one click, without choosing it again. Only she may use it, once; a restart of the
 * pages forgets it (she then chooses the file again).
 */
@Component
class KeptFiles {

    static final int HOURS = 2;

    /** A kept file: who sent it, its name as sent, where it is and since when. */
    record Kept(String owner, String fileName, String communeCode, Path path, Instant keptAt) {

        /** The file, under its name as sent (the import's file name says which list it was). */
        Resource resource() {
            return new FileSystemResource(path) {
                @Override
                public String getFilename() {
                    return fileName;
                }
            };
        }
    }

    private final Path directory;
    private final Clock clock;
    private final Map<UUID, Kept> kept = new ConcurrentHashMap<>();

    KeptFiles(Clock clock) throws IOException {
        this.directory = Files.createTempDirectory("ledger-pages-imports-");
        this.clock = clock;
    }

    /** Copies the upload aside; answers it under a key until the dry run it is sent with has its id. */
    Kept keep(String owner, String communeCode, MultipartFile upload) {
        forgetOld();
        Path path = directory.resolve(UUID.randomUUID().toString());
        try {
            upload.transferTo(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Kept(owner, upload.getOriginalFilename(), communeCode, path, clock.instant());
    }

    /** Keeps {@code file} as the file of the dry run {@code importId}. */
    void of(UUID importId, Kept file) {
        kept.put(importId, file);
    }

    /** The file of the dry run {@code importId}, if {@code owner} kept it and it is still kept. */
    Optional<Kept> find(UUID importId, String owner) {
        return Optional.ofNullable(kept.get(importId)).filter(k -> k.owner().equals(owner));
    }

    /** Forgets and deletes a file once it has been sent for real (or was refused). */
    void forget(UUID importId) {
        Kept file = kept.remove(importId);
        if (file != null) {
            delete(file);
        }
    }

    void delete(Kept file) {
        try {
            Files.deleteIfExists(file.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void forgetOld() {
        Instant limit = clock.instant().minus(Duration.ofHours(HOURS));
        kept.entrySet().removeIf(entry -> {
            if (entry.getValue().keptAt().isBefore(limit)) {
                delete(entry.getValue());
                return true;
            }
            return false;
        });
    }
}
