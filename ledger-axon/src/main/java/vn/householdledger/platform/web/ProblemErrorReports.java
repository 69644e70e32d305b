package vn.householdledger.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.householdledger.platform.i18n.Messages;
import vn.householdledger.platform.problem.ProblemErrorController;

/**
 * What Tomcat refuses before any servlet runs (a broken percent-encoding, an encoded slash, a
 * request line or headers over the size limit) is answered as {@code application/problem+json}
 * too, in the reader's language, instead of Tomcat's HTML page: its host's error report valve is
 * {@link ProblemReport}. (The bundles' titles and this detail hold no character JSON must escape.)
 */
@Component
public class ProblemErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(ProblemReport.class.getName());
            }
        });
    }

    /** Tomcat's error report as a problem: status, title and a detail that reveals nothing of the server. */
    public static class ProblemReport extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            Locale locale = Messages.of(request.getHeader("Accept-Language"));
            String title = known == null ? "Error" : ProblemErrorController.title(known, locale);
            String body = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                    + ",\"detail\":\"" + Messages.render(locale, "problem.refusedBeforeService") + "\"}";
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(body);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The client is gone or the answer is already on its way: nothing more to say.
            }
        }
    }
}
