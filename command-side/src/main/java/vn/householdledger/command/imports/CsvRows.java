package vn.householdledger.command.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV table: UTF-8 with or without its byte order mark (as Excel saves "CSV UTF-8"), its cells separated
 * by commas or by semicolons (as Excel saves it where the comma is the decimal mark, as in Vietnam), whichever
 * the header line uses more. A record is a row, also when a quoted cell runs over several lines.
 */
final class CsvRows implements TableRows {

    private static final int HEADER_LOOKAHEAD = 64 * 1024;

    private final InputStream in;
    private final char delimiter;

    private CsvRows(InputStream in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    static CsvRows open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), HEADER_LOOKAHEAD);
        in.mark(HEADER_LOOKAHEAD);
        byte[] start = in.readNBytes(HEADER_LOOKAHEAD);
        in.reset();
        boolean bom = start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF;
        if (bom) {
            in.skipNBytes(3);
        }
        return new CsvRows(in, delimiterOf(new String(start, StandardCharsets.UTF_8)));
    }

    /** The separator the first line uses more, outside quotes; a comma when it uses neither. */
    static char delimiterOf(String start) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (char c : start.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    @Override
    public void read(Handler handler) throws IOException {
        Reader text = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        int number = 0;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                if (!handler.row(new TableRow(++number, cells))) {
                    return;
                }
            }
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause(), number + 1);
        } catch (CharacterCodingException e) {
            throw unreadable(e, number + 1);
        }
    }

    private static UnreadableTable unreadable(IOException cause, int row) {
        if (cause instanceof CharacterCodingException) {
            return new UnreadableTable("tệp CSV không được mã hoá UTF-8 (ở dòng " + row + "): hãy lưu lại dạng \"CSV UTF-8\"", cause);
        }
        return new UnreadableTable("tệp CSV hỏng ở dòng " + row + " (có thể thiếu dấu ngoặc kép đóng): " + cause.getMessage(), cause);
    }

    @Override
    public Character delimiter() {
        return delimiter;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
