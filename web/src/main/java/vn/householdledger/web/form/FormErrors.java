package vn.householdledger.web.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What was refused in a submitted form, field by field, in the reader's language. Field names are
 * the API's ({@code members[0].nationalId}), so a refusal from the domain lands next to the input
 * of that name; one without a field ({@link #FORM}) is shown above the form. Templates ask
 * {@link #has} and {@link #get}.
 */
public class FormErrors {

    /** The key of a refusal that concerns the whole form. */
    public static final String FORM = "form";

    private final Map<String, String> byField = new LinkedHashMap<>();

    public void add(String field, String message) {
        byField.merge(field == null || field.isBlank() ? FORM : field, message, (a, b) -> a + "; " + b);
    }

    /** Puts what was refused of the request's field {@code from} beside the form's field {@code to}, where it was typed. */
    public void move(String from, String to) {
        String message = byField.remove(from);
        if (message != null) {
            add(to, message);
        }
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** Every refusal in the order it was found, for the summary at the top of the form (the page puts it in form order). */
    public Map<String, String> all() {
        return Collections.unmodifiableMap(byField);
    }
}
