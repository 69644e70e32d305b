package vn.householdledger.api.http;

/**
 * What every page of the service (the pages and the sign-in page) tells the browser it may load: scripts,
 * styles, fonts and data from the page's own origin only, no inline script, no style attribute, no
 * plug-in, and never inside another site's frame. Forms are not limited to the origin: signing out goes on
 * to the issuer, which may be another host (a province's Keycloak).
 */
public final class PagePolicy {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    private PagePolicy() {
    }
}
