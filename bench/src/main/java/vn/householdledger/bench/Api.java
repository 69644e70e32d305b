package vn.householdledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;

/** The service's HTTP API as one account sees it: JSON in and out, HTTP Basic, one shared connection pool. */
final class Api {

    record Answer(int status, String body) {
        JsonNode json(ObjectMapper mapper) {
            try {
                return mapper.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI base;
    private final String authorization;

    private Api(HttpClient http, URI base, String account) {
        this.http = http;
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((account + ":" + account).getBytes(StandardCharsets.UTF_8));
    }

    static Api as(String account, URI base) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newCachedThreadPool(task -> {
                    Thread thread = new Thread(task, "bench-http");
                    thread.setDaemon(true);
                    return thread;
                }))
                .connectTimeout(Duration.ofSeconds(5)).build();
        return new Api(http, base, account);
    }

    Answer get(String path) {
        return send(request(path).GET().build());
    }

    /** A write with a fresh Idempotency-Key, as a careful client sends every write. */
    Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A file sent as {@code multipart/form-data} with {@code fields}, streamed from disk as a browser sends it. */
    Answer upload(String path, Map<String, String> fields, Path file) throws IOException {
        String boundary = "----bench" + UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(file.getFileName()).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        String tail = "\r\n--" + boundary + "--\r\n";
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head.toString()),
                        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofString(tail)))
                .build());
    }

    Answer put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).header("Authorization", authorization);
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
