package vn.householdledger.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import vn.householdledger.web.ledger.ApiProblem;

/**
 * What a page answers when it cannot show what was asked: an error page in the reader's language
 * with the right status, never the API's problem JSON and never a 500 for something typed.
 */
@ControllerAdvice(basePackages = "vn.householdledger.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    /** A refusal of the API that no form could show beside a field: the page says what it means. */
    @ExceptionHandler(ApiProblem.class)
    public ModelAndView refused(ApiProblem e) {
        HttpStatus status = HttpStatus.resolve(e.status());
        if (status == null || status.is5xxServerError()) {
            log.warn("The API failed a page's call: {}", e.getMessage());
            return page(HttpStatus.SERVICE_UNAVAILABLE, "error.unavailable", null);
        }
        return switch (status) {
            case NOT_FOUND -> page(status, "error.notFound", null);
            case FORBIDDEN -> page(status, "error.forbidden", null);
            case UNAUTHORIZED -> page(status, "error.signedOut", null);
            case CONFLICT -> page(status, e.problem() == null || e.problem().code() == null ? "error.badRequest"
                    : "rule." + e.problem().code(), null);
            default -> page(status, "error.badRequest", e.problem() == null ? null : e.problem().detail());
        };
    }

    @ExceptionHandler(AccessDeniedException.class)
    public ModelAndView forbidden(RuntimeException e) {
        return page(HttpStatus.FORBIDDEN, "error.forbidden", null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ModelAndView mismatch(MethodArgumentTypeMismatchException e) {
        return page(HttpStatus.BAD_REQUEST, "error.badRequest", e.getName());
    }

    /** Spring's own refusals (a missing parameter, a wrong method, a page's own 400) keep their status; anything else is a failure. */
    @ExceptionHandler(Exception.class)
    public ModelAndView unexpected(Exception e) {
        if (e instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
            HttpStatus status = HttpStatus.valueOf(refusal.getStatusCode().value());
            return page(status, status == HttpStatus.FORBIDDEN ? "error.forbidden" : "error.badRequest",
                    refusal.getBody().getDetail());
        }
        log.error("A page failed unexpectedly", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", null);
    }

    private static ModelAndView page(HttpStatus status, String messageKey, String detail) {
        ModelAndView view = new ModelAndView("error");
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("messageKey", messageKey);
        view.addObject("detail", detail);
        return view;
    }
}
