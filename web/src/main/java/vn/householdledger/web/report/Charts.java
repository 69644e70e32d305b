package vn.householdledger.web.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Builds the ECharts options of the reports: grouped bars by category, and a marker series for targets. */
@Component
public class Charts {

    /** One series of a bar chart: its name, its values (null for none) and whether it is a target marker. */
    public record Series(String name, List<? extends Number> values, boolean marker) {

        public static Series bars(String name, List<? extends Number> values) {
            return new Series(name, values, false);
        }

        public static Series markers(String name, List<? extends Number> values) {
            return new Series(name, values, true);
        }
    }

    /** Targets stand out from the bars in the colour the pages use for poverty. */
    private static final String TARGET_COLOUR = "#b3261e";
    private static final int BAR_WIDTH = 28;
    private static final int LABEL_WIDTH = 150;
    /** A ranking grows with its categories, so that two-line labels never overlap. */
    private static final int RANKING_ROW = 40;
    private static final int RANKING_MARGIN = 60;

    private final ObjectMapper json;

    public Charts(ObjectMapper json) {
        this.json = json;
    }

    /** Bars per category, side by side; markers drawn as diamonds over them. */
    public Chart bars(String id, String title, String summary, List<String> categories, String unit, List<Series> series) {
        Map<String, Object> option = base();
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 8, "right", 8, "bottom", 8, "top", 56, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", categories,
                "axisLabel", Map.of("interval", 0, "rotate", categories.size() > 4 ? 30 : 0)));
        option.put("yAxis", Map.of("type", "value", "name", unit));
        List<Map<String, Object>> drawn = new ArrayList<>();
        for (Series s : series) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", s.name());
            one.put("data", s.values());
            if (s.marker()) {
                one.put("type", "scatter");
                one.put("symbol", "diamond");
                one.put("symbolSize", 18);
                one.put("itemStyle", Map.of("color", TARGET_COLOUR));
                one.put("z", 3);
            } else {
                one.put("type", "bar");
                one.put("barMaxWidth", BAR_WIDTH);
            }
            drawn.add(one);
        }
        option.put("series", drawn);
        return new Chart(id, title, write(option), summary, 0);
    }

    /** One horizontal bar per category, longest on top: shares of a whole. */
    public Chart ranking(String id, String title, String summary, List<String> categories, String unit,
                         List<? extends Number> values) {
        Map<String, Object> option = base();
        option.put("grid", Map.of("left", 8, "right", 24, "bottom", 8, "top", 16, "containLabel", true));
        option.put("xAxis", Map.of("type", "value", "name", unit));
        option.put("yAxis", Map.of("type", "category", "data", reversed(categories),
                "axisLabel", Map.of("width", LABEL_WIDTH, "overflow", "break")));
        option.put("series", List.of(Map.of("type", "bar", "name", title, "data", reversed(values), "barMaxWidth", BAR_WIDTH)));
        return new Chart(id, title, write(option), summary, RANKING_MARGIN + RANKING_ROW * categories.size());
    }

    /** Tooltips on the axis; drawn at once, without animation, for readers who find motion hard. */
    private static Map<String, Object> base() {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("tooltip", Map.of("trigger", "axis"));
        return option;
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    private String write(Object option) {
        try {
            return json.writeValueAsString(option);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a chart option", e);
        }
    }
}
