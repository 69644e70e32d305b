package vn.householdledger.web.report;

/**
 * A chart drawn in the browser by ECharts (served from its webjar) from {@code option}, the ECharts
 * option as JSON; {@code summary} says in words what it shows, for readers who cannot see it;
 * {@code height} in CSS pixels, or 0 for the page's default. The table it is drawn from stays on the
 * page.
 */
public record Chart(String id, String title, String option, String summary, int height) {
}
