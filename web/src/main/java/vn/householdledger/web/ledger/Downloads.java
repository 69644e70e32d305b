package vn.householdledger.web.ledger;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** A file the API sent, passed on to the browser as a download under the name the API gave it. */
public final class Downloads {

    private Downloads() {
    }

    /** {@code file}'s bytes and type, saved under its own name, or {@code fallbackName} when it gave none. */
    public static ResponseEntity<byte[]> passOn(ResponseEntity<byte[]> file, String fallbackName) {
        String sent = file.getHeaders().getContentDisposition().getFilename();
        return ResponseEntity.ok()
                .contentType(file.getHeaders().getContentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(sent == null ? fallbackName : sent, StandardCharsets.UTF_8).build().toString())
                .body(file.getBody());
    }
}
