package vn.householdledger.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import vn.householdledger.api.assistance.AssistanceKind;
import vn.householdledger.api.assistance.LoanProgramme;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.api.statistics.Causes;
import vn.householdledger.command.household.DisburseLoan;
import vn.householdledger.command.household.IssueHealthInsurance;
import vn.householdledger.command.household.ProvideAssistance;
import vn.householdledger.events.household.Member;

/**
 * The help of 2018 as the plan describes it, to the households the review of 2017 listed: health
 * insurance for every member of a near-poor household (the state pays its share) and of a poor
 * household the review found uninsured (the state pays all; the other poor hold cards already);
 * loans from the Bank for Social Policies to every poor household that can work and needs one, and
 * to some near-poor and newly escaped households, within the year's credit; information
 * equipment for the plan's number of poor households; housing, toilets, water, schooling, training,
 * jobs and the social allowance of those who cannot work. Each names what it aims at.
 */
final class Help {

    private static final String BANK = "Ngân hàng Chính sách xã hội";
    private static final LocalDate YEAR_START = LocalDate.of(2018, 1, 1);
    private static final LocalDate YEAR_END = LocalDate.of(2018, 12, 31);
    /** Monthly social allowance per person in 2018 (Decree 136/2013/NĐ-CP), VND. */
    private static final long ALLOWANCE_MONTHLY = 270_000;
    /** Causes a loan does nothing for: the bank lends to those who can use it. */
    private static final Set<PovertyCause> NO_LOAN = Set.of(PovertyCause.SOCIAL_EVILS, PovertyCause.IDLENESS_OR_SPENDING);
    /** Causes a loan aims at besides the lack of capital itself. */
    private static final List<PovertyCause> LOAN_CAUSES = List.of(PovertyCause.LACK_LAND,
            PovertyCause.LACK_MEANS_OF_PRODUCTION, PovertyCause.LACK_JOBS);
    private static final String UNINSURED = "HEALTH_INSURANCE";
    private static final List<String> INFORMATION = List.of("TELECOM_USE", "INFORMATION_ASSETS");
    private static final List<String> HOUSING = List.of("HOUSING_QUALITY", "HOUSING_AREA");

    private final TownFigures figures;
    private final Random random;
    private final Set<String> cardNumbers = new HashSet<>();
    private long lent;

    Help(TownFigures figures, Random random) {
        this.figures = figures;
        this.random = random;
    }

    void give(List<Draft> drafts) {
        for (Draft d : drafts) {
            Classification listed = d.classIn(2017);
            if (listed == Classification.NEAR_POOR || listed == Classification.POOR && lacks(d, List.of(UNINSURED))) {
                insure(d, listed == Classification.POOR);
            }
        }
        lend(drafts);
        List<Draft> poor = drafts.stream().filter(d -> d.classIn(2017) == Classification.POOR).toList();
        List<Draft> lacking = Shares.pick(poor, d -> lacks(d, INFORMATION), random);
        lacking.addAll(Shares.pick(poor, d -> !lacks(d, INFORMATION), random));
        lacking.subList(0, figures.informationAccessHouseholds()).forEach(d -> assist(d, AssistanceKind.INFORMATION_ACCESS,
                "Tặng ti vi, radio; hướng dẫn dùng điện thoại và Internet", 3_500_000L,
                "Dự án truyền thông và giảm nghèo về thông tin", INFORMATION));
        List<Draft> housing = Shares.pick(poor, d -> lacks(d, HOUSING), random);
        housing.subList(0, (housing.size() * 7 + 9) / 10).forEach(d -> assist(d, AssistanceKind.HOUSING,
                "Hỗ trợ xây mới, sửa chữa nhà ở", 5_000_000L * (4 + random.nextInt(5)), "Quỹ Vì người nghèo",
                HOUSING.stream().filter(found(d)::contains).toList()));
        for (Draft d : poor) {
            if (lacks(d, List.of("SANITARY_TOILET"))) {
                assist(d, AssistanceKind.SANITATION, "Hỗ trợ xây nhà tiêu hợp vệ sinh",
                        1_000_000L * (3 + random.nextInt(3)), "Chương trình mục tiêu quốc gia giảm nghèo bền vững", List.of("SANITARY_TOILET"));
            }
            if (lacks(d, List.of("DRINKING_WATER"))) {
                assist(d, AssistanceKind.CLEAN_WATER, "Hỗ trợ lắp bể lọc, đấu nối nước sạch",
                        1_000_000L * (4 + random.nextInt(3)), "Chương trình mục tiêu quốc gia giảm nghèo bền vững", List.of("DRINKING_WATER"));
            }
            if (lacks(d, List.of("CHILD_SCHOOLING"))) {
                assist(d, AssistanceKind.EDUCATION, "Miễn học phí, hỗ trợ sách vở và đồ dùng học tập", 2_000_000L,
                        "Ngân sách nhà nước", List.of("CHILD_SCHOOLING"));
            }
            if (lacks(d, List.of("ADULT_EDUCATION"))) {
                assist(d, AssistanceKind.EDUCATION, "Học bổ túc văn hóa trung học cơ sở", null,
                        "Trung tâm Giáo dục thường xuyên", List.of("ADULT_EDUCATION"));
            }
            if (d.causes.contains(PovertyCause.LACK_SKILLS)) {
                assist(d, AssistanceKind.VOCATIONAL_TRAINING, "Học nghề ngắn hạn (may công nghiệp, nề, sửa chữa xe máy)",
                        3_000_000L, "Đề án đào tạo nghề cho lao động nông thôn (Quyết định 1956/QĐ-TTg)",
                        List.of("LACK_SKILLS"));
            }
            if (d.causes.contains(PovertyCause.LACK_JOBS)) {
                assist(d, AssistanceKind.JOB_PLACEMENT, "Giới thiệu việc làm tại các doanh nghiệp trong khu công nghiệp", null,
                        "Trung tâm Dịch vụ việc làm Thanh Hóa", List.of("LACK_JOBS"));
            }
            if (!d.working) {
                assist(d, AssistanceKind.SOCIAL_ALLOWANCE, "Trợ cấp xã hội hằng tháng năm 2018 (Nghị định 136/2013/NĐ-CP)",
                        ALLOWANCE_MONTHLY * 12 * d.members.size(), "Ngân sách nhà nước", List.of("LACK_LABOUR"));
            }
        }
    }

    /** A card for each member for 2018; the household no longer lacks health insurance. */
    private void insure(Draft d, boolean poor) {
        int subsidyPercent = poor ? figures.poorSubsidyPercent() : figures.nearPoorSubsidyPercent();
        String funding = subsidyPercent == 100 ? "Ngân sách nhà nước đóng 100 %"
                : "Ngân sách nhà nước hỗ trợ " + subsidyPercent + " %, hộ gia đình đóng " + (100 - subsidyPercent) + " %";
        for (int i = 0; i < d.members.size(); i++) {
            Member member = d.members.get(i);
            d.help.add(new IssueHealthInsurance(d.id, DemoPlan.id(d.code + "/card/" + i), member.memberId(),
                    cardNumber(poor ? "HN2" : "CN3"), YEAR_START, YEAR_END, subsidyPercent, funding));
        }
        d.addressed.add(UNINSURED);
    }

    /** Poor households that can work and need it, about two in five near-poor, one in three newly escaped. */
    private void lend(List<Draft> drafts) {
        for (Draft d : drafts) {
            Classification listed = d.classIn(2017);
            if (listed == Classification.POOR && d.working && d.causes.stream().noneMatch(NO_LOAN::contains)) {
                loan(d, LoanProgramme.POOR_HOUSEHOLD);
            } else if (listed == Classification.NEAR_POOR && random.nextInt(5) < 2) {
                loan(d, LoanProgramme.NEAR_POOR_HOUSEHOLD);
            } else if (listed == Classification.NOT_POOR && random.nextInt(3) == 0) {
                loan(d, LoanProgramme.NEWLY_ESCAPED_HOUSEHOLD);
            }
        }
        if (lent > figures.creditVnd()) {
            throw new IllegalStateException("The demo lends " + lent + " VND, more than the year's credit of "
                    + figures.creditVnd());
        }
    }

    private void loan(Draft d, LoanProgramme programme) {
        long principal = 5_000_000L * (4 + random.nextInt(7));
        List<String> addresses = Stream.concat(Stream.of(PovertyCause.LACK_CAPITAL),
                LOAN_CAUSES.stream().filter(d.causes::contains)).map(Enum::name).toList();
        d.help.add(new DisburseLoan(d.id, DemoPlan.id(d.code + "/loan/" + d.help.size()), programme, principal,
                figures.loanRates().get(programme), 12 * (3 + random.nextInt(3)),
                LocalDate.of(2018, 2, 1).plusDays(random.nextInt(211)), BANK, purpose(d), addresses));
        d.borrowed = true;
        lent += principal;
    }

    private String purpose(Draft d) {
        if (d.causes.contains(PovertyCause.LACK_LAND)) {
            return d.unit.area() == Area.RURAL ? "Thuê thêm ruộng, mua giống cây trồng" : "Thuê mặt bằng buôn bán nhỏ";
        }
        if (d.causes.contains(PovertyCause.LACK_MEANS_OF_PRODUCTION)) {
            return "Mua máy móc, công cụ sản xuất";
        }
        if (d.causes.contains(PovertyCause.LACK_JOBS)) {
            return "Mở cơ sở sản xuất, kinh doanh nhỏ tại nhà";
        }
        List<String> purposes = d.unit.area() == Area.RURAL
                ? List.of("Chăn nuôi lợn, gà", "Mua bò giống", "Trồng rau màu, cây ăn quả")
                : List.of("Buôn bán nhỏ", "Mở quán ăn sáng", "Mở tiệm sửa chữa xe máy");
        return purposes.get(random.nextInt(purposes.size()));
    }

    private void assist(Draft d, AssistanceKind kind, String description, Long amount, String funding,
                        List<String> addresses) {
        d.help.add(new ProvideAssistance(d.id, DemoPlan.id(d.code + "/help/" + d.help.size()), kind, description, amount,
                LocalDate.of(2018, 3, 1).plusDays(random.nextInt(241)), funding, addresses));
        addresses.stream().filter(TownHistory.standard(2018)::hasIndicator).forEach(d.addressed::add);
    }

    /** A card number: the beneficiary code (HN poor, CN near-poor) with its benefit level, province 38, ten digits. */
    private String cardNumber(String beneficiary) {
        String number;
        do {
            number = beneficiary + "38" + String.format("%010d", (long) (random.nextDouble() * 10_000_000_000L));
        } while (!cardNumbers.add(number));
        return number;
    }

    private static List<String> found(Draft d) {
        return d.reviews.get(2017).deprivations();
    }

    private static boolean lacks(Draft d, List<String> indicators) {
        return found(d).stream().anyMatch(indicators::contains);
    }
}
