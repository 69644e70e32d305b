package vn.householdledger.web.report;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.householdledger.api.commune.CommuneItem;
import vn.householdledger.web.Formats;

/** The options of a filter's select, "all" first. */
public final class Choices {

    private Choices() {
    }

    public static Map<String, String> communes(Formats fmt, Collection<CommuneItem> communes) {
        Map<String, String> choices = all(fmt);
        communes.forEach(c -> choices.put(c.code(), c.name()));
        return choices;
    }

    /** Codes by their labels in the message group {@code labels}. */
    public static Map<String, String> codes(Formats fmt, String labels, Enum<?>[] codes) {
        Map<String, String> choices = all(fmt);
        for (Enum<?> code : codes) {
            choices.put(code.name(), fmt.label(labels, code));
        }
        return choices;
    }

    private static Map<String, String> all(Formats fmt) {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("", fmt.message("filter.all"));
        return choices;
    }
}
