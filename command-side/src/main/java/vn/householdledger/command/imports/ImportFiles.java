package vn.householdledger.command.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Where the files of running imports are kept: copied there from the upload, which is gone once the request
 * that carried it has been answered, and deleted when their import ends. The directory is
 * {@code ledger.imports.work-dir}, whose files a stopped process left are deleted at the next start; without
 * it, a temporary directory of this process's own.
 */
@Component
class ImportFiles {

    private static final Logger log = LoggerFactory.getLogger(ImportFiles.class);

    private final Path directory;
    private final boolean configured;

    ImportFiles(@Value("${ledger.imports.work-dir:}") String directory) throws IOException {
        this.configured = !directory.isBlank();
        this.directory = configured ? Files.createDirectories(Path.of(directory)) : Files.createTempDirectory("ledger-imports-");
    }

    Path keep(UUID importId, MultipartFile upload) {
        Path file = directory.resolve(importId.toString());
        try {
            upload.transferTo(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the uploaded file of import " + importId + " in " + directory, e);
        }
    }

    void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Cannot delete the file {} of an import that ended", file, e);
        }
    }

    /** Deletes what the imports of a stopped process left in the configured directory. */
    void deleteLeftovers() {
        if (!configured) {
            return;
        }
        try (Stream<Path> left = Files.list(directory)) {
            left.forEach(this::delete);
        } catch (IOException e) {
            log.warn("Cannot clear the imports' directory {}", directory, e);
        }
    }
}
