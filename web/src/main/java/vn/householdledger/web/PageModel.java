package vn.householdledger.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.householdledger.web.report.Reports;

/** What every page needs: the same page in the other language, and for its form a key that writes once. */
@ControllerAdvice(basePackages = "vn.householdledger.web")
public class PageModel {

    /** This page with {@code lang} switched; after a form was sent, the home page (a form is not fetched again). */
    @ModelAttribute("otherLanguage")
    public String otherLanguage(HttpServletRequest request) {
        String other = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "vi" : "en";
        return "GET".equals(request.getMethod()) ? Reports.link(request, Map.of("lang", other), null) : "/?lang=" + other;
    }

    /**
     * The {@code Idempotency-Key} the page's form is sent with: new for a form just opened, the same when
     * a refused form is shown again, so a double click or a resent form writes once.
     */
    @ModelAttribute("formKey")
    public String formKey(HttpServletRequest request) {
        String sent = request.getParameter("idempotencyKey");
        return sent != null && !sent.isBlank() ? sent : UUID.randomUUID().toString();
    }
}
