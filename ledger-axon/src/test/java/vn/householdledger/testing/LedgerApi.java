package vn.householdledger.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain HTTP client for tests that talk to a real running server: JSON in and out, HTTP Basic
 * as a test account (whose password is its name unless given) or a bearer token, extra headers per
 * request.
 */
public class LedgerApi {

    public static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    public LedgerApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Requests as a test account whose password is its name. */
    public Request as(String account) {
        return as(account, account);
    }

    public Request as(String account, String password) {
        return new Request().header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((account + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** Requests with a bearer token (an access token of the authorization server, or one a test made). */
    public Request withToken(String token) {
        return new Request().header("Authorization", "Bearer " + token);
    }

    public Request anonymous() {
        return new Request();
    }

    public final class Request {
        private final Map<String, String> headers = new LinkedHashMap<>();

        public Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Request idempotencyKey(String key) {
            return header("Idempotency-Key", key);
        }

        /** Waits until the read reflects every event committed before it. */
        public Request consistent() {
            return header("X-Consistency", "wait");
        }

        public Response get(String path) {
            return send("GET", path, null);
        }

        public Response post(String path, Object body) {
            return send("POST", path, write(body));
        }

        public Response put(String path, Object body) {
            return send("PUT", path, write(body));
        }

        /** A download (a PDF, a spreadsheet): its status, headers and bytes exactly as sent. */
        public Download download(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
            headers.forEach(builder::header);
            try {
                HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
                return new Download(response.statusCode(), response.headers().map(), response.body());
            } catch (IOException e) {
                throw new IllegalStateException("GET " + path + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("GET " + path + " interrupted", e);
            }
        }

        /** Sends a raw body, as typed, even when it is not JSON at all. */
        public Response send(String method, String path, String rawBody) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
            headers.forEach(builder::header);
            if (rawBody != null) {
                builder.header("Content-Type", "application/json");
            }
            builder.method(method, rawBody == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(rawBody, StandardCharsets.UTF_8));
            try {
                HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Response(response.statusCode(), response.headers().map(), response.body());
            } catch (IOException e) {
                throw new IllegalStateException(method + " " + path + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(method + " " + path + " interrupted", e);
            }
        }
    }

    public record Response(int status, Map<String, List<String>> headers, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return firstHeader(headers, name);
        }

        public long position() {
            String position = header("X-Event-Position");
            if (position == null) {
                throw new AssertionError("No X-Event-Position on " + status + ": " + body);
            }
            return Long.parseLong(position);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public record Download(int status, Map<String, List<String>> headers, byte[] body) {

        public String header(String name) {
            return firstHeader(headers, name);
        }

        @Override
        public String toString() {
            return status + " " + header("Content-Type") + ", " + body.length + " bytes"
                    + (status >= 400 ? ": " + new String(body, StandardCharsets.UTF_8) : "");
        }
    }

    private static String firstHeader(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }

    static String write(Object body) {
        if (body instanceof String s) {
            return s;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
