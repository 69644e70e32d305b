package vn.householdledger.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.problem.RuleCode;

/**
 * The two bundles say the same things: every key in Vietnamese and in English, each message with the
 * same arguments in both, and every rule of {@link RuleCode} with its message.
 */
class BundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\w+)}");

    private final ResourceBundle vietnamese = Messages.bundle(Messages.VIETNAMESE);
    private final ResourceBundle english = Messages.bundle(Locale.ENGLISH);

    @Test
    void everyKeyIsInBothLanguages() {
        assertThat(vietnamese.getLocale()).isNotEqualTo(english.getLocale());
        assertThat(new TreeSet<>(english.keySet())).isEqualTo(new TreeSet<>(vietnamese.keySet()));
    }

    @Test
    void aMessageTakesTheSameArgumentsInBothLanguages() {
        assertThat(vietnamese.keySet()).allSatisfy(key ->
                assertThat(arguments(english.getString(key))).as(key).isEqualTo(arguments(vietnamese.getString(key))));
    }

    @Test
    void everyRuleHasItsMessage() {
        assertThat(Arrays.stream(RuleCode.values()).map(code -> "rule." + code.name()))
                .allSatisfy(key -> assertThat(vietnamese.containsKey(key)).as(key).isTrue());
    }

    @Test
    void vietnameseIsTheDefaultAndEnglishIsAskedFor() {
        assertThat(Messages.of(null)).isEqualTo(Messages.VIETNAMESE);
        assertThat(Messages.of("fr-FR, de")).isEqualTo(Messages.VIETNAMESE);
        assertThat(Messages.of("en-GB,en;q=0.8")).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.render(Messages.VIETNAMESE, "rule.INSURANCE_OVERLAP", java.time.LocalDate.of(2018, 1, 1),
                java.time.LocalDate.of(2018, 12, 31))).isEqualTo("Thành viên đã có thẻ BHYT hiệu lực từ 01/01/2018 đến 31/12/2018");
        assertThat(Messages.render(Locale.ENGLISH, "rule.REPAYMENT_EXCEEDS_OUTSTANDING", 2_000_000L, 1_500_000L, "L"))
                .contains("2,000,000").contains("1,500,000");
    }

    private static Set<String> arguments(String message) {
        Set<String> arguments = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(message);
        while (matcher.find()) {
            arguments.add(matcher.group(1));
        }
        return arguments;
    }
}
