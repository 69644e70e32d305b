package vn.householdledger.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.householdledger.api.imports.ImportColumn;

/**
 * A commune's list at province scale, as a worker would bring it: {@code households} households of three
 * members each (head, spouse, child; one row each), the head's row carrying the household's last periodic
 * review (of 2023, under VN_2021_2025), one household in seven of an ethnic minority. Written as CSV
 * (semicolon separated, with its byte order mark) or as a workbook (streaming, as Excel would save it),
 * and kept between runs of the same size and seed.
 */
final class ImportList {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Bùi", "Đỗ", "Hà", "Quách", "Đinh"};
    private static final String[] GIVEN = {"An", "Bình", "Hoa", "Lan", "Mai", "Nam", "Sơn", "Thảo", "Tuấn", "Vân"};
    private static final String[] GROUPS = {"Mường", "Thái", "Dao", "Mông", "Tày", "Nùng"};
    private static final String[] DEPRIVATIONS = {"EMPLOYMENT", "HEALTH_INSURANCE", "HOUSING_QUALITY", "SANITARY_TOILET",
            "DOMESTIC_WATER", "TELECOM_USE", "INFORMATION_ASSETS"};
    private static final String[] CAUSES = {"LACK_CAPITAL", "LACK_LAND", "LACK_SKILLS", "LONG_ILLNESS", "MANY_DEPENDANTS"};
    private static final List<ImportColumn> COLUMNS = List.of(ImportColumn.CODE, ImportColumn.VILLAGE, ImportColumn.ADDRESS,
            ImportColumn.FULL_NAME, ImportColumn.RELATION, ImportColumn.SEX, ImportColumn.BIRTH_DATE, ImportColumn.NATIONAL_ID,
            ImportColumn.ETHNICITY, ImportColumn.DISABILITY, ImportColumn.MERITORIOUS_SERVICE, ImportColumn.REGISTERED_ON,
            ImportColumn.REVIEW_YEAR, ImportColumn.DECIDED_ON, ImportColumn.DECISION_NUMBER, ImportColumn.INCOME,
            ImportColumn.DEPRIVATIONS, ImportColumn.CAUSES, ImportColumn.HAS_WORKING_MEMBER);

    record Prepared(Path file, int households, int rows, long bytes) {
    }

    private ImportList() {
    }

    /** The list's file in {@code format} ({@code csv} or {@code xlsx}), generated unless an earlier run left it. */
    static Prepared prepare(Options options, String format) throws IOException {
        Path file = options.work().resolve("import-" + options.households() + "-" + options.seed() + "." + format);
        int rows = options.households() * 3;
        if (!Files.exists(file)) {
            Bench.log("Generating the list of " + options.households() + " households (" + rows + " rows) as " + file);
            Path partial = Files.createTempFile(options.work(), "import-", "." + format);
            if (format.equals("csv")) {
                csv(options, partial);
            } else {
                xlsx(options, partial);
            }
            Files.move(partial, file);
        }
        return new Prepared(file, options.households(), rows, Files.size(file));
    }

    private static void csv(Options options, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').get());
            printer.printRecord(COLUMNS.stream().map(ImportColumn::header).toList());
            rows(options, printer::printRecord);
            printer.flush();
        }
    }

    private static void xlsx(Options options, Path file) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try (OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Danh sách");
            write(sheet.createRow(0), COLUMNS.stream().map(ImportColumn::header).toList());
            int[] next = {1};
            rows(options, cells -> write(sheet.createRow(next[0]++), cells));
            book.write(out);
        } finally {
            book.close();
        }
    }

    private static void write(Row row, List<?> cells) {
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value instanceof Number number) {
                row.createCell(c).setCellValue(number.doubleValue());
            } else if (value != null && !value.toString().isEmpty()) {
                row.createCell(c).setCellValue(value.toString());
            }
        }
    }

    @FunctionalInterface
    private interface Rows {
        void add(List<?> cells) throws IOException;
    }

    /** Each household's three rows; the household's own values on the head's row only. */
    private static void rows(Options options, Rows out) throws IOException {
        SplittableRandom random = new SplittableRandom(options.seed());
        for (int h = 0; h < options.households(); h++) {
            String code = "NK-" + String.format("%06d", h);
            String family = FAMILY[random.nextInt(FAMILY.length)];
            String group = random.nextInt(7) == 0 ? GROUPS[random.nextInt(GROUPS.length)] : "Kinh";
            int village = 1 + random.nextInt(20);
            boolean poor = random.nextInt(3) > 0;
            List<String> lacking = new ArrayList<>(Arrays.asList(DEPRIVATIONS));
            java.util.Collections.shuffle(lacking, new java.util.Random(random.nextLong()));
            LocalDate decided = LocalDate.of(2023, 12, 1 + random.nextInt(14));
            out.add(Arrays.asList(code, "Thôn " + village, "Số " + (1 + random.nextInt(300)) + ", thôn " + village,
                    family + " Văn " + GIVEN[random.nextInt(GIVEN.length)], "chủ hộ", "nam",
                    LocalDate.of(1950 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28)).toString(),
                    nationalId(h, 0), group, random.nextInt(20) == 0 ? "có" : "không", random.nextInt(30) == 0 ? "có" : "",
                    "", 2023, decided.toString(), "QĐ-" + village + "/2023", 600_000 + 50_000 * random.nextInt(18),
                    String.join(";", lacking.subList(0, poor ? 3 + random.nextInt(2) : random.nextInt(3))),
                    CAUSES[random.nextInt(CAUSES.length)], random.nextInt(10) == 0 ? "không" : "có"));
            out.add(Arrays.asList(code, "", "", "Lê Thị " + GIVEN[random.nextInt(GIVEN.length)], "vợ", "nữ",
                    LocalDate.of(1952 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28)).toString(),
                    nationalId(h, 1), group, "", "", "", "", "", "", "", "", "", ""));
            out.add(Arrays.asList(code, "", "", family + " Thị " + GIVEN[random.nextInt(GIVEN.length)], "con",
                    random.nextBoolean() ? "nam" : "nữ", Integer.toString(2005 + random.nextInt(18)), "", group,
                    "", "", "", "", "", "", "", "", "", ""));
        }
    }

    /** An id of province code 099, which the generated history (038) never uses. */
    private static String nationalId(int household, int member) {
        return "099" + String.format("%09d", household * 2 + member);
    }
}
