package vn.householdledger.standalone.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.erasure.Personal;
import vn.householdledger.standalone.erasure.ErasedHousehold;

/**
 * An erased household on the pages, in Chromium: its case and its history read {@code đã xoá} where its
 * names, national id and address were, and the poverty list's CSV and xlsx of a day it was listed name
 * its code but not its head.
 */
class ErasurePagesBrowserTest extends BrowserTest {

    @Test
    void anErasedHouseholdsCaseHistoryAndExportsShowNoPersonalData() throws Exception {
        ErasedHousehold h = ErasedHousehold.registerAndClose(api);
        browser.signIn("worker");
        browser.open("/households/" + h.id());
        assertThat(browser.text("main")).as("the case before its erasure").contains(h.headName());

        assertThat(api.as("admin").post("/api/admin/households/" + h.id() + "/erasure", Map.of("reason", "Yêu cầu của chủ hộ"))
                .status()).isEqualTo(200);
        api.as("auditor").consistent().get("/api/households/" + h.id());

        browser.open("/households/" + h.id());
        assertThat(browser.text("table[data-table=members]")).contains(Personal.ERASED);
        assertThat(browser.text("main")).contains(h.code()).doesNotContain(personal(h));
        browser.signIn("auditor");
        browser.open("/households/" + h.id() + "/history");
        assertThat(browser.text("table[data-table=timeline]")).contains("Đăng ký hộ")
                .contains("Xoá dữ liệu cá nhân").contains("Yêu cầu của chủ hộ").doesNotContain(personal(h));

        String list = "/poverty-list?commune=HA_LAN&on=31/12/2017&export=";
        HttpResponse<byte[]> csv = browser.download(list + "csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains(h.code() + ",")
                .contains(Personal.ERASED).doesNotContain(personal(h));
        HttpResponse<byte[]> xlsx = browser.download(list + "xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            StringBuilder cells = new StringBuilder();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell).append('\n')));
            assertThat(cells.toString()).contains(h.code()).contains(Personal.ERASED).doesNotContain(personal(h));
        }
    }

    private static String[] personal(ErasedHousehold h) {
        return h.personal().toArray(String[]::new);
    }
}
