package vn.householdledger.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages speak Vietnamese unless the reader asks for English with {@code ?lang=en}, which a cookie
 * then remembers ({@code ?lang=vi} switches back). The API is left as it was: its locale follows
 * {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
public class PageLocale implements WebMvcConfigurer {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String[] NOT_PAGES = {"/api/**", "/actuator/**", "/v3/api-docs/**"};

    @Bean
    public LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("lang");
        resolver.setDefaultLocaleFunction(request -> isPage(request) ? VIETNAMESE : request.getLocale());
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns(NOT_PAGES);
    }

    private static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/api/") || path.startsWith("/actuator/") || path.startsWith("/v3/api-docs"));
    }
}
