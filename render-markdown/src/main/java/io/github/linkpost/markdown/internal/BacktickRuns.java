package io.github.linkpost.markdown.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The runs of backticks in a text, each linked to the next run of the same length, so that
 * finding where a code span closes is a lookup instead of a scan: a text of many unmatched runs
 * stays linear.
 */
final class BacktickRuns {
  private final String text;
  private int[] starts;
  private int[] nextSame;
  private int count;

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
    if (starts == null) {
      index();
    }
    int r = Arrays.binarySearch(starts, 0, count, start);
    if (r >= 0) {
      int next = nextSame[r];
      return next < 0 ? run : starts[next] + length;
    }
    // The opener is the tail of a longer run (its first backtick was escaped): search on.
    int i = Arrays.binarySearch(starts, 0, count, run);
    for (int k = i >= 0 ? i : -i - 1; k < count; k++) {
      if (runLength(k) == length) {
        return starts[k] + length;
      }
    }
    return run;
  }

  private int runLength(int k) {
    int end = starts[k];
    while (end < text.length() && text.charAt(end) == '`') {
      end++;
    }
    return end - starts[k];
  }

  private void index() {
    int[] s = new int[8];
    int[] lengths = new int[8];
    int n = 0;
    int i = text.indexOf('`');
    while (i >= 0) {
      int start = i;
      while (i < text.length() && text.charAt(i) == '`') {
        i++;
      }
      if (n == s.length) {
        s = Arrays.copyOf(s, n * 2);
        lengths = Arrays.copyOf(lengths, n * 2);
      }
      s[n] = start;
      lengths[n] = i - start;
      n++;
      i = text.indexOf('`', i);
    }
    int[] next = new int[n];
    int[] lastShort = new int[33];
    Arrays.fill(lastShort, -1);
    Map<Integer, Integer> lastLong = null;
    for (int r = n - 1; r >= 0; r--) {
      int length = lengths[r];
      if (length < lastShort.length) {
        next[r] = lastShort[length];
        lastShort[length] = r;
      } else {
        if (lastLong == null) {
          lastLong = new HashMap<>();
        }
        Integer later = lastLong.put(length, r);
        next[r] = later == null ? -1 : later;
      }
    }
    this.starts = s;
    this.nextSame = next;
    this.count = n;
  }
}
