package vn.householdledger.api.household;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The 54 ethnic groups of Vietnam with their official codes (the General Statistics Office's list,
 * Decision 121-TCTK/PPCĐ), held as data in {@code ethnic-groups.csv}. A member's {@code ethnicity} is a
 * code of this list; a list brought in may name the group instead, with or without its accents.
 */
public final class EthnicGroups {

    /** The code of the Kinh (Việt), the majority: a household whose head is of another group is an ethnic-minority household. */
    public static final String KINH = "01";

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Map<String, EthnicGroup> BY_CODE = new LinkedHashMap<>();
    private static final Map<String, EthnicGroup> BY_NAME = new HashMap<>();

    static {
        for (EthnicGroup group : read()) {
            BY_CODE.put(group.code(), group);
            for (String name : names(group)) {
                EthnicGroup other = BY_NAME.put(plain(name), group);
                if (other != null && other != group) {
                    throw new IllegalStateException("The names of " + other.name() + " and " + group.name() + " cannot be told apart");
                }
            }
        }
    }

    private EthnicGroups() {
    }

    /** Every group, in the order of their codes. */
    public static List<EthnicGroup> all() {
        return List.copyOf(BY_CODE.values());
    }

    public static Optional<EthnicGroup> byCode(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    /** Whether {@code code} is one of the 54 codes; null (not recorded) is not. */
    public static boolean isCode(String code) {
        return code != null && BY_CODE.containsKey(code);
    }

    /**
     * The group a list names: its code (also without its leading zero), its name or another of its names,
     * whatever the case, the accents, the hyphens and the spaces ({@code "Khơ-me"}, {@code "khmer"},
     * {@code "H'Mông"}, {@code "5"}).
     */
    public static Optional<EthnicGroup> named(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = text.strip();
        if (typed.chars().allMatch(Character::isDigit) && typed.length() <= 2) {
            return byCode(typed.length() == 1 ? "0" + typed : typed);
        }
        return Optional.ofNullable(BY_NAME.get(plain(typed)));
    }

    /** Whether a household whose head is of {@code code} is an ethnic-minority household: unknown when the head's group is. */
    public static YesNoUnknown isMinority(String code) {
        return code == null ? YesNoUnknown.UNKNOWN : KINH.equals(code) ? YesNoUnknown.NO : YesNoUnknown.YES;
    }

    /** Lower case, without accents (đ as d), hyphens, apostrophes or spaces: how two spellings of a name are compared. */
    static String plain(String name) {
        String decomposed = Normalizer.normalize(name.toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD);
        return NOT_LETTERS.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("");
    }

    private static List<String> names(EthnicGroup group) {
        List<String> names = new ArrayList<>(group.otherNames());
        names.add(0, group.name());
        return names;
    }

    private static List<EthnicGroup> read() {
        try (InputStream in = EthnicGroups.class.getResourceAsStream("ethnic-groups.csv");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<EthnicGroup> groups = new ArrayList<>();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(";", -1);
                List<String> others = fields[2].isBlank() ? List.of()
                        : Arrays.stream(fields[2].split(",")).map(String::strip).toList();
                groups.add(new EthnicGroup(fields[0], fields[1], others));
            }
            return groups;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the list of ethnic groups", e);
        }
    }
}
