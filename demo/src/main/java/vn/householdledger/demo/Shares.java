package vn.householdledger.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/** Splitting whole numbers exactly: households over units, mentions over households. */
final class Shares {

    private Shares() {
    }

    /**
     * {@code total} split in proportion to {@code weights} by the largest-remainder method: each part
     * is its share rounded down, and the households left over go to the largest remainders (the
     * earlier unit first on a tie).
     */
    static int[] split(int total, int[] weights) {
        long sum = Arrays.stream(weights).asLongStream().sum();
        if (total < 0 || sum <= 0) {
            throw new IllegalArgumentException("cannot split " + total + " over weights " + Arrays.toString(weights));
        }
        int[] parts = new int[weights.length];
        long[] remainders = new long[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            long exact = (long) total * weights[i];
            parts[i] = (int) (exact / sum);
            remainders[i] = exact % sum;
            given += parts[i];
        }
        Integer[] order = IntStream.range(0, weights.length).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> -remainders[i]).thenComparing(i -> i))
                .toArray(Integer[]::new);
        for (int k = 0; given < total; k++, given++) {
            parts[order[k]]++;
        }
        return parts;
    }

    /**
     * Deals every token to {@code holders} holders, one or two distinct tokens each, in a random order:
     * as many holders get two as there are tokens beyond one each. No value may fill more than half
     * of the holders' seats, or two of it could not be kept apart.
     */
    static <T> List<List<T>> deal(List<T> tokens, int holders, Random random) {
        int pairs = tokens.size() - holders;
        if (pairs < 0 || pairs > holders) {
            throw new IllegalArgumentException(tokens.size() + " tokens cannot be dealt to " + holders
                    + " holders, one or two each");
        }
        List<T> deck = new ArrayList<>(tokens);
        Collections.shuffle(deck, random);
        // Holder i < pairs holds deck[2i] and deck[2i + 1]; holder i >= pairs holds deck[pairs + i].
        for (int i = 0; i < pairs; i++) {
            if (deck.get(2 * i).equals(deck.get(2 * i + 1))) {
                swapApart(deck, i, pairs, random);
            }
        }
        List<List<T>> dealt = new ArrayList<>();
        for (int i = 0; i < holders; i++) {
            dealt.add(i < pairs ? List.of(deck.get(2 * i), deck.get(2 * i + 1)) : List.of(deck.get(pairs + i)));
        }
        return dealt;
    }

    /** Swaps the second token of pair {@code i} with one elsewhere that leaves both places distinct. */
    private static <T> void swapApart(List<T> deck, int i, int pairs, Random random) {
        T twice = deck.get(2 * i);
        int start = random.nextInt(deck.size());
        for (int k = 0; k < deck.size(); k++) {
            int p = (start + k) % deck.size();
            if (p / 2 == i && p < 2 * pairs || deck.get(p).equals(twice)) {
                continue;
            }
            boolean inPair = p < 2 * pairs;
            if (inPair && deck.get(p ^ 1).equals(twice)) {
                continue;
            }
            Collections.swap(deck, 2 * i + 1, p);
            return;
        }
        throw new IllegalArgumentException("Too many tokens of " + twice + " to keep them apart");
    }

    /** The values that qualify, in a random order. */
    static <T> List<T> pick(List<T> values, Predicate<? super T> qualifies, Random random) {
        List<T> picked = new ArrayList<>(values.stream().filter(qualifies).toList());
        Collections.shuffle(picked, random);
        return picked;
    }
}
