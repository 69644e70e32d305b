package vn.householdledger.platform.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.householdledger.standard.Explanation;
import vn.householdledger.standard.Explanation.Comparison;

/**
 * A classification's {@link Explanation} in words of the reader's language, e.g. "Thu nhập 750.000 đ &gt;
 * chuẩn nghèo nông thôn 700.000 đ, ≤ chuẩn cận nghèo 1.000.000 đ; 2 chỉ số thiếu hụt (&lt; 3) → hộ cận
 * nghèo": the income, each line it was compared with (the first naming the area), the deprivations where
 * they decided, and the class with its basis. Both sides answer with it (an assessment, its preview, a
 * survey, a household's view).
 */
public final class ExplanationWords {

    private ExplanationWords() {
    }

    public static String of(Explanation explanation, Locale locale) {
        List<String> comparisons = new ArrayList<>();
        for (Comparison comparison : explanation.lines()) {
            String line = Messages.render(locale, "explanation.line." + comparison.line());
            if (comparisons.isEmpty()) {
                line = Messages.render(locale, "explanation.lineInArea", line,
                        Messages.render(locale, "explanation.area." + explanation.area()));
            }
            comparisons.add(Messages.render(locale, "explanation.comparison", comparison.above() ? ">" : "≤", line,
                    comparison.amount()));
        }
        StringBuilder words = new StringBuilder(Messages.render(locale, "explanation.income", explanation.income()))
                .append(' ').append(String.join(", ", comparisons));
        if (explanation.deprivations() != null) {
            words.append("; ").append(Messages.render(locale, "explanation.deprivations", explanation.deprivations(),
                    explanation.deprivations() < explanation.threshold() ? "<" : "≥", explanation.threshold()));
        }
        words.append(" → ").append(Messages.render(locale, "explanation.class." + explanation.classification()));
        if (explanation.basis() != null) {
            words.append(" (").append(Messages.render(locale, "explanation.basis." + explanation.basis())).append(')');
        }
        return words.toString();
    }

    /** In the language of the request being answered (Vietnamese off a request). */
    public static String of(Explanation explanation) {
        return of(explanation, Messages.ofRequest());
    }
}
