package vn.householdledger.query.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import vn.householdledger.api.audit.ReadKind;
import vn.householdledger.platform.security.Caller;
import vn.householdledger.platform.web.ClientAddresses;

/**
 * Records a read marked {@link AuditedRead} once it has succeeded and before its answer is written:
 * one INSERT, on its own, of the caller's account (a page's read carries its person's token, so the
 * person's), the client's address, what was read, the household of the path, and the path and query
 * string as asked (a list's filter).
 * Fails closed: a row that cannot be written fails the read, and nothing of the answer leaves.
 */
@ControllerAdvice
public class ReadAudit implements ResponseBodyAdvice<Object> {

    private static final Logger log = LoggerFactory.getLogger(ReadAudit.class);
    private static final int MAX_FILTER = 1000;

    private final JdbcTemplate jdbc;
    private final ClientAddresses clientAddresses;
    private final MeterRegistry meters;

    public ReadAudit(JdbcTemplate jdbc, ClientAddresses clientAddresses, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.clientAddresses = clientAddresses;
        this.meters = meters;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return returnType.hasMethodAnnotation(AuditedRead.class);
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (request instanceof ServletServerHttpRequest servletRequest && response instanceof ServletServerHttpResponse servletResponse
                && servletResponse.getServletResponse().getStatus() < 300) {
            record(returnType.getMethodAnnotation(AuditedRead.class).value(), servletRequest.getServletRequest());
        }
        return body;
    }

    private void record(ReadKind what, HttpServletRequest request) {
        String query = request.getQueryString();
        String asked = query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
        String filter = asked.substring(0, Math.min(asked.length(), MAX_FILTER));
        String account = Caller.current().username();
        try {
            jdbc.update("""
                    INSERT INTO query_side.read_audit (account, client_address, what, household_id, filter)
                    VALUES (?, ?, ?, ?, ?)""", account, clientAddresses.clientAddressOf(request), what.name(),
                    household(request), filter);
        } catch (DataAccessException e) {
            log.error("Read audit row not written, so the {} read of {} by {} is refused", what, request.getRequestURI(), account, e);
            throw e;
        }
        Counter.builder("ledger.reads.audited").tag("what", what.name())
                .description("Reads of households' data recorded in the read audit, by what was read")
                .register(meters).increment();
    }

    private static UUID household(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Object id = variables instanceof Map<?, ?> map ? map.get("householdId") : null;
        return id == null ? null : UUID.fromString(id.toString());
    }
}
