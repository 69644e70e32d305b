package vn.householdledger.standalone.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.Problems.assertInvalid;
import static vn.householdledger.standalone.Problems.assertProblem;
import static vn.householdledger.standalone.imports.ListFile.head;
import static vn.householdledger.standalone.imports.ListFile.memberRow;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.imports.ImportColumn;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/**
 * {@code POST /api/imports} over HTTP with real files: good rows come in as households through the
 * commands (their events naming the import), each kind of bad row is refused with why in Vietnamese and
 * writes nothing, a dry run writes nothing at all, the same file twice writes nothing the second time, the
 * refused rows come back as sent and are accepted once mended, and a file that is not a table or a worker
 * of another commune is refused before anything is kept.
 */
class ImportApiTest extends ApiTest {

    private static final LocalDate DECIDED = LocalDate.of(2019, 12, 10);
    private Uploads uploads;

    @BeforeEach
    void uploads() {
        uploads = new Uploads(port, api);
    }

    /** Two households of Hà Lan: a woman of the Mường with her husband and a child born in a year alone, and a man of the Kinh. */
    private static ListFile twoHouseholds(String first, String second) {
        return ListFile.everyColumn().add(
                head(first, "Bùi Thị Lan", "nữ", uniqueNationalId(), 2019, DECIDED, 600_000, "HEALTH_INSURANCE;HOUSING_QUALITY",
                        "LACK_CAPITAL;LACK_LAND", "có"),
                memberRow(first, "Quách Văn Tư", "chồng", "nam", "1966-07-02", uniqueNationalId())
                        .set(ImportColumn.ETHNICITY, "muong").set(ImportColumn.DISABILITY, "có"),
                memberRow(first, "Quách Thị Mai", "con", "Nữ", "2010", null),
                head(second, "Nguyễn Văn Nam", "nam", uniqueNationalId(), 2019, DECIDED, 950_000, "", "LACK_LABOUR", "không")
                        .set(ImportColumn.ETHNICITY, "Kinh").set(ImportColumn.MERITORIOUS_SERVICE, "")
                        .set(ImportColumn.REGISTERED_ON, null).set(ImportColumn.DECISION_NUMBER, null));
    }

    private String started(LedgerApi.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(202);
        return response.json().get("importId").asText();
    }

    private JsonNode imported(String fileName, byte[] file, boolean dryRun) {
        JsonNode run = uploads.ended("worker", started(uploads.send("worker", fileName, file, HA_LAN, Boolean.toString(dryRun))));
        assertThat(run.get("state").asText()).as(run.toString()).isEqualTo("DONE");
        return run;
    }

    private Map<String, JsonNode> households(String importId) {
        Map<String, JsonNode> byCode = new LinkedHashMap<>();
        api.as("worker").get("/api/imports/" + importId + "/households?size=1000").json().get("items")
                .forEach(h -> byCode.put(h.get("code").asText(), h));
        return byCode;
    }

    private List<CSVRecord> refusedCsv(String importId, char delimiter) throws IOException {
        byte[] file = uploads.download("worker", "/api/imports/" + importId + "/refused?format=csv");
        assertThat(file[0] & 0xFF).as("the byte order mark Excel reads UTF-8 by").isEqualTo(0xEF);
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(file, 3, file.length - 3), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(reader).getRecords();
        }
    }

    private long eventsOfImport(String importId) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM event_store.domain_event_entry
                 WHERE convert_from(meta_data, 'UTF8')::jsonb ->> 'importId' = ?""", Long.class, importId);
    }

    private boolean codeHeld(String code) {
        return jdbc.queryForObject("SELECT count(*) FROM command_side.household_code WHERE code = ?", Long.class, code) > 0;
    }

    @Test
    void aCsvOfGoodRowsBringsEachHouseholdInThroughTheCommandsWithItsMembersAttributesAndItsLastReview() {
        String first = uniqueCode("NK");
        String second = uniqueCode("NK");
        byte[] file = twoHouseholds(first, second).csv(';', true);

        JsonNode run = imported("danh-sach.csv", file, false);

        assertThat(run.get("rows").asInt()).isEqualTo(4);
        assertThat(run.get("rowsTotal").asInt()).isEqualTo(4);
        assertThat(run.get("households").asInt()).isEqualTo(2);
        assertThat(run.get("accepted").asInt()).isEqualTo(2);
        assertThat(run.get("unchanged").asInt()).isZero();
        assertThat(run.get("refused").asInt()).isZero();
        assertThat(run.get("communeCode").asText()).isEqualTo(HA_LAN);
        assertThat(run.get("dryRun").asBoolean()).isFalse();
        assertThat(run.get("recordedBy").asText()).isEqualTo("worker");
        assertThat(run.get("rowsPerSecond").asDouble()).isPositive();
        assertThat(run.get("finishedAt").asText()).isNotBlank();
        String importId = run.get("importId").asText();
        Map<String, JsonNode> households = households(importId);
        assertThat(households.values()).extracting(h -> h.get("outcome").asText()).containsOnly("ACCEPTED");

        JsonNode lan = api.as("worker").consistent().get("/api/households/" + households.get(first).get("householdId").asText()).json();
        assertThat(lan.get("code").asText()).isEqualTo(first);
        assertThat(lan.get("registeredOn").asText()).isEqualTo("2016-03-01");
        assertThat(lan.get("headName").asText()).isEqualTo("Bùi Thị Lan");
        assertThat(lan.get("status").asText()).isEqualTo("POOR");
        assertThat(lan.get("lastAssessment").get("year").asInt()).isEqualTo(2019);
        assertThat(lan.get("lastAssessment").get("assessedOn").asText()).isEqualTo("2019-12-10");
        assertThat(lan.get("causes")).extracting(JsonNode::asText).containsExactly("LACK_CAPITAL", "LACK_LAND");
        assertThat(lan.get("members")).hasSize(3);
        JsonNode husband = memberNamed(lan, "Quách Văn Tư");
        assertThat(husband.get("relation").asText()).isEqualTo("SPOUSE");
        assertThat(husband.get("ethnicity").asText()).isEqualTo("06");
        assertThat(husband.get("ethnicityName").asText()).isEqualTo("Mường");
        assertThat(husband.get("disability").asText()).isEqualTo("YES");
        assertThat(husband.get("meritoriousService").asText()).isEqualTo("UNKNOWN");
        JsonNode child = memberNamed(lan, "Quách Thị Mai");
        assertThat(child.get("birthDate").asText()).isEqualTo("2010-01-01");
        assertThat(child.get("sex").asText()).isEqualTo("FEMALE");
        assertThat(lan.get("traits").get("femaleHeaded").asText()).isEqualTo("YES");
        assertThat(lan.get("traits").get("ethnicMinority").asText()).isEqualTo("YES");
        assertThat(lan.get("traits").get("disability").asText()).isEqualTo("YES");
        assertThat(lan.get("traits").get("meritoriousService").asText()).isEqualTo("YES");

        JsonNode nam = api.as("worker").consistent().get("/api/households/" + households.get(second).get("householdId").asText()).json();
        assertThat(nam.get("registeredOn").asText()).as("registered as of its review's decision").isEqualTo("2019-12-10");
        assertThat(nam.get("policyGroup").asText()).isEqualTo("SOCIAL_PROTECTION");
        assertThat(nam.get("traits").get("ethnicMinority").asText()).isEqualTo("NO");

        List<Map<String, Object>> events = jdbc.queryForList("""
                SELECT payload_type, convert_from(payload, 'UTF8')::jsonb AS payload, convert_from(meta_data, 'UTF8')::jsonb AS meta
                  FROM event_store.domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""",
                households.get(first).get("householdId").asText());
        assertThat(events).extracting(e -> e.get("payload_type").toString().replaceAll(".*\\.", ""))
                .containsExactly("HouseholdRegistered", "HouseholdAssessed", "HouseholdBecamePoor");
        for (Map<String, Object> event : events) {
            JsonNode meta = json(event.get("meta"));
            assertThat(meta.get("provenance").asText()).isEqualTo("import");
            assertThat(meta.get("importId").asText()).isEqualTo(importId);
            assertThat(meta.get("recordedBy").asText()).isEqualTo("worker");
            assertThat(meta.get("clientAddress").asText()).isNotBlank();
            assertThat(meta.get("requestId").asText()).isNotBlank();
        }
        JsonNode assessed = json(events.get(1).get("payload"));
        assertThat(assessed.get("kind").asText()).isEqualTo("PERIODIC");
        assertThat(assessed.get("decisionNumber").asText()).isEqualTo("QĐ 2019/UBND");
        assertThat(eventsOfImport(importId)).as("three of the poor household, two of the near-poor one").isEqualTo(5);
    }

    @Test
    void aWorkbookOfGoodRowsWithTitleRowsDateCellsAndNumbersIsBroughtInAsACsvIs() {
        String first = uniqueCode("NX");
        String second = uniqueCode("NX");

        JsonNode run = imported("Danh sách hộ nghèo.xlsx", twoHouseholds(first, second).xlsx(), false);

        assertThat(run.get("rows").asInt()).isEqualTo(4);
        assertThat(run.get("accepted").asInt()).isEqualTo(2);
        Map<String, JsonNode> households = households(run.get("importId").asText());
        assertThat(households.get(first).get("firstRow").asInt()).as("the row a spreadsheet shows, below its title").isEqualTo(4);
        assertThat(households.get(first).get("lastRow").asInt()).isEqualTo(6);
        JsonNode lan = api.as("worker").consistent().get("/api/households/" + households.get(first).get("householdId").asText()).json();
        assertThat(lan.get("registeredOn").asText()).isEqualTo("2016-03-01");
        assertThat(lan.get("lastAssessment").get("incomePerCapitaMonthly").asLong()).isEqualTo(600_000);
        assertThat(memberNamed(lan, "Bùi Thị Lan").get("birthDate").asText()).isEqualTo("1969-03-08");
    }

    @Test
    void eachKindOfBadRowIsRefusedWithWhyAndWritesNothingWhileTheGoodHouseholdComesIn() throws IOException {
        String good = uniqueCode("OK");
        String held = uniqueCode("HELD");
        String heldId = uniqueNationalId();
        api.as("worker").post("/api/households", Map.of("code", held, "communeCode", HA_LAN, "village", "Thôn Tây",
                "address", "Số 1, thôn Tây", "registeredOn", "2016-03-01",
                "members", List.of(member("Lê Văn Cũ", "MALE", "1950-01-01", "HEAD", heldId))));
        String otherId = uniqueNationalId();
        api.as("worker").post("/api/households", Map.of("code", uniqueCode("OTHER"), "communeCode", HA_LAN, "village", "Thôn Tây",
                "address", "Số 2, thôn Tây", "registeredOn", "2016-03-01",
                "members", List.of(member("Lê Văn Khác", "MALE", "1951-01-01", "HEAD", otherId))));
        String shared = uniqueNationalId();
        Map<String, String> expected = new LinkedHashMap<>();
        ListFile file = ListFile.everyColumn();
        file.add(headOf(good));
        String[] codes = new String[16];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = uniqueCode("BAD" + i);
        }
        file.add(headOf(codes[0]), memberRow(codes[0], "", "con", "nam", "2001-01-01", null));
        expected.put(codes[0], "thiếu họ tên");
        file.add(headOf(codes[1]).set(ImportColumn.SEX, "x"));
        expected.put(codes[1], "giới tính \"x\" không hợp lệ");
        file.add(headOf(codes[2]).set(ImportColumn.BIRTH_DATE, "31/02/1990"));
        expected.put(codes[2], "ngày sinh \"31/02/1990\" không phải ngày");
        file.add(headOf(codes[3]).set(ImportColumn.ETHNICITY, "Người Sao Hoả"));
        expected.put(codes[3], "không có trong danh mục 54 dân tộc");
        file.add(headOf(codes[4]).set(ImportColumn.RELATION, "ông"));
        expected.put(codes[4], "quan hệ \"ông\" không hợp lệ");
        file.add(headOf(codes[5]), memberRow(codes[5], "Bùi Văn Hai", "chủ hộ", "nam", "1970-01-01", null));
        expected.put(codes[5], "đúng một chủ hộ");
        file.add(headOf(codes[6]), memberRow(codes[6], "Lê Thị Trùng", "vợ", "nữ", "1972-01-01", otherId));
        expected.put(codes[6], "số định danh đã thuộc một thành viên của hộ khác");
        file.add(headOf(codes[7]).set(ImportColumn.CAUSES, "LACK_CAPITAL;LACK_LAND;LACK_SKILLS"));
        expected.put(codes[7], "nhiều nhất hai nguyên nhân");
        file.add(headOf(codes[8]).set(ImportColumn.DEPRIVATIONS, "NUTRITION"));
        expected.put(codes[8], "không phải chỉ số của chuẩn VN_2016_2020");
        file.add(headOf(codes[9]).set(ImportColumn.DECIDED_ON, LocalDate.of(2021, 3, 1)));
        expected.put(codes[9], "ngày quyết định phải trong năm rà soát 2019");
        file.add(headOf(codes[10]).set(ImportColumn.REGISTERED_ON, LocalDate.now().plusDays(40)));
        expected.put(codes[10], "ngày đăng ký không được sau ngày hôm nay");
        file.add(headOf(codes[11]).set(ImportColumn.INCOME, "sáu trăm nghìn"));
        expected.put(codes[11], "không phải số đồng");
        file.add(headOf(codes[12]).set(ImportColumn.NATIONAL_ID, shared));
        file.add(headOf(codes[13]).set(ImportColumn.NATIONAL_ID, shared));
        expected.put(codes[12], "cũng có ở hộ " + codes[13] + " trong tệp");
        expected.put(codes[13], "cũng có ở hộ " + codes[12] + " trong tệp");
        file.add(headOf(codes[14]), headOf(codes[15]), memberRow(codes[14], "Bùi Văn Lạc", "con", "nam", "2003-05-05", null));
        expected.put(codes[14], "các dòng của hộ " + codes[14] + " không liền nhau");
        file.add(headOf(held).set(ImportColumn.NATIONAL_ID, heldId));
        expected.put(held, "đã có trong sổ, khác ở");
        file.add(headOf(null));
        long before = eventCount();

        JsonNode run = imported("sai.csv", file.csv(',', false), false);

        assertThat(run.get("accepted").asInt()).as(run.toString()).isEqualTo(2);
        assertThat(run.get("refused").asInt()).as("each refused household, the two apart of one code, the row without a code")
                .isEqualTo(expected.size() + 2);
        String importId = run.get("importId").asText();
        Map<String, JsonNode> households = households(importId);
        assertThat(households.get(good).get("outcome").asText()).isEqualTo("ACCEPTED");
        assertThat(households.get(codes[15]).get("outcome").asText()).as("between the rows of another").isEqualTo("ACCEPTED");
        List<CSVRecord> refused = refusedCsv(importId, ',');
        int reason = refused.get(0).size() - 1;
        assertThat(refused.get(0).get(reason)).isEqualTo("lỗi");
        Map<String, String> reasons = new LinkedHashMap<>();
        refused.stream().skip(1).forEach(row -> reasons.merge(row.get(0), row.get(reason), (a, b) -> a + " | " + b));
        expected.forEach((code, why) -> {
            assertThat(households.get(code).get("outcome").asText()).as(code).isEqualTo("REFUSED");
            assertThat(reasons.get(code)).as("why %s was refused", code).contains(why);
            assertThat(codeHeld(code)).as("%s written", code).isEqualTo(code.equals(held));
        });
        assertThat(reasons.get("")).contains("thiếu mã hộ");
        assertThat(eventCount() - before).as("the events of the two households accepted, no more").isEqualTo(eventsOfImport(importId))
                .isEqualTo(6);
    }

    @Test
    void aDryRunSaysWhatTheImportWouldDoAndWritesNothing() {
        String first = uniqueCode("DRY");
        String second = uniqueCode("DRY");
        ListFile file = twoHouseholds(first, second);
        file.add(headOf(uniqueCode("DRY")).set(ImportColumn.SEX, "?"));
        long events = eventCount();
        long lookups = jdbc.queryForObject("SELECT count(*) FROM command_side.household_code", Long.class);

        JsonNode dry = imported("thu.csv", file.csv(',', true), true);

        assertThat(dry.get("dryRun").asBoolean()).isTrue();
        assertThat(dry.get("accepted").asInt()).isEqualTo(2);
        assertThat(dry.get("refused").asInt()).isEqualTo(1);
        assertThat(eventCount()).isEqualTo(events);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM command_side.household_code", Long.class)).isEqualTo(lookups);
        assertThat(eventsOfImport(dry.get("importId").asText())).isZero();
        assertThat(households(dry.get("importId").asText()).get(first).get("householdId").isNull()).isTrue();

        JsonNode real = imported("that.csv", file.csv(',', true), false);

        assertThat(real.get("accepted").asInt()).isEqualTo(dry.get("accepted").asInt());
        assertThat(real.get("refused").asInt()).isEqualTo(dry.get("refused").asInt());
        assertThat(codeHeld(first)).isTrue();
    }

    @Test
    void theSameFileSentTwiceWritesNothingTheSecondTimeWhateverItsFormat() {
        String first = uniqueCode("TWICE");
        String second = uniqueCode("TWICE");
        ListFile file = twoHouseholds(first, second);
        JsonNode once = imported("lan-1.csv", file.csv(',', false), false);
        assertThat(once.get("accepted").asInt()).isEqualTo(2);
        long events = eventCount();

        JsonNode again = imported("lan-2.csv", file.csv(',', false), false);
        JsonNode asWorkbook = imported("lan-3.xlsx", file.xlsx(), false);

        for (JsonNode run : List.of(again, asWorkbook)) {
            assertThat(run.get("unchanged").asInt()).as(run.toString()).isEqualTo(2);
            assertThat(run.get("accepted").asInt()).isZero();
            assertThat(run.get("refused").asInt()).isZero();
        }
        assertThat(eventCount()).isEqualTo(events);
        assertThat(households(again.get("importId").asText()).get(first).get("householdId").asText())
                .isEqualTo(households(once.get("importId").asText()).get(first).get("householdId").asText());
    }

    @Test
    void aFileSentAgainWithItsIdempotencyKeyAnswersTheImportItStartedAndAnotherFileWithTheKeyIsRefused() {
        String key = UUID.randomUUID().toString();
        byte[] file = twoHouseholds(uniqueCode("KEY"), uniqueCode("KEY")).csv(',', false);
        String first = started(uploads.send("worker", "mot-lan.csv", file, HA_LAN, "false", key));
        long runs = jdbc.queryForObject("SELECT count(*) FROM command_side.import_run", Long.class);

        String again = started(uploads.send("worker", "mot-lan.csv", file, HA_LAN, "false", key));
        assertProblem(uploads.send("worker", "mot-lan.csv", file, HA_LAN, "true", key), 422);

        assertThat(again).isEqualTo(first);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM command_side.import_run", Long.class)).isEqualTo(runs);
        assertThat(uploads.ended("worker", first).get("accepted").asInt()).isEqualTo(2);
    }

    @Test
    void theRefusedRowsComeBackAsSentAndAreAcceptedOnceMended() throws IOException {
        String code = uniqueCode("MEND");
        ListFile file = ListFile.everyColumn().add(headOf(code), memberRow(code, "Bùi Văn Út", "con", "trai", "2005-09-09", null));
        String importId = imported("can-sua.csv", file.csv(';', true), false).get("importId").asText();

        List<CSVRecord> refused = refusedCsv(importId, ';');
        List<String> sentHeader = java.util.Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList();
        assertThat(refused.get(0).toList()).containsExactlyElementsOf(concat(sentHeader, "lỗi"));
        assertThat(refused).hasSize(3);
        assertThat(refused.get(1).get(0)).isEqualTo(code);
        assertThat(refused.get(1).get(sentHeader.size())).startsWith("cùng hộ " + code);
        assertThat(refused.get(2).toList().subList(0, sentHeader.size())).as("exactly as sent")
                .isEqualTo(rowAsSent(file, 1, sentHeader));
        assertThat(refused.get(2).get(sentHeader.size())).contains("giới tính \"trai\"");

        byte[] workbook = uploads.download("worker", "/api/imports/" + importId + "/refused?format=xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Row row = book.getSheetAt(0).getRow(2);
            assertThat(new DataFormatter().formatCellValue(row.getCell(sentHeader.size()))).contains("giới tính");
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(code);
        }

        StringBuilder mended = new StringBuilder();
        CSVFormat semicolons = CSVFormat.DEFAULT.builder().setDelimiter(';').get();
        for (CSVRecord row : refused) {
            List<String> cells = new ArrayList<>(row.toList());
            if (row.getRecordNumber() == 3) {
                cells.set(sentHeader.indexOf("giới tính"), "nam");
            }
            mended.append(semicolons.format(cells.toArray())).append("\r\n");
        }
        JsonNode again = imported("da-sua.csv", mended.toString().getBytes(StandardCharsets.UTF_8), false);

        assertThat(again.get("accepted").asInt()).as(again.toString()).isEqualTo(1);
        assertThat(again.get("rows").asInt()).isEqualTo(2);
        assertThat(codeHeld(code)).isTrue();
    }

    /** CWE-1236: the refused rows' file holds a name typed as a formula after a quote, and sent again it records what was typed. */
    @Test
    void aNameTypedAsAFormulaComesBackAsTextAndIsRecordedAsTypedOnceMended() throws IOException {
        String code = uniqueCode("CELL");
        String formula = "=HYPERLINK(\"http://x\",\"y\")";
        ListFile file = ListFile.everyColumn().add(headOf(code), memberRow(code, formula, "con", "trai", "2005-09-09", null));
        String importId = imported("cong-thuc.csv", file.csv(',', true), false).get("importId").asText();
        int name = List.of(ImportColumn.values()).indexOf(ImportColumn.FULL_NAME);

        List<CSVRecord> refused = refusedCsv(importId, ',');
        assertThat(refused.get(2).get(name)).isEqualTo("'" + formula);
        byte[] workbook = uploads.download("worker", "/api/imports/" + importId + "/refused?format=xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertThat(book.getSheetAt(0).getRow(2).getCell(name).getStringCellValue()).isEqualTo("'" + formula);
        }

        StringBuilder mended = new StringBuilder();
        for (CSVRecord row : refused) {
            List<String> cells = new ArrayList<>(row.toList());
            if (row.getRecordNumber() == 3) {
                cells.set(List.of(ImportColumn.values()).indexOf(ImportColumn.SEX), "nam");
            }
            mended.append(CSVFormat.DEFAULT.format(cells.toArray())).append("\r\n");
        }
        String again = imported("da-sua.csv", mended.toString().getBytes(StandardCharsets.UTF_8), false).get("importId").asText();
        JsonNode household = api.as("worker").consistent()
                .get("/api/households/" + households(again).get(code).get("householdId").asText()).json();
        assertThat(memberNamed(household, formula).get("relation").asText()).isEqualTo("CHILD");
    }

    @Test
    void aFileThatIsNotATableOfTheImportsColumnsIsRefusedAndNothingIsKept() {
        long events = eventCount();
        long runs = jdbc.queryForObject("SELECT count(*) FROM command_side.import_run", Long.class);
        byte[] otherTable = new ListFile(List.of("STT", "Họ và tên", "Ghi chú")).add(new ListFile.Member().set("STT", 1))
                .csv(',', false);

        assertInvalid(uploads.send("worker", "bang-khac.csv", otherTable, HA_LAN, "false"), "file");
        assertInvalid(uploads.send("worker", "thieu-cot.csv", new ListFile(List.of("mã hộ", "họ tên", "quan hệ"))
                .csv(',', false), HA_LAN, "false"), "file");
        assertInvalid(uploads.send("worker", "hong.xlsx", "PK\u0003\u0004 not a workbook".getBytes(StandardCharsets.ISO_8859_1),
                HA_LAN, "false"), "file");
        assertInvalid(uploads.send("worker", "anh.xlsx", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, HA_LAN, "false"), "file");
        assertInvalid(uploads.send("worker", "ghi-chu.txt", "mã hộ,họ tên".getBytes(StandardCharsets.UTF_8), HA_LAN, "false"), "file");
        assertInvalid(uploads.send("worker", "rong.csv", new byte[0], HA_LAN, "false"), "file");
        assertInvalid(uploads.send("worker", "windows-1258.csv", "mã hộ".getBytes(java.nio.charset.Charset.forName("windows-1258")),
                HA_LAN, "false"), "file");
        assertProblem(uploads.send("worker", "khong-co-tep.csv", null, HA_LAN, "false"), 400);
        assertProblem(uploads.send("worker", "a.csv", otherTable, HA_LAN, "có lẽ"), 400);
        assertProblem(uploads.send("worker", "a.csv", twoHouseholds(uniqueCode("X"), uniqueCode("X")).csv(',', false),
                "KHONG_CO", "false"), 403);

        assertThat(eventCount()).isEqualTo(events);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM command_side.import_run", Long.class)).isEqualTo(runs);
    }

    @Test
    void aWorkerOfAnotherCommuneMayNeitherImportIntoItNorReadItsImports() {
        long events = eventCount();
        byte[] file = twoHouseholds(uniqueCode("QT"), uniqueCode("QT")).csv(',', false);

        assertProblem(uploads.send("other", "quang-trung.csv", file, HA_LAN, "false"), 403);
        assertProblem(uploads.send("auditor", "quang-trung.csv", file, HA_LAN, "true"), 403);
        String importId = started(uploads.send("worker", "ha-lan.csv", file, HA_LAN, "true"));
        assertProblem(api.as("other").get("/api/imports/" + importId), 403);
        assertProblem(api.as("other").get("/api/imports/" + importId + "/refused"), 403);
        assertProblem(api.as("worker").get("/api/imports/" + UUID.randomUUID()), 404);
        uploads.ended("worker", importId);

        assertThat(eventCount()).isEqualTo(events);
    }

    private static ListFile.Member headOf(String code) {
        return head(code, "Bùi Văn " + (code == null ? "Không Mã" : code), "nam", uniqueNationalId(), 2019, DECIDED, 600_000,
                "HEALTH_INSURANCE", "LACK_CAPITAL", "có");
    }

    private static JsonNode memberNamed(JsonNode household, String name) {
        for (JsonNode member : household.get("members")) {
            if (member.get("fullName").asText().equals(name)) {
                return member;
            }
        }
        throw new AssertionError("No member " + name + " in " + household);
    }

    private static JsonNode json(Object value) {
        try {
            return LedgerApi.JSON.readTree(value.toString());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> rowAsSent(ListFile file, int index, List<String> headers) {
        return headers.stream().map(h -> {
            Object value = file.rows().get(index).cells.get(h);
            return value == null ? "" : value.toString();
        }).toList();
    }

    private static List<String> concat(List<String> list, String last) {
        List<String> all = new ArrayList<>(list);
        all.add(last);
        return all;
    }
}
