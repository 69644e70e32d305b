package vn.householdledger.platform.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * One Jackson mapper for HTTP and for Axon's serializer: Boot's, with its {@code spring.jackson.*}
 * settings and java.time support, so events, metadata and answers share one JSON shape.
 */
@Configuration(proxyBeanMethods = false)
public class JsonConfiguration {

    @Bean
    @Primary
    public ObjectMapper objectMapper(Jackson2ObjectMapperBuilder builder) {
        return builder.build();
    }
}
