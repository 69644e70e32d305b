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
import java.util.function.Supplier;

/**
 * The service's HTTP API as one account sees it: JSON in and out, HTTP Basic or a bearer token, one shared
 * connection pool.
 */
final class Api {

    /** An answer; {@code position} is its {@code X-Event-Position} (a write's), or -1 when it has none. */
    record Answer(int status, String body, long position) {
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
    private final Supplier<String> authorization;

    private Api(HttpClient http, URI base, Supplier<String> authorization) {
        this.http = http;
        this.base = base;
        this.authorization = authorization;
    }

    /** {@code account} over HTTP Basic, its password its name. */
    static Api as(String account, URI base) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((account + ":" + account).getBytes(StandardCharsets.UTF_8));
        return new Api(client(), base, () -> basic);
    }

    /** The account {@code token} belongs to, with its current access token. */
    static Api bearer(BearerToken token, URI base) {
        return new Api(client(), base, () -> "Bearer " + token.get());
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newCachedThreadPool(task -> {
                    Thread thread = new Thread(task, "bench-http");
                    thread.setDaemon(true);
                    return thread;
                }))
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    Answer get(String path) {
        return send(request(path).GET().build());
    }

    /** A read that reflects at least {@code position} (the read side waits for it, up to its own limit). */
    Answer getAt(String path, long position) {
        return send(request(path).header("X-Event-Position", Long.toString(position)).GET().build());
    }

    /** A read that may take long: answered within {@code timeout} or failed. */
    Answer getSlow(String path, Duration timeout) {
        return send(request(path).timeout(timeout).GET().build());
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
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).header("Authorization", authorization.get());
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValueAsLong("X-Event-Position").orElse(-1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
