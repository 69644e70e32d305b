package vn.householdledger.auth;

import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import vn.householdledger.platform.security.AccountsConfiguration;
import vn.householdledger.platform.postgres.EmbeddedPostgresConfiguration;
import vn.householdledger.platform.security.FailedLogins;
import vn.householdledger.platform.security.SignInThrottling;

/**
 * The authorization server alone (port 9000), with the accounts of {@code ledger.security.users} and its
 * failed sign-ins and authorizations in PostgreSQL ({@code spring.datasource.*}; a throw-away embedded one where
 * the binaries are on the class path, as in its tests), shared by its nodes. Its sign-in page speaks Vietnamese
 * unless asked for English ({@code ?lang=en}, then kept in a cookie); inside the standalone, the pages' own
 * choice of language serves it.
 */
@SpringBootApplication
@Import({AccountsConfiguration.class, FailedLogins.class, SignInThrottling.class, AuthSchema.class,
        EmbeddedPostgresConfiguration.class})
public class AuthApplication implements WebMvcConfigurer {

    public static void main(String[] args) {
        SpringApplication.run(AuthApplication.class, args);
    }

    @Bean
    public LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("lang");
        resolver.setDefaultLocale(Locale.forLanguageTag("vi"));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
