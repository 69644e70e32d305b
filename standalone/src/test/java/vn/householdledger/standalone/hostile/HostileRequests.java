package vn.householdledger.standalone.hostile;

import static vn.householdledger.standalone.hostile.Field.Kind.CODE;
import static vn.householdledger.standalone.hostile.Field.Kind.DATE;
import static vn.householdledger.standalone.hostile.Field.Kind.DECIMAL;
import static vn.householdledger.standalone.hostile.Field.Kind.ENUM;
import static vn.householdledger.standalone.hostile.Field.Kind.INT;
import static vn.householdledger.standalone.hostile.Field.Kind.MONEY;
import static vn.householdledger.standalone.hostile.Field.Kind.PAST_DATE;
import static vn.householdledger.standalone.hostile.Field.Kind.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.testing.LedgerApi;

/**
 * A seeded generator of malformed and hostile requests over every endpoint of the API. A write
 * always carries at least one thing that must refuse it (a field no request may carry, broken JSON,
 * a bad id in the path, a wrong content type, missing or foreign credentials, a wrong method); a
 * read carries bad parameters or headers and may be answered. Round robin over the endpoints, so
 * every one is hit.
 */
final class HostileRequests {

    /** The real records the requests aim at: a household of {@code worker} with its help, and one of another commune. */
    record World(java.util.UUID household, java.util.UUID head, java.util.UUID spouse, java.util.UUID assessment,
                 java.util.UUID loan, java.util.UUID repayment, java.util.UUID card, java.util.UUID assistance,
                 java.util.UUID foreign, java.util.UUID review, java.util.UUID complaint) {
    }

    /** One generated request; a null {@code account} sends no credentials. */
    record Hostile(String description, String method, String path, String account, String password,
                   Map<String, String> headers, byte[] body, boolean write) {

        @Override
        public String toString() {
            String shownPath = path.length() > 160 ? path.substring(0, 160) + "…" : path;
            return method + " " + shownPath + " as " + account + " [" + description + "]"
                    + (body == null ? "" : " body " + body.length + " bytes");
        }
    }

    private record Endpoint(String method, String template, String account, boolean write,
                            Supplier<Map<String, Object>> body, List<Field> fields) {
    }

    private static final String[] CONTENT_TYPES = {"text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=hostile", null, "image/png", "application/jsonx"};
    private static final String[] ACCEPTS = {"application/xml", "text/html", "*/*", "application/problem+json",
            "text/plain", "application/json;q=0, */*;q=0.1"};
    private static final String[] METHODS = {"DELETE", "PATCH", "PUT", "OPTIONS", "TRACE"};
    private static final String[] PARAM_VALUES = {"abc", "-1", "0", "99999999999", "2147483648", "1e308", "-1e308",
            Field.SQL, Field.SCRIPT, "", " ", "\u0000", "%", "NaN", "+999999999-12-31", "-999999999-01-01",
            "2018-02-30", "-1000000000-01-01T00:00:00Z", "+1000000000-12-31T23:59:59Z", "2018-06-30T25:00:00Z",
            "NOT_POOR", "poor", "TOTAL", "null", "[]", "{}", "Hà Lan", "🙂", "+9000000-01-01", "\uD800"};
    private static final String[] POSITIONS = {"abc", "-5", "1e10", "99999999999999999999", "0x10", " ", Field.SQL, "1.5"};

    private final Random random;
    private final World world;
    private final List<Endpoint> writes;
    private final List<Endpoint> reads;
    private int next;

    HostileRequests(Random random, World world) {
        this.random = random;
        this.world = world;
        this.writes = writes();
        this.reads = reads();
    }

    int endpointCount() {
        return writes.size() + reads.size();
    }

    Hostile next() {
        int index = next++ % endpointCount();
        return index < writes.size() ? write(writes.get(index)) : read(reads.get(index - writes.size()));
    }

    private Hostile write(Endpoint endpoint) {
        Map<String, String> headers = new LinkedHashMap<>();
        Object body = endpoint.body() == null ? null : endpoint.body().get();
        String path = path(endpoint.template(), null, null);
        String account = endpoint.account();
        String password = account;
        String method = endpoint.method();
        String description;
        int dice = random.nextInt(100);
        if (endpoint.fields().isEmpty() && dice < 60) {
            dice = 80; // no body to break: the path or the credentials refuse it
        }
        if (dice < 45) {
            Field field = pick(endpoint.fields());
            Object value;
            if (field.kind() == Field.Kind.OBJECTS && random.nextBoolean()) {
                Field part = pick(field.parts());
                List<Object> invalid = part.invalidValues(random);
                value = invalid.get(random.nextInt(invalid.size()));
                List<Object> items = new ArrayList<>((List<?>) field.valid().get());
                int at = random.nextInt(items.size());
                @SuppressWarnings("unchecked")
                Map<String, Object> item = (Map<String, Object>) items.get(at);
                items.set(at, part.with(item, value));
                description = field.name() + "[" + at + "]." + part.name() + " = " + shown(value);
                value = items;
            } else {
                List<Object> invalid = field.invalidValues(random);
                value = invalid.get(random.nextInt(invalid.size()));
                description = field.name() + " = " + shown(value);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) body;
            body = field.with(map, value);
        } else if (dice < 60 && body != null) {
            String broken = random.nextInt(4) == 0 ? spoiled(new String(bytes(body), StandardCharsets.UTF_8)) : brokenBody();
            description = "broken JSON " + shown(broken);
            body = broken;
        } else if (dice < 70 && endpoint.template().contains("{")) {
            String placeholder = placeholders(endpoint.template()).get(random.nextInt(placeholders(endpoint.template()).size()));
            String segment = hostileSegment(placeholder);
            path = path(endpoint.template(), placeholder, segment);
            description = placeholder + " in path = " + shown(segment);
        } else if (dice < 78 && body != null) {
            String type = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
            headers.put("Content-Type", type == null ? "" : type);
            description = "content type " + type;
        } else if (dice < 93 || endpoint.fields().isEmpty()) {
            String[] auth = hostileCredentials(endpoint);
            account = auth[0];
            password = auth[1];
            if (auth.length > 2) {
                headers.put("Authorization", auth[2]);
            }
            description = "credentials " + (auth.length > 2 ? auth[2] : account);
        } else {
            method = METHODS[random.nextInt(METHODS.length)];
            if (method.equals(endpoint.method())) {
                method = "DELETE";
            }
            description = "method " + method;
        }
        if (random.nextInt(4) == 0 && body instanceof Map<?, ?> map) {
            Map<String, Object> noisy = new LinkedHashMap<>();
            map.forEach((k, v) -> noisy.put((String) k, v));
            noisy.put("__proto__", Map.of("isAdmin", true));
            noisy.put("$where", "1 == 1");
            noisy.put("recordedBy", "admin");
            body = noisy;
        }
        noise(headers);
        byte[] bytes = body == null ? null : body instanceof byte[] raw ? raw : bytes(body);
        if (bytes != null && !headers.containsKey("Content-Type")) {
            headers.put("Content-Type", "application/json");
        }
        return new Hostile(description, method, path, account, password, headers, bytes, true);
    }

    private Hostile read(Endpoint endpoint) {
        Map<String, String> headers = new LinkedHashMap<>();
        String path = path(endpoint.template(), null, null);
        String account = endpoint.account();
        String password = account;
        String description;
        int dice = random.nextInt(100);
        Map<String, String> params = new LinkedHashMap<>(queryOf(endpoint));
        if (dice < 55 && !params.isEmpty()) {
            List<String> names = new ArrayList<>(params.keySet());
            int changes = 1 + random.nextInt(Math.min(3, names.size()));
            StringBuilder what = new StringBuilder();
            for (int i = 0; i < changes; i++) {
                String name = names.get(random.nextInt(names.size()));
                String value = random.nextInt(20) == 0 ? Field.longText(10_000, random)
                        : PARAM_VALUES[random.nextInt(PARAM_VALUES.length)];
                if (random.nextInt(8) == 0) {
                    params.remove(name);
                    what.append(name).append(" left out; ");
                } else {
                    params.put(name, value);
                    what.append(name).append(" = ").append(shown(value)).append("; ");
                }
            }
            description = what.toString();
        } else if (dice < 70 && endpoint.template().contains("{")) {
            String placeholder = placeholders(endpoint.template()).get(0);
            String segment = hostileSegment(placeholder);
            path = path(endpoint.template(), placeholder, segment);
            description = placeholder + " in path = " + shown(segment);
        } else if (dice < 85) {
            String[] auth = hostileCredentials(endpoint);
            account = auth[0];
            password = auth[1];
            if (auth.length > 2) {
                headers.put("Authorization", auth[2]);
            }
            description = "credentials " + (auth.length > 2 ? auth[2] : account);
        } else if (random.nextBoolean()) {
            headers.put("X-Event-Position", POSITIONS[random.nextInt(POSITIONS.length)]);
            description = "X-Event-Position " + headers.get("X-Event-Position");
        } else {
            headers.put("X-Consistency", random.nextBoolean() ? "wait" : Field.SCRIPT);
            headers.put("Accept", ACCEPTS[random.nextInt(ACCEPTS.length)]);
            description = "X-Consistency and Accept " + headers.get("Accept");
        }
        noise(headers);
        StringBuilder query = new StringBuilder();
        params.forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return new Hostile(description, "GET", path + query, account, password, headers, null, false);
    }

    /** Headers that change nothing about whether the request is acceptable. */
    private void noise(Map<String, String> headers) {
        if (random.nextInt(5) == 0) {
            headers.putIfAbsent("Accept", ACCEPTS[random.nextInt(ACCEPTS.length)]);
        }
        if (random.nextInt(5) == 0) {
            headers.put("Idempotency-Key", random.nextBoolean() ? Field.SQL : "k".repeat(300));
        }
        if (random.nextInt(8) == 0) {
            headers.put("X-Forwarded-For", "127.0.0.1, " + Field.SQL);
        }
    }

    private String[] hostileCredentials(Endpoint endpoint) {
        boolean admin = endpoint.account().equals("admin");
        return switch (random.nextInt(7)) {
            case 0 -> new String[] {null, null};
            case 1 -> new String[] {endpoint.account(), "wrong-password"};
            case 2 -> new String[] {"nobody", "nobody"};
            case 3 -> new String[] {null, null, random.nextBoolean() ? "Basic !!!" : "Bearer " + Field.SQL};
            case 4 -> new String[] {null, null, "Basic " + Base64.getEncoder().encodeToString(
                    (random.nextBoolean() ? "worker" : ":").getBytes(StandardCharsets.UTF_8))};
            case 5 -> new String[] {admin ? "worker" : "committee", admin ? "worker" : "committee"};
            default -> endpoint.write() && !admin ? new String[] {"other", "other"}
                    : new String[] {admin ? "auditor" : "nobody", admin ? "auditor" : "nobody"};
        };
    }

    private String hostileSegment(String placeholder) {
        List<String> segments = new ArrayList<>(List.of("not-a-uuid", encode(Field.SQL), encode(Field.SCRIPT),
                "00000000-0000-0000-0000-000000000000", java.util.UUID.randomUUID().toString(), "1-1-1-1-1",
                "%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "%00", "x".repeat(9000), "%F0%9F%99%82", "NaN", "-1",
                "99999999999999999999", "ha_lan"));
        if (placeholder.equals("household")) {
            segments.add(world.foreign().toString());
        }
        return segments.get(random.nextInt(segments.size()));
    }

    /** Valid JSON spoiled: a key given twice, or something after the value. */
    private String spoiled(String json) {
        if (random.nextBoolean() && json.startsWith("{\"")) {
            int end = json.indexOf(',') > 0 ? json.indexOf(',') : json.length() - 1;
            return "{" + json.substring(1, end) + "," + json.substring(1);
        }
        return json + (random.nextBoolean() ? " {}" : "]");
    }

    private String brokenBody() {
        return switch (random.nextInt(16)) {
            case 0 -> "";
            case 1 -> "{";
            case 2 -> "{\"amount\":";
            case 3 -> "null";
            case 4 -> "[]";
            case 5 -> "42";
            case 6 -> "\"text\"";
            case 7 -> "{}";
            case 8 -> "{\"reason\":\"x\",}";
            case 9 -> "{'reason':'x'}";
            case 10 -> "{\"amount\":NaN,\"principal\":Infinity}";
            case 11 -> "[".repeat(100_000) + "]".repeat(100_000);
            case 12 -> "/* " + Field.SQL + " */ {}";
            case 13 -> "\uFEFF\uFEFF{\"x\":1}";
            case 14 -> "{\"" + Field.longText(30, random) + "\":" + "{\"a\":".repeat(5000) + "1" + "}".repeat(5000) + "}";
            default -> "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
        };
    }

    private List<Endpoint> writes() {
        String h = "/api/households/{household}";
        List<Field> member = List.of(
                Field.of("memberId", UUID, false, () -> null),
                Field.text("fullName", 200, true),
                Field.of("sex", ENUM, true, () -> "FEMALE"),
                Field.of("birthDate", PAST_DATE, true, () -> "1990-05-01"),
                Field.of("relation", ENUM, true, () -> "CHILD"),
                Field.newCode("nationalId", "\\d{9}|\\d{12}", 12, false, () -> null));
        List<Field> joining = new ArrayList<>(member);
        joining.add(Field.of("joinedOn", PAST_DATE, false, () -> null));
        List<Field> loan = List.of(
                Field.of("loanId", UUID, false, () -> null),
                Field.of("programme", ENUM, true, () -> "POOR_HOUSEHOLD"),
                Field.number("principal", MONEY, true, 1, 0, () -> 30_000_000),
                Field.number("annualInterestRatePercent", DECIMAL, true, 0, 20, () -> 6.6),
                Field.number("termMonths", INT, true, 1, 240, () -> 36),
                Field.of("disbursedOn", PAST_DATE, true, () -> "2018-03-15"),
                Field.text("lender", 200, true),
                Field.text("purpose", 1000, true),
                Field.codes("addresses", 50, false, () -> List.of("LACK_CAPITAL")));
        List<Field> card = List.of(
                Field.of("memberId", UUID, true, () -> world.spouse().toString()),
                Field.newCode("cardNumber", "[A-Za-z]{2}[1-5]\\d{12}|\\d{10}", 15, true, () -> "HN4380123456789"),
                Field.of("validFrom", DATE, true, () -> "2040-01-01"),
                Field.of("validTo", DATE, true, () -> "2040-12-31"),
                Field.number("stateSubsidyPercent", INT, true, 0, 100, () -> 100),
                Field.text("fundingSource", 200, true));
        List<Field> assistance = List.of(
                Field.of("assistanceId", UUID, false, () -> null),
                Field.of("kind", ENUM, true, () -> "SANITATION"),
                Field.text("description", 1000, true),
                Field.number("amount", MONEY, false, 0, 0, () -> 2_000_000),
                Field.of("providedOn", PAST_DATE, true, () -> "2018-05-01"),
                Field.text("fundingSource", 200, true),
                Field.codes("addresses", 50, false, () -> List.of("SANITARY_TOILET")));
        List<Field> assessment = List.of(
                Field.number("year", INT, true, 1990, 2100, () -> today().getYear()),
                Field.of("assessedOn", PAST_DATE, true, () -> today().toString()),
                Field.of("standard", CODE, false, () -> null),
                Field.number("incomePerCapitaMonthly", MONEY, true, 0, 0, () -> 500_000),
                Field.codes("deprivations", 20, true, () -> List.of("HOUSING_QUALITY")),
                Field.codes("causes", 20, true, () -> List.of("LACK_CAPITAL")),
                Field.of("hasWorkingMember", Field.Kind.BOOL, true, () -> true),
                Field.of("kind", ENUM, false, () -> "AD_HOC"),
                Field.text("decisionNumber", 64, false));
        List<Field> registration = List.of(
                Field.of("householdId", UUID, false, () -> null),
                Field.newCode("code", "[\\p{L}\\p{N}_./-]+", 64, true, () -> "HOSTILE-" + random.nextInt(1_000_000)),
                Field.of("communeCode", CODE, true, () -> "HA_LAN"),
                Field.text("village", 200, true),
                Field.text("address", 500, true),
                Field.objects("members", 60, () -> List.of(memberBody("HEAD"), memberBody("SPOUSE")), member),
                Field.of("registeredOn", PAST_DATE, false, () -> null));
        List<Field> departure = List.of(
                Field.of("reason", ENUM, true, () -> "MOVED_OUT"),
                Field.of("date", PAST_DATE, true, () -> today().toString()),
                Field.of("newHeadMemberId", UUID, false, () -> null));
        List<Field> head = List.of(
                Field.of("memberId", UUID, true, () -> world.spouse().toString()),
                Field.of("date", PAST_DATE, true, () -> today().toString()));
        List<Field> voiding = List.of(Field.text("reason", 1000, true));
        List<Field> dated = List.of(Field.of("reason", ENUM, true, () -> "DISSOLVED"),
                Field.of("date", PAST_DATE, true, () -> today().toString()));
        List<Field> transfer = List.of(Field.of("toCommuneCode", CODE, true, () -> "BAC_SON"),
                Field.of("date", PAST_DATE, true, () -> today().toString()));
        List<Field> commune = List.of(
                Field.newCode("code", "[A-Z][A-Z0-9_]{0,63}", 64, true, () -> "HOSTILE_" + random.nextInt(1_000_000)),
                Field.text("name", 200, true),
                Field.of("kind", ENUM, true, () -> "COMMUNE"),
                Field.of("area", ENUM, true, () -> "RURAL"));
        List<Field> year = List.of(Field.number("households", INT, true, 0, 10_000_000, () -> 1000),
                Field.number("poorTargetEndOfYear", INT, true, 0, 10_000_000, () -> 10));
        List<Field> target = List.of(Field.of("code", ENUM, true, () -> "POOR_IN_SOLID_HOUSING"),
                Field.number("value", DECIMAL, true, 0, 100, () -> 80));
        List<Field> targets = List.of(Field.objects("targets", 100,
                () -> List.of(new LinkedHashMap<>(Map.of("code", "POOR_IN_SOLID_HOUSING", "value", 80))), target));
        String r = "/api/reviews/{review}";
        List<Field> review = List.of(
                Field.of("reviewId", UUID, false, () -> null),
                Field.of("communeCode", CODE, true, () -> "HA_LAN"),
                Field.number("year", INT, true, 1990, 2100, () -> 2025),
                Field.of("kind", ENUM, true, () -> "AD_HOC"),
                Field.of("openedOn", PAST_DATE, true, () -> "2025-06-20"));
        List<Field> listing = List.of(
                Field.of("householdId", UUID, true, () -> world.household().toString()),
                Field.of("reason", ENUM, true, () -> "APPLIED"));
        List<Field> survey = List.of(
                Field.of("surveyedOn", PAST_DATE, true, () -> "2025-07-01"),
                Field.number("incomePerCapitaMonthly", MONEY, true, 0, 0, () -> 1_200_000),
                Field.codes("deprivations", 20, true, () -> List.of("HOUSING_QUALITY")),
                Field.codes("causes", 20, true, () -> List.of("LACK_CAPITAL")),
                Field.of("hasWorkingMember", Field.Kind.BOOL, true, () -> true));
        List<Field> dispute = List.of(
                Field.of("householdId", UUID, true, () -> world.household().toString()),
                Field.text("note", 1000, true));
        List<Field> meeting = List.of(
                Field.of("meetingId", UUID, false, () -> null),
                Field.text("village", 200, true),
                Field.of("heldOn", PAST_DATE, true, () -> "2025-07-01"),
                Field.codes("attendees", 500, true, () -> List.of("Trưởng thôn Lê Văn Cường")),
                Field.codes("agreed", 5000, true, () -> List.of(world.household().toString())),
                Field.objects("disputed", 5000, () -> List.of(Map.of("householdId", world.foreign().toString(),
                        "note", "Không thống nhất")), dispute));
        List<Field> complaint = List.of(
                Field.of("complaintId", UUID, false, () -> null),
                Field.of("householdId", UUID, true, () -> world.household().toString()),
                Field.of("receivedOn", PAST_DATE, true, () -> "2025-07-04"),
                Field.text("summary", 2000, true));
        List<Field> resolution = List.of(
                Field.of("resolvedOn", PAST_DATE, true, () -> "2025-07-08"),
                Field.of("upheld", Field.Kind.BOOL, true, () -> false),
                Field.text("note", 2000, true));
        List<Field> decision = List.of(
                Field.of("decidedOn", PAST_DATE, true, () -> "2025-07-08"),
                Field.text("decisionNumber", 64, true));
        List<Field> pledge = List.of(Field.number("year", INT, true, today().getYear(), today().getYear() + 1,
                () -> today().getYear()));
        return List.of(
                endpoint("POST", "/api/communes", "admin", commune),
                endpoint("PUT", "/api/communes/{code}/years/{year}", "admin", year),
                endpoint("PUT", "/api/targets/{year}", "admin", targets),
                endpoint("POST", "/api/households", "worker", registration),
                endpoint("POST", h + "/members", "worker", joining),
                endpoint("POST", h + "/members/{member}/departure", "worker", departure),
                endpoint("POST", h + "/head", "worker", head),
                endpoint("POST", h + "/assessments", "worker", assessment),
                endpoint("POST", h + "/escape-pledges", "worker", pledge),
                endpoint("POST", h + "/loans", "worker", loan),
                endpoint("POST", h + "/loans/{loan}/repayments", "worker", List.of(
                        Field.number("amount", MONEY, true, 1, 0, () -> 1_000_000),
                        Field.of("paidOn", PAST_DATE, true, () -> "2018-06-15"))),
                endpoint("POST", h + "/health-insurance", "worker", card),
                endpoint("POST", h + "/assistance", "worker", assistance),
                endpoint("POST", h + "/loans/{loan}/voiding", "worker", voiding),
                endpoint("POST", h + "/loans/{loan}/repayments/{repayment}/voiding", "worker", voiding),
                endpoint("POST", h + "/health-insurance/{card}/voiding", "worker", voiding),
                endpoint("POST", h + "/assistance/{assistance}/voiding", "worker", voiding),
                endpoint("POST", h + "/assessments/{assessment}/voiding", "worker", voiding),
                endpoint("POST", h + "/transfer", "worker", transfer),
                endpoint("POST", h + "/closure", "worker", dated),
                endpoint("POST", "/api/admin/households/{household}/erasure", "admin", List.of(Field.text("reason", 1000, true))),
                endpoint("POST", "/api/reviews", "worker", review),
                endpoint("POST", r + "/households", "worker", listing),
                endpoint("POST", r + "/households/{household}/survey", "worker", survey),
                endpoint("POST", r + "/meetings", "worker", meeting),
                endpoint("POST", r + "/posting", "worker", List.of(Field.of("postedOn", PAST_DATE, true, () -> "2025-07-03"))),
                endpoint("POST", r + "/complaints", "worker", complaint),
                endpoint("POST", r + "/complaints/{complaint}/resolution", "worker", resolution),
                endpoint("POST", r + "/decision", "chair", decision),
                new Endpoint("POST", "/api/admin/projections/{projection}/rebuild", "admin", true, null, List.of()),
                new Endpoint("POST", "/api/admin/projections/rebuild", "worker", true, null, List.of()),
                new Endpoint("POST", "/api/admin/verify", "admin", true, null, List.of()));
    }

    private List<Endpoint> reads() {
        return List.of(
                read("/api/households/{household}", "worker"),
                read("/api/households/{household}/history", "auditor"),
                read("/api/poverty-list", "committee"),
                read("/api/statistics/communes", "committee"),
                read("/api/statistics/flows", "committee"),
                read("/api/statistics/deprivations", "committee"),
                read("/api/statistics/causes", "committee"),
                read("/api/escapes", "committee"),
                read("/api/audit/assistance", "auditor"),
                read("/api/audit/poverty-list", "auditor"),
                read("/api/audit/access", "auditor"),
                read("/api/targets/{year}", "committee"),
                read("/api/communes", "worker"),
                read("/api/admin/projections", "admin"),
                read("/actuator/prometheus", "admin"));
    }

    /** The valid query of each read, which the generator then spoils. */
    private static Map<String, String> queryOf(Endpoint endpoint) {
        Map<String, String> pages = Map.of("page", "0", "size", "10");
        Map<String, String> query = new LinkedHashMap<>();
        switch (endpoint.template()) {
            case "/api/households/{household}/history" -> query.put("asOf", "2030-01-01T00:00:00Z");
            case "/api/poverty-list" -> {
                query.putAll(Map.of("commune", "HA_LAN", "status", "POOR", "policyGroup", "POVERTY_REDUCTION"));
                query.putAll(pages);
            }
            case "/api/statistics/communes", "/api/statistics/flows" -> query.put("year", "2018");
            case "/api/statistics/deprivations" -> query.putAll(Map.of("year", "2018", "status", "POOR", "commune", "HA_LAN"));
            case "/api/statistics/causes" -> query.putAll(Map.of("year", "2018", "policyGroup", "POVERTY_REDUCTION",
                    "commune", "HA_LAN"));
            case "/api/escapes" -> {
                query.putAll(Map.of("year", "2018", "commune", "HA_LAN"));
                query.putAll(pages);
            }
            case "/api/audit/assistance" -> {
                query.putAll(Map.of("from", "2018-01-01", "to", "2018-12-31", "commune", "HA_LAN", "recordedBy", "worker",
                        "kind", "LOAN"));
                query.putAll(pages);
            }
            case "/api/audit/access" -> {
                query.putAll(Map.of("householdId", "00000000-0000-0000-0000-000000000000", "account", "worker",
                        "from", "2018-01-01", "to", "2018-12-31"));
                query.putAll(pages);
            }
            case "/api/audit/poverty-list" -> {
                query.putAll(Map.of("asOf", "2018-06-30T00:00:00Z", "commune", "HA_LAN", "status", "POOR"));
                query.putAll(pages);
            }
            default -> {
            }
        }
        return query;
    }

    private Endpoint endpoint(String method, String template, String account, List<Field> fields) {
        return new Endpoint(method, template, account, true, () -> {
            Map<String, Object> body = new LinkedHashMap<>();
            fields.forEach(f -> {
                Object value = f.valid().get();
                if (value != null) {
                    body.put(f.name(), value);
                }
            });
            return body;
        }, fields);
    }

    private static Endpoint read(String template, String account) {
        return new Endpoint("GET", template, account, false, null, List.of());
    }

    private static Map<String, Object> memberBody(String relation) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("fullName", relation.equals("HEAD") ? "Nguyễn Văn Hùng" : "Trần Thị Mai");
        member.put("sex", relation.equals("HEAD") ? "MALE" : "FEMALE");
        member.put("birthDate", "1970-01-01");
        member.put("relation", relation);
        return member;
    }

    private String path(String template, String replaced, String segment) {
        Map<String, String> values = Map.ofEntries(Map.entry("household", world.household().toString()),
                Map.entry("member", world.spouse().toString()), Map.entry("loan", world.loan().toString()),
                Map.entry("repayment", world.repayment().toString()), Map.entry("card", world.card().toString()),
                Map.entry("assistance", world.assistance().toString()),
                Map.entry("assessment", world.assessment().toString()), Map.entry("review", world.review().toString()),
                Map.entry("complaint", world.complaint().toString()), Map.entry("code", "HA_LAN"), Map.entry("year", "2019"),
                Map.entry("projection", encode(Field.HOSTILE_CODES.get(random.nextInt(Field.HOSTILE_CODES.size())))));
        String path = template;
        for (String placeholder : placeholders(template)) {
            path = path.replace("{" + placeholder + "}", placeholder.equals(replaced) ? segment : values.get(placeholder));
        }
        return path;
    }

    private static List<String> placeholders(String template) {
        List<String> names = new ArrayList<>();
        for (int at = template.indexOf('{'); at >= 0; at = template.indexOf('{', at + 1)) {
            names.add(template.substring(at + 1, template.indexOf('}', at)));
        }
        return names;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] bytes(Object body) {
        if (body instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return LedgerApi.JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shown(Object value) {
        String text = value == Field.MISSING ? "(missing)" : String.valueOf(value);
        return text.length() > 60 ? text.substring(0, 60) + "… (" + text.length() + " chars)" : text;
    }

    private static LocalDate today() {
        return LocalDate.now(BusinessCalendar.VIETNAM);
    }
}
