package vn.householdledger.command.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The two kinds of table an import reads: a UTF-8 text file of comma or semicolon separated values, or an Excel workbook. */
enum TableFormat {
    CSV,
    XLSX;

    /** The format of an uploaded file, by its name; a workbook must also open as a zip archive (its first bytes). */
    static Optional<TableFormat> of(String fileName, Path file) throws IOException {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (name.endsWith(".xlsx")) {
            try (InputStream in = Files.newInputStream(file)) {
                byte[] magic = in.readNBytes(4);
                return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4
                        ? Optional.of(XLSX) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    TableRows open(Path file) throws IOException {
        return this == CSV ? CsvRows.open(file) : XlsxRows.open(file);
    }

    String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
