package io.github.objectregistry.json;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Finds the registered names closest to an unknown one, for "did you mean" hints. Runs only on the error
 * path, and caps its work so that hostile names cannot make it expensive.
 */
final class NameSuggestions {

    private static final int MAX_SUGGESTIONS = 3;

    /** Names longer than this are not compared: no registered name is that long, and edit distance is quadratic. */
    private static final int MAX_COMPARED_LENGTH = 128;

    private NameSuggestions() {
    }

    /**
     * Returns up to three candidates whose full name, or name after the package, is within a small edit
     * distance of {@code name}, closest first.
     */
    static List<String> closest(String name, Collection<String> candidates) {
        if (name.length() > MAX_COMPARED_LENGTH) {
            return List.of();
        }
        int threshold = Math.max(2, name.length() / 3);
        return candidates.stream()
            .filter((candidate) -> candidate.length() <= MAX_COMPARED_LENGTH)
            .map((candidate) -> Map.entry(candidate, distance(name, candidate)))
            .filter((scored) -> scored.getValue() <= threshold)
            .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
            .limit(MAX_SUGGESTIONS)
            .map(Map.Entry::getKey)
            .toList();
    }

    /** The smaller of the edit distances to the full candidate and to its part after {@code >}. */
    private static int distance(String name, String candidate) {
        int full = levenshtein(name, candidate);
        int separator = candidate.lastIndexOf('>');
        if (separator < 0) {
            return full;
        }
        String nameOnly = name.substring(name.lastIndexOf('>') + 1);
        return Math.min(full, levenshtein(nameOnly, candidate.substring(separator + 1)));
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
