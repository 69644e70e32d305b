package vn.householdledger.standalone.reads;

import java.util.ArrayList;
import java.util.List;

/**
 * The test's own rule of the moves between classes, from a household's classes in order: out of
 * {@code POOR} is an escape (0), into it newly poor (1) the first time and fell back (2) after an escape,
 * {@code NEAR_POOR} to {@code NOT_POOR} an escape from near-poverty (3); -1 where a class makes no move.
 */
public final class ClassMoves {

    private ClassMoves() {
    }

    /** The move each class of {@code classes} makes, in the same order. */
    public static List<Integer> of(List<String> classes) {
        List<Integer> moves = new ArrayList<>();
        String before = null;
        boolean escapedBefore = false;
        for (String now : classes) {
            int kind = -1;
            if (now.equals("POOR") && !"POOR".equals(before)) {
                kind = escapedBefore ? 2 : 1;
            } else if ("POOR".equals(before) && !now.equals("POOR")) {
                kind = 0;
                escapedBefore = true;
            } else if ("NEAR_POOR".equals(before) && now.equals("NOT_POOR")) {
                kind = 3;
            }
            moves.add(kind);
            before = now;
        }
        return moves;
    }
}
