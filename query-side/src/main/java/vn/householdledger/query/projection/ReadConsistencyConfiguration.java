package vn.householdledger.query.projection;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
public class ReadConsistencyConfiguration implements WebMvcConfigurer {

    private final ReadConsistency readConsistency;

    public ReadConsistencyConfiguration(ReadConsistency readConsistency) {
        this.readConsistency = readConsistency;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(readConsistency).addPathPatterns("/api/**");
    }
}
