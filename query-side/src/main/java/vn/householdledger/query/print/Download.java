package vn.householdledger.query.print;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A printed document as a download: its type and the file name a browser saves it under. */
public final class Download {

    public static final MediaType PDF = MediaType.APPLICATION_PDF;
    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private Download() {
    }

    public static ResponseEntity<byte[]> of(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
