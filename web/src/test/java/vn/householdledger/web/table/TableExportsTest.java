package vn.householdledger.web.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.web.Formats;

/** One table, three ways: as the page writes it, as a spreadsheet and as CSV. */
class TableExportsTest {

    private final StaticMessageSource messages = new StaticMessageSource();
    private final Formats fmt = new Formats(messages, Clock.system(BusinessCalendar.VIETNAM));
    private final TableExports exports = new TableExports(fmt);
    private final Table table;

    TableExportsTest() {
        Locale vi = Locale.forLanguageTag("vi");
        messages.addMessage("status.POOR", vi, "Hộ nghèo");
        LocaleContextHolder.setLocale(vi);
        table = Table.builder("list", "Danh sách")
                .columns(Column.text("Mã hộ"), Column.code("Tình trạng", "status"), Column.money("Dư nợ"),
                        Column.percent("Tỷ lệ"), Column.date("Từ ngày"), Column.number("Số hộ"))
                .row("/households/1", "HL-001", "POOR", 12_000_000L, new BigDecimal("3.69"), LocalDate.of(2018, 3, 15), 15_883L)
                .total("Cộng", null, 12_000_000L, null, null, 15_883L)
                .build();
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void thePageWritesVietnameseDatesMoneyAndRates() {
        List<Column> c = table.columns();
        List<Object> row = table.rows().get(0).cells();
        assertThat(fmt.cell(row.get(1), c.get(1))).isEqualTo("Hộ nghèo");
        assertThat(fmt.cell(row.get(2), c.get(2))).isEqualTo("12.000.000 đ");
        assertThat(fmt.cell(row.get(3), c.get(3))).isEqualTo("3,69 %");
        assertThat(fmt.cell(row.get(4), c.get(4))).isEqualTo("15/03/2018");
        assertThat(fmt.cell(row.get(5), c.get(5))).isEqualTo("15.883");
    }

    @Test
    void theSpreadsheetHoldsNumbersAsNumbersAndDatesAsDates() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(List.of(table))))) {
            Sheet sheet = book.getSheet("Danh sách");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã hộ");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Hộ nghèo");
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(12_000_000.0);
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(3.69);
            assertThat(sheet.getRow(1).getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2018, 3, 15));
            assertThat(new DataFormatter(Locale.ROOT).formatCellValue(sheet.getRow(1).getCell(4))).isEqualTo("15/03/2018");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Cộng");
        }
    }

    @Test
    void theCsvHasAByteOrderMarkVietnameseHeadersAndPlainNumbers() {
        String csv = new String(exports.csv(table), StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).containsExactly(
                "\uFEFFMã hộ,Tình trạng,Dư nợ,Tỷ lệ,Từ ngày,Số hộ",
                "HL-001,Hộ nghèo,12000000,3.69,15/03/2018,15883",
                "Cộng,,12000000,,,15883");
    }
}
