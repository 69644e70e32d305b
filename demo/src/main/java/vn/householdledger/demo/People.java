package vn.householdledger.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import vn.householdledger.api.household.Relation;
import vn.householdledger.api.household.Sex;
import vn.householdledger.events.household.Member;

/**
 * The people of the demo's households, as a Thanh Hóa town has them: Vietnamese names (family,
 * middle and given name; a wife keeps her own family name, children take their father's), ages that
 * fit each relation, and 12-digit citizen ids (CCCD: province 038, a digit for sex and century, the
 * year of birth, six more digits), each used once in the town.
 */
final class People {

    /** Ages are counted on this day: before every registration of the demo. */
    static final LocalDate AGES_ON = LocalDate.of(2016, 1, 1);
    private static final String PROVINCE = "038";
    private static final String[] FAMILY = {"Nguyễn", "Lê", "Trần", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ",
            "Ngô", "Dương", "Lý", "Trịnh", "Mai", "Đinh", "Lương", "Tạ", "Cao", "Hà"};
    /** How common each family name is, in the order of {@link #FAMILY}. */
    private static final int[] FAMILY_WEIGHT = {31, 13, 9, 6, 4, 4, 2, 3, 3, 1, 2, 2, 1, 5, 3, 3, 1, 1, 2, 2};
    private static final String[] MALE_MIDDLE = {"Văn", "Văn", "Văn", "Đức", "Ngọc", "Minh", "Quang", "Xuân", "Hữu", "Đình",
            "Công", "Thanh"};
    private static final String[] FEMALE_MIDDLE = {"Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Hồng",
            "Kim"};
    private static final String[] MALE_GIVEN = {"Hùng", "Dũng", "Tuấn", "Hải", "Nam", "Long", "Sơn", "Thắng", "Cường",
            "Bình", "Hòa", "Tâm", "Trung", "Phong", "Quân", "Khoa", "Đạt", "Hiếu", "Lâm", "Tùng", "Toàn", "Thành",
            "Vinh", "Lực", "Chiến", "Hưng", "Mạnh", "Tú", "Duy", "Huy", "An", "Phúc", "Lợi", "Tiến", "Kiên"};
    private static final String[] FEMALE_GIVEN = {"Lan", "Hương", "Mai", "Hoa", "Hà", "Hằng", "Thủy", "Nga", "Linh",
            "Trang", "Huyền", "Nhung", "Yến", "Loan", "Thảo", "Phương", "Dung", "Xuân", "Oanh", "Tuyết", "Liên",
            "Hạnh", "Vân", "Ngọc", "Chi", "Giang", "Hiền", "Nhàn", "Quyên", "Thơm"};

    private final Random random;
    private final Set<String> nationalIds = new HashSet<>();

    People(Random random) {
        this.random = random;
    }

    /**
     * The members of a household of {@code size} people: a family with working-age adults, or, when no
     * one can work, an elderly head living alone, with a spouse, a grandchild or a disabled grown child.
     */
    List<Member> household(String key, int size, boolean working) {
        Household h = new Household(key);
        if (working) {
            family(h, size);
        } else {
            elderly(h, size);
        }
        return h.members;
    }

    private void family(Household h, int size) {
        int headAge = 25 + (random.nextInt(46) + random.nextInt(46)) / 2;
        Sex headSex = random.nextInt(100) < 78 ? Sex.MALE : Sex.FEMALE;
        String headFamily = familyName();
        h.add(Relation.HEAD, headSex, headFamily, headAge);
        int youngestParent = headAge;
        String childFamily = headFamily;
        if (size >= 2 && random.nextInt(100) >= 15) {
            int gap = random.nextInt(7);
            int spouseAge = Math.max(20, headSex == Sex.MALE ? headAge - gap : headAge + gap);
            String spouseFamily = familyName();
            h.add(Relation.SPOUSE, other(headSex), spouseFamily, spouseAge);
            youngestParent = Math.min(headAge, spouseAge);
            childFamily = headSex == Sex.MALE ? headFamily : spouseFamily;
        }
        if (h.members.size() + 2 <= size && headAge <= 55 && random.nextInt(100) < 35) {
            Sex parentSex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            h.add(Relation.PARENT, parentSex, parentSex == Sex.MALE ? headFamily : familyName(),
                    Math.min(90, headAge + 22 + random.nextInt(11)));
        }
        int oldest = youngestParent - 19;
        int youngest = Math.max(0, youngestParent - 42);
        while (h.members.size() < size) {
            int age = youngest + random.nextInt(Math.max(1, oldest - youngest + 1));
            h.add(Relation.CHILD, random.nextBoolean() ? Sex.MALE : Sex.FEMALE, childFamily, age);
        }
    }

    private void elderly(Household h, int size) {
        int headAge = 65 + random.nextInt(19);
        Sex headSex = random.nextInt(100) < 60 ? Sex.FEMALE : Sex.MALE;
        String headFamily = familyName();
        h.add(Relation.HEAD, headSex, headFamily, headAge);
        int kind = random.nextInt(100);
        if (size >= 2 && kind < 65) {
            h.add(Relation.SPOUSE, other(headSex), familyName(), Math.min(90, headAge - 4 + random.nextInt(9)));
        } else if (size >= 2 && kind < 80) {
            h.add(Relation.CHILD, random.nextBoolean() ? Sex.MALE : Sex.FEMALE,
                    headSex == Sex.MALE ? headFamily : familyName(), 30 + random.nextInt(26));
        }
        while (h.members.size() < size) {
            h.add(Relation.OTHER, random.nextBoolean() ? Sex.MALE : Sex.FEMALE,
                    headSex == Sex.MALE ? headFamily : familyName(), 6 + random.nextInt(9));
        }
    }

    private String familyName() {
        int total = 0;
        for (int w : FAMILY_WEIGHT) {
            total += w;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < FAMILY.length; i++) {
            pick -= FAMILY_WEIGHT[i];
            if (pick < 0) {
                return FAMILY[i];
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static Sex other(Sex sex) {
        return sex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
    }

    /** A CCCD number: 038, the sex and century digit, the two digits of the year of birth, six digits. */
    private String nationalId(Sex sex, LocalDate birthDate) {
        int century = birthDate.getYear() < 2000 ? 0 : 2;
        String prefix = PROVINCE + (century + (sex == Sex.MALE ? 0 : 1)) + String.format("%02d", birthDate.getYear() % 100);
        String id;
        do {
            id = prefix + String.format("%06d", random.nextInt(1_000_000));
        } while (!nationalIds.add(id));
        return id;
    }

    /** One household's members as they are drawn; no two share a full name. */
    private final class Household {
        private final String key;
        private final List<Member> members = new ArrayList<>();
        private final Set<String> names = new HashSet<>();

        Household(String key) {
            this.key = key;
        }

        void add(Relation relation, Sex sex, String family, int age) {
            String name;
            do {
                name = family + " " + pick(sex == Sex.MALE ? MALE_MIDDLE : FEMALE_MIDDLE) + " "
                        + pick(sex == Sex.MALE ? MALE_GIVEN : FEMALE_GIVEN);
            } while (!names.add(name));
            LocalDate birthDate = AGES_ON.minusYears(age).minusDays(1 + random.nextInt(365));
            members.add(new Member(DemoPlan.id(key + "/member/" + members.size()), name, sex, birthDate, relation,
                    nationalId(sex, birthDate), null, null, null));
        }
    }
}
