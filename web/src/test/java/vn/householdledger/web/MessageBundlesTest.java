package vn.householdledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.problem.RuleCode;

/**
 * The pages speak both languages alike: Vietnamese and English name the same messages, and every rule
 * the API can refuse with has its words in both, so that a refusal is never shown by its code.
 */
class MessageBundlesTest {

    private static final Properties VIETNAMESE = bundle("messages.properties");
    private static final Properties ENGLISH = bundle("messages_en.properties");

    @Test
    void bothLanguagesHaveTheSameMessages() {
        assertThat(VIETNAMESE.stringPropertyNames()).isNotEmpty().isEqualTo(ENGLISH.stringPropertyNames());
    }

    @Test
    void everyRuleOfTheApiIsWordedInBothLanguages() {
        for (Properties bundle : new Properties[] {VIETNAMESE, ENGLISH}) {
            assertThat(Arrays.stream(RuleCode.values()).map(code -> "rule." + code).filter(key -> bundle.getProperty(key, "").isBlank()))
                    .as("rules without words").isEmpty();
        }
    }

    private static Properties bundle(String name) {
        Properties bundle = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(name, e);
        }
        return bundle;
    }
}
