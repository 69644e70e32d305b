package vn.householdledger.web.ledger;

import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.web.util.DefaultUriBuilderFactory;
import org.springframework.web.util.UriBuilder;
import org.springframework.web.util.UriBuilderFactory;

/**
 * A side's base URL, resolved when the first call is made rather than when the client is built: in the
 * standalone the pages call this very process, whose port is known only once its server listens.
 */
final class ApiBase implements UriBuilderFactory {

    private final Supplier<String> url;
    private volatile DefaultUriBuilderFactory resolved;

    ApiBase(Supplier<String> url) {
        this.url = url;
    }

    private UriBuilderFactory delegate() {
        DefaultUriBuilderFactory factory = resolved;
        if (factory == null) {
            factory = new DefaultUriBuilderFactory(url.get());
            resolved = factory;
        }
        return factory;
    }

    @Override
    public URI expand(String uriTemplate, Map<String, ?> uriVariables) {
        return delegate().expand(uriTemplate, uriVariables);
    }

    @Override
    public URI expand(String uriTemplate, Object... uriVariables) {
        return delegate().expand(uriTemplate, uriVariables);
    }

    @Override
    public UriBuilder uriString(String uriTemplate) {
        return delegate().uriString(uriTemplate);
    }

    @Override
    public UriBuilder builder() {
        return delegate().builder();
    }
}
