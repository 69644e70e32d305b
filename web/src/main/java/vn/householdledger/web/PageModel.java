package vn.householdledger.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.householdledger.web.report.Reports;

/** What the header of every page needs: the same page in the other language. */
@ControllerAdvice(basePackages = "vn.householdledger.web")
public class PageModel {

    /** This page with {@code lang} switched; after a form was sent, the home page (a form is not fetched again). */
    @ModelAttribute("otherLanguage")
    public String otherLanguage(HttpServletRequest request) {
        String other = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "vi" : "en";
        return "GET".equals(request.getMethod()) ? Reports.link(request, Map.of("lang", other), null) : "/?lang=" + other;
    }
}
