package vn.householdledger.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+84 912", "-2+3", "@SUM(A1)", "\tcmd", "\r=1"})
    void aTextAProgramWouldRunIsWrittenAfterAQuote(String typed) {
        assertThat(CellText.neutralised(typed)).isEqualTo("'" + typed);
        assertThat(CellText.restored(CellText.neutralised(typed))).isEqualTo(typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nguyễn Văn Đạt", "HL-0042", "600000", "'quoted", " =leading space", ""})
    void anyOtherTextIsWrittenAsItIs(String typed) {
        assertThat(CellText.neutralised(typed)).isEqualTo(typed);
        assertThat(CellText.restored(typed)).isEqualTo(typed);
    }
}
