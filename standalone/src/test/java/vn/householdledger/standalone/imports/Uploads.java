package vn.householdledger.standalone.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import vn.householdledger.testing.Eventually;
import vn.householdledger.testing.LedgerApi;

/**
 * The import's HTTP calls a test makes beside {@link LedgerApi}'s JSON ones: a file sent as
 * {@code multipart/form-data} with its fields, a download's bytes, and waiting until an import has ended.
 */
final class Uploads {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final LedgerApi api;

    Uploads(int port, LedgerApi api) {
        this.baseUrl = "http://localhost:" + port;
        this.api = api;
    }

    /** {@code POST /api/imports} as {@code account}: the file under {@code fileName}, for {@code communeCode}. */
    LedgerApi.Response send(String account, String fileName, byte[] file, String communeCode, String dryRun) {
        return send(account, fileName, file, communeCode, dryRun, null);
    }

    /** The same, with an {@code Idempotency-Key} (none when null). */
    LedgerApi.Response send(String account, String fileName, byte[] file, String communeCode, String dryRun, String key) {
        String boundary = "----import" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        if (communeCode != null) {
            fields.put("communeCode", communeCode);
        }
        if (dryRun != null) {
            fields.put("dryRun", dryRun);
        }
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (file != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/imports"))
                .header("Authorization", basic(account))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new LedgerApi.Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("POST /api/imports failed", e);
        }
    }

    /** A download's bytes as {@code account}, asserting it answered 200. */
    byte[] download(String account, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", basic(account)).GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        }
    }

    /** The import once it is no longer running. */
    JsonNode ended(String account, String importId) {
        JsonNode[] run = new JsonNode[1];
        Eventually.until(() -> !"RUNNING".equals((run[0] = api.as(account).get("/api/imports/" + importId).json()).path("state").asText()));
        return run[0];
    }

    private static String basic(String account) {
        return "Basic " + Base64.getEncoder().encodeToString((account + ":" + account).getBytes(StandardCharsets.UTF_8));
    }
}
