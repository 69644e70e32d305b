package vn.householdledger.standalone.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/**
 * What Tomcat and the security firewall refuse before any controller runs — bodies over the size
 * limit, oversized headers and request lines, broken percent-encoding, encoded slashes and NULs,
 * encoded semicolons, {@code TRACE} — is answered as {@code application/problem+json} and writes
 * nothing. Sent over a raw socket, since a well-behaved HTTP client would refuse to send most of it.
 */
class ServletContainerLimitsApiTest extends ApiTest {

    private static final int OVER_LIMIT = 3 * 1024 * 1024;

    record Raw(int status, Map<String, String> headers, String body) {

        JsonNode problem() {
            assertThat(headers.get("content-type")).as(toString()).startsWith("application/problem+json");
            try {
                JsonNode problem = LedgerApi.JSON.readTree(body);
                assertThat(problem.get("status").asInt()).isEqualTo(status);
                assertThat(problem.hasNonNull("title")).isTrue();
                return problem;
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + this, e);
            }
        }
    }

    @Test
    void aBodyDeclaredOverTheLimitIsRefusedAt413BeforeItIsRead() throws IOException {
        UUID household = registerHousehold(HA_LAN);
        long before = eventCount();
        Raw answer = send("POST /api/households/" + household + "/closure HTTP/1.1\r\n" + auth("worker")
                + "Content-Type: application/json\r\nContent-Length: " + OVER_LIMIT + "\r\n\r\n", null);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
        answer.problem();
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyOverTheLimitIsCutOffWith413() throws IOException {
        UUID household = registerHousehold(HA_LAN);
        long before = eventCount();
        byte[] json = ("{\"reason\":\"DISSOLVED\",\"date\":\"2020-01-01\",\"note\":\"" + "x".repeat(OVER_LIMIT) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        Raw answer = send("POST /api/households/" + household + "/closure HTTP/1.1\r\n" + auth("worker")
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n", chunked(json));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
        answer.problem();
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aMegabyteOfTextUnderTheLimitReachesValidation() throws IOException {
        UUID household = registerHousehold(HA_LAN);
        long before = eventCount();
        byte[] json = ("{\"reason\":\"" + "Lý do ".repeat(180_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        Raw answer = send("POST /api/households/" + household + "/assistance/" + UUID.randomUUID() + "/voiding HTTP/1.1\r\n"
                + auth("worker") + "Content-Type: application/json\r\nContent-Length: " + json.length + "\r\n\r\n", json);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.problem().get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void oversizedHeadersAndRequestLinesAreProblems() throws IOException {
        Raw header = send("GET /api/communes HTTP/1.1\r\n" + auth("worker") + "X-Padding: " + "a".repeat(20_000) + "\r\n\r\n", null);
        assertThat(header.status()).as(header.toString()).isBetween(400, 499);
        header.problem();
        Raw line = send("GET /api/households/" + "x".repeat(20_000) + " HTTP/1.1\r\n" + auth("worker") + "\r\n", null);
        assertThat(line.status()).as(line.toString()).isBetween(400, 499);
        line.problem();
    }

    @Test
    void pathsTomcatOrTheFirewallRefuseAreProblems() throws IOException {
        for (String path : new String[] {"/api/households/%zz", "/api/households/a%2Fb", "/api/households/%00",
                "/api/households/a%3Bb", "/api/households/a;jsessionid=1", "/api/households/..%2F..%2Fetc%2Fpasswd",
                "/api/households/%uD800"}) {
            Raw answer = send("GET " + path + " HTTP/1.1\r\n" + auth("worker") + "\r\n", null);
            assertThat(answer.status()).as(path + " " + answer).isEqualTo(400);
            answer.problem();
        }
    }

    @Test
    void traceIsAProblemAndEchoesNothing() throws IOException {
        UUID household = registerHousehold(HA_LAN);
        long before = eventCount();
        for (String account : new String[] {"worker", null}) {
            Raw answer = send("TRACE /api/households/" + household + " HTTP/1.1\r\n"
                    + (account == null ? "" : auth(account)) + "\r\n", null);
            assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
            answer.problem();
            assertThat(answer.body()).doesNotContain("Authorization");
        }
        assertThat(eventCount()).isEqualTo(before);
    }

    private static String auth(String account) {
        return "Host: localhost\r\nConnection: close\r\nAuthorization: Basic "
                + Base64.getEncoder().encodeToString((account + ":" + account).getBytes(StandardCharsets.UTF_8)) + "\r\n";
    }

    private static byte[] chunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int at = 0; at < body.length; at += 64 * 1024) {
            int length = Math.min(64 * 1024, body.length - at);
            out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, at, length);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** Sends the head and body as they are, then reads the whole answer (the server closes the connection). */
    private Raw send(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                try {
                    out.write(body);
                } catch (IOException refusedEarly) {
                    // The server answered and closed before taking the whole body: read its answer.
                }
            }
            out.flush();
            return parse(readAll(socket.getInputStream()));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                all.write(buffer, 0, n);
            }
        } catch (IOException reset) {
            // A reset after the answer arrived: keep what was read.
        }
        return all.toByteArray();
    }

    /** Read byte for byte (ISO-8859-1), since chunk sizes count bytes; the body is then decoded as the UTF-8 it is. */
    private static Raw parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        assertThat(end).as("an HTTP answer: " + text).isPositive();
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        String body = text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Raw(Integer.parseInt(lines[0].split(" ")[1]), headers,
                new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }

    /** The chunks' bytes (read one character a byte, ISO-8859-1, since chunk lengths count bytes), joined. */
    private static String dechunk(String body) {
        StringBuilder plain = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int lineEnd = body.indexOf("\r\n", at);
            int length = Integer.parseInt(body.substring(at, lineEnd).strip(), 16);
            if (length == 0) {
                break;
            }
            plain.append(body, lineEnd + 2, lineEnd + 2 + length);
            at = lineEnd + 2 + length + 2;
        }
        return plain.toString();
    }
}
