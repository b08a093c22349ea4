package io.github.linkpost.markdown.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The runs of backticks in a text, indexed by length, so that finding where a code span closes
 * takes a binary search instead of a scan: a text of many unmatched runs stays linear.
 */
final class BacktickRuns {
  private final String text;
  private Map<Integer, int[]> startsByLength;

  BacktickRuns(String text) {
    this.text = text;
  }

  /**
   * Where a backtick run starting at {@code start} ends: after the matching closing run when
   * there is one (a code span), else after the opening run (literal backticks).
   */
  int codeSpanEnd(int start) {
    int run = start;
    while (run < text.length() && text.charAt(run) == '`') {
      run++;
    }
    int length = run - start;
    int[] starts = index().get(length);
    if (starts != null) {
      int i = Arrays.binarySearch(starts, run);
      int next = i >= 0 ? i : -i - 1;
      if (next < starts.length) {
        return starts[next] + length;
      }
    }
    return run;
  }

  private Map<Integer, int[]> index() {
    if (startsByLength == null) {
      Map<Integer, int[]> starts = new HashMap<>();
      Map<Integer, Integer> counts = new HashMap<>();
      int i = 0;
      while (i < text.length()) {
        if (text.charAt(i) != '`') {
          i++;
          continue;
        }
        int start = i;
        while (i < text.length() && text.charAt(i) == '`') {
          i++;
        }
        int length = i - start;
        int[] list = starts.computeIfAbsent(length, l -> new int[4]);
        int count = counts.getOrDefault(length, 0);
        if (count == list.length) {
          list = Arrays.copyOf(list, count * 2);
          starts.put(length, list);
        }
        list[count] = start;
        counts.put(length, count + 1);
      }
      starts.replaceAll((length, list) -> Arrays.copyOf(list, counts.get(length)));
      startsByLength = starts;
    }
    return startsByLength;
  }
}
