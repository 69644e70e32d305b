package vn.householdledger.api.imports;

/**
 * The columns of an import's table, one row per member, by their Vietnamese headers (in any order; a
 * column the table does not know is kept as sent and otherwise left alone). The rows of one household share
 * its {@code mã hộ} and come together; the household's registration date and its last recognised review
 * are read from the head's row. The table's header must name every column that is not {@code optional}.
 */
public enum ImportColumn {
    CODE("mã hộ", false, false, "the household's code, shared by the rows of its members"),
    VILLAGE("thôn", false, false, "the village (thôn, bản, tổ dân phố)"),
    ADDRESS("địa chỉ", false, false, "the address"),
    FULL_NAME("họ tên", false, false, "the member's full name"),
    RELATION("quan hệ", false, false, "HEAD, SPOUSE, CHILD, PARENT, OTHER or chủ hộ, vợ/chồng, con, bố/mẹ, khác"),
    SEX("giới tính", false, false, "nam or nữ"),
    BIRTH_DATE("ngày sinh", false, false, "YYYY-MM-DD, DD/MM/YYYY or a year alone (then 1 January of it)"),
    NATIONAL_ID("số định danh", true, false, "9 or 12 digits; one open household at most holds it"),
    ETHNICITY("dân tộc", true, false, "one of the 54 groups, by name (Kinh, Mường, Thái…) or code (01…54)"),
    DISABILITY("khuyết tật", true, false, "có or không (empty: not recorded)"),
    MERITORIOUS_SERVICE("người có công", true, false, "có or không (empty: not recorded)"),
    REGISTERED_ON("ngày đăng ký", true, true, "the registration date; the review's decision date when empty"),
    REVIEW_YEAR("năm rà soát", false, true, "the year of the household's last recognised (periodic) review"),
    DECIDED_ON("ngày quyết định", false, true, "the date of the decision that recognised it"),
    DECISION_NUMBER("số quyết định", true, true, "the number of that decision"),
    INCOME("thu nhập bình quân", false, true, "monthly income per person in đồng"),
    DEPRIVATIONS("thiếu hụt", false, true, "the deprivation codes found, separated by ;"),
    CAUSES("nguyên nhân", false, true, "the causes of poverty (at most two), separated by ;"),
    HAS_WORKING_MEMBER("có lao động", false, true, "có or không");

    /** The one more column of a refused rows' file: why the row was refused, in Vietnamese. */
    public static final String REASON = "lỗi";

    private final String header;
    private final boolean optional;
    private final boolean headsRow;
    private final String meaning;

    ImportColumn(String header, boolean optional, boolean headsRow, String meaning) {
        this.header = header;
        this.optional = optional;
        this.headsRow = headsRow;
        this.meaning = meaning;
    }

    /** The Vietnamese header that names the column. */
    public String header() {
        return header;
    }

    /** Whether a table may leave the column out. */
    public boolean optional() {
        return optional;
    }

    /** Whether the column is read from the head's row only (the household's registration and review). */
    public boolean headsRow() {
        return headsRow;
    }

    /** What the column holds and how it is written, in English. */
    public String meaning() {
        return meaning;
    }
}
