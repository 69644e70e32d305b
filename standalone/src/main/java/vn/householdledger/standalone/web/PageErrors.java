package vn.householdledger.standalone.web;

import org.axonframework.modelling.command.AggregateNotFoundException;
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
import vn.householdledger.platform.problem.Forbidden;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.platform.problem.NotFound;

/**
 * What a page answers when it cannot show what was asked: an error page in the reader's language
 * with the right status, never the API's problem JSON and never a 500 for something typed.
 */
@ControllerAdvice(basePackages = "vn.householdledger.standalone.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler({NotFound.class, AggregateNotFoundException.class})
    public ModelAndView notFound(RuntimeException e) {
        return page(HttpStatus.NOT_FOUND, "error.notFound", null);
    }

    @ExceptionHandler({Forbidden.class, AccessDeniedException.class})
    public ModelAndView forbidden(RuntimeException e) {
        return page(HttpStatus.FORBIDDEN, "error.forbidden", null);
    }

    @ExceptionHandler(InvalidInput.class)
    public ModelAndView invalid(InvalidInput e) {
        return page(HttpStatus.BAD_REQUEST, "error.badRequest", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ModelAndView mismatch(MethodArgumentTypeMismatchException e) {
        return page(HttpStatus.BAD_REQUEST, "error.badRequest", e.getName());
    }

    /** Spring's own refusals (a missing parameter, a wrong method) keep their status; anything else is a failure. */
    @ExceptionHandler(Exception.class)
    public ModelAndView unexpected(Exception e) {
        if (e instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
            return page(HttpStatus.valueOf(refusal.getStatusCode().value()), "error.badRequest", null);
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
