package dev.notedeck.theme;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for misspelt keys and names: the closest candidate by edit distance. */
final class Suggestions {
  private Suggestions() {}

  /** The candidate closest to {@code word}, if it is close enough to be a plausible typo. */
  static Optional<String> closest(String word, Collection<String> candidates) {
    String w = word.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      String c = candidate.toLowerCase(Locale.ROOT);
      int d = distance(w, c);
      if (w.length() >= 4 && c.length() > w.length()) {
        // A misspelt short form of a longer key: "titel" for "titleSize".
        d = Math.min(d, distance(w, c.substring(0, w.length())) + 1);
      }
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    int allowed = w.length() <= 3 ? 1 : Math.max(2, w.length() / 3);
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** " (did you mean 'x'?)" or "". */
  static String didYouMean(String word, Collection<String> candidates) {
    return closest(word, candidates).map(s -> "did you mean '" + s + "'? ").orElse("");
  }

  /** Edit distance counting a swap of neighbours as one edit (optimal string alignment). */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
