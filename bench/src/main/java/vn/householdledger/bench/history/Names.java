package vn.householdledger.bench.history;

import java.util.SplittableRandom;
import vn.householdledger.api.household.Sex;

/** Vietnamese names, villages and addresses, drawn so that a generated list reads like a real one. */
final class Names {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Mai", "Trịnh", "Đinh", "Lương"};
    private static final String[] MIDDLE_MALE = {"Văn", "Đức", "Hữu", "Minh", "Quang", "Xuân", "Công", "Đình", "Ngọc", "Thanh"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Hồng", "Kim", "Phương"};
    private static final String[] GIVEN_MALE = {"An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Hưng", "Khánh", "Long",
            "Nam", "Phúc", "Quân", "Sơn", "Thắng", "Tuấn", "Việt", "Vinh", "Toàn", "Trung"};
    private static final String[] GIVEN_FEMALE = {"Anh", "Chi", "Dung", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai",
            "Nga", "Ngân", "Nhung", "Oanh", "Phương", "Tâm", "Thảo", "Trang", "Vân", "Yến"};
    private static final String[] COMMUNE_NAMES = {"Hà Lan", "Quang Trung", "Bắc Sơn", "Lam Sơn", "Ba Đình", "Ngọc Trạo",
            "Đông Sơn", "Phú Sơn", "Hoằng Hóa", "Quảng Xương", "Tĩnh Gia", "Nga Sơn", "Hậu Lộc", "Yên Định", "Thiệu Hóa",
            "Vĩnh Lộc", "Thạch Thành", "Cẩm Thủy", "Ngọc Lặc", "Lang Chánh", "Bá Thước", "Quan Hóa", "Mường Lát",
            "Như Xuân", "Như Thanh", "Nông Cống", "Triệu Sơn", "Thọ Xuân", "Thường Xuân", "Hà Trung"};

    private Names() {
    }

    static String person(SplittableRandom random, Sex sex, String family) {
        boolean male = sex == Sex.MALE;
        return family + " " + pick(random, male ? MIDDLE_MALE : MIDDLE_FEMALE) + " " + pick(random, male ? GIVEN_MALE : GIVEN_FEMALE);
    }

    static String family(SplittableRandom random) {
        return pick(random, FAMILY);
    }

    static String commune(int index) {
        String base = COMMUNE_NAMES[index % COMMUNE_NAMES.length];
        return index < COMMUNE_NAMES.length ? base : base + " " + (index / COMMUNE_NAMES.length + 1);
    }

    static String village(SplittableRandom random) {
        return "Thôn " + (1 + random.nextInt(12));
    }

    static String address(SplittableRandom random, String village) {
        return "Số " + (1 + random.nextInt(250)) + ", " + village;
    }

    static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
