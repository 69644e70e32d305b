package vn.householdledger.standalone.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.householdledger.demo.DemoLoader;
import vn.householdledger.standalone.ApiTest;

/**
 * The service started without {@code ledger.demo}, as a production run is: the demo module is on its
 * classpath, yet not one of its beans exists.
 */
class NoDemoWithoutLedgerDemoTest extends ApiTest {

    private static final String DEMO = DemoLoader.class.getPackageName();

    @Autowired
    ApplicationContext context;

    @Test
    void noBeanOfTheDemoModuleExists() {
        assertThat(context.getEnvironment().containsProperty("ledger.demo")).isFalse();
        assertThat(context.getBeanNamesForType(DemoLoader.class)).isEmpty();
        List<String> types = Arrays.stream(context.getBeanDefinitionNames()).map(context::getType)
                .filter(Objects::nonNull).map(Class::getName).toList();
        assertThat(types).as("the service's own beans").anyMatch(type -> type.startsWith("vn.householdledger.query."));
        assertThat(types).as("beans of %s", DEMO).noneMatch(type -> type.startsWith(DEMO + "."));
    }
}
