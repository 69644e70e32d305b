package vn.householdledger.web.ledger;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** A file the query side printed (a posting list, a certificate), handed to the person as it came. */
public final class Downloads {

    private Downloads() {
    }

    /** The API's file with its type and name, and none of its other headers (its read position, say). */
    public static ResponseEntity<byte[]> passOn(ResponseEntity<byte[]> printed) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(printed.getHeaders().getContentType());
        String disposition = printed.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        if (disposition != null) {
            headers.set(HttpHeaders.CONTENT_DISPOSITION, disposition);
        }
        return ResponseEntity.ok().headers(headers).body(printed.getBody());
    }
}
