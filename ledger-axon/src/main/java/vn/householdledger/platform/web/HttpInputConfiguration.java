package vn.householdledger.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request bodies are read by a copy of the shared mapper that is stricter than the one Axon reads
 * events with: {@link StrictJsonModule}'s values only, no fraction where a whole number is expected
 * (money is whole đồng), no number where a code is expected, no key given twice and nothing after
 * the JSON value. Events already stored are never judged by these rules. Query parameters must be
 * text PostgreSQL can store ({@link StorableParameters}).
 */
@Configuration(proxyBeanMethods = false)
public class HttpInputConfiguration implements WebMvcConfigurer {

    private final ObjectMapper shared;

    public HttpInputConfiguration(ObjectMapper shared) {
        this.shared = shared;
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        ObjectMapper strict = strict(shared);
        converters.stream().filter(MappingJackson2HttpMessageConverter.class::isInstance)
                .map(MappingJackson2HttpMessageConverter.class::cast)
                .forEach(converter -> converter.setObjectMapper(strict));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new StorableParameters());
    }

    static ObjectMapper strict(ObjectMapper shared) {
        ObjectMapper strict = shared.copy()
                .registerModule(new StrictJsonModule())
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        strict.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return strict;
    }
}
