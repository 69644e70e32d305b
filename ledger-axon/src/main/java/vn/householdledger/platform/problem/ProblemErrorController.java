package vn.householdledger.platform.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;
import vn.householdledger.platform.i18n.Messages;

/**
 * The servlet container's error page: what was refused outside Spring MVC (the security firewall's
 * rejections, a filter's {@code sendError}, a request too large) is answered as a problem too, in
 * place of Spring Boot's own JSON shape, in the reader's language. It says nothing of the failure's inner
 * workings.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    /**
     * A browser refused on a web page (not on the API or operations) gets the pages' own error view,
     * where the standalone serves pages.
     */
    @RequestMapping(value = "${server.error.path:${error.path:/error}}", produces = MediaType.TEXT_HTML_VALUE)
    public Object page(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(uri instanceof String path) || !isPage(path)) {
            return error(request);
        }
        HttpStatus status = statusOf(request);
        return new ModelAndView("error", Map.of("status", status.value()), status);
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        Locale locale = Messages.of(request.getHeader("Accept-Language"));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, Messages.render(locale,
                status.is4xxClientError() ? "problem.refusedBeforeService" : "problem.internal"));
        problem.setTitle(title(status, locale));
        problem.setType(URI.create("about:blank"));
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
            problem.setInstance(URI.create(uri));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Whether a path is (or would be) a web page rather than the API, the operations' endpoints or the API's description. */
    public static boolean isPage(String path) {
        return !(path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/"));
    }

    /** The status's title in the reader's language where the bundles have it, else its reason phrase. */
    public static String title(HttpStatus status, Locale locale) {
        String key = "problem.title." + status.value();
        return Messages.has(key) ? Messages.render(locale, key) : status.getReasonPhrase();
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
