package io.github.linkpost.kramdown.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Forward searches over one string, remembered so that asking again from a later position costs
 * nothing. kramdown looks ahead for a closing delimiter from every opening one and gives up at
 * the end of the text when there is none; answering those searches from here keeps a text with
 * many unclosed openers linear.
 */
final class SearchCache {
  private final String s;
  private final Map<String, int[]> found = new HashMap<>();
  private int[] braceFound;
  private int[] strikeFound;
  private int[] runStarts;
  private int[] runLengths;
  private int[] runSuffixMax;
  private final Map<Character, int[][]> fences = new HashMap<>();
  private int[] escapedBraces;
  private final int[][] closers = new int[4][];

  SearchCache(String s) {
    this.s = s;
  }

  /** {@code s.indexOf(needle, from)}, remembered. */
  int indexOf(String needle, int from) {
    int[] memo = found.get(needle);
    if (memo != null && memo[0] <= from && (memo[1] < 0 || from <= memo[1])) {
      return memo[1];
    }
    int r = s.indexOf(needle, from);
    found.put(needle, new int[] {from, r});
    return r;
  }

  /** The first {@code }} at or after {@code from} that no backslash precedes, or -1. */
  int unescapedBrace(int from) {
    int[] memo = braceFound;
    if (memo != null && memo[0] <= from && (memo[1] < 0 || from <= memo[1])) {
      return memo[1];
    }
    int r = -1;
    for (int i = s.indexOf('}', from); i >= 0; i = s.indexOf('}', i + 1)) {
      if (i == 0 || s.charAt(i - 1) != '\\') {
        r = i;
        break;
      }
    }
    braceFound = new int[] {from, r};
    return r;
  }

  /**
   * The first {@code ~~} at or after {@code from + 1} that follows a character other than
   * white space or a tilde; returns the index of that character, or -1.
   */
  int strikeCloser(int from) {
    int[] memo = strikeFound;
    if (memo != null && memo[0] <= from && (memo[1] < 0 || from <= memo[1])) {
      return memo[1];
    }
    int r = -1;
    for (int i = s.indexOf("~~", from + 1); i >= 0; i = s.indexOf("~~", i + 1)) {
      char c = s.charAt(i - 1);
      if (i - 1 >= from && c != '~' && !Chars.isSpace(c)) {
        r = i - 1;
        break;
      }
    }
    strikeFound = new int[] {from, r};
    return r;
  }

  /** Index of the first run of at least {@code n} backticks starting at or after {@code from}. */
  int backticks(int from, int n) {
    if (runStarts == null) {
      indexRuns();
    }
    int lo = 0;
    int hi = runStarts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (runStarts[mid] < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int k = lo;
    if (k > 0 && runStarts[k - 1] + runLengths[k - 1] > from) {
      int partial = runStarts[k - 1] + runLengths[k - 1] - from;
      if (partial >= n) {
        return from;
      }
    }
    if (k >= runStarts.length || runSuffixMax[k] < n) {
      return -1;
    }
    while (runLengths[k] < n) {
      k++;
    }
    return runStarts[k];
  }

  private void indexRuns() {
    List<int[]> runs = new ArrayList<>();
    int i = s.indexOf('`');
    while (i >= 0) {
      int j = i;
      while (j < s.length() && s.charAt(j) == '`') {
        j++;
      }
      runs.add(new int[] {i, j - i});
      i = s.indexOf('`', j);
    }
    runStarts = new int[runs.size()];
    runLengths = new int[runs.size()];
    runSuffixMax = new int[runs.size()];
    for (int k = 0; k < runs.size(); k++) {
      runStarts[k] = runs.get(k)[0];
      runLengths[k] = runs.get(k)[1];
    }
    int max = 0;
    for (int k = runs.size() - 1; k >= 0; k--) {
      max = Math.max(max, runLengths[k]);
      runSuffixMax[k] = max;
    }
  }

  /**
   * The start of the first line at or after {@code from} that holds up to three spaces, at
   * least {@code k} of {@code c} and nothing else but white space; -1 if none.
   */
  int fenceLine(char c, int from, int k) {
    int[][] idx = fenceIndex(c);
    int[] starts = idx[0];
    int[] lengths = idx[1];
    int[] suffixMax = idx[2];
    int i = lowerBound(starts, from);
    if (i >= starts.length || suffixMax[i] < k) {
      return -1;
    }
    while (lengths[i] < k) {
      i++;
    }
    return starts[i];
  }

  /** The longest such fence line at or after {@code from}: its run length, or 0. */
  int longestFenceLine(char c, int from) {
    int[][] idx = fenceIndex(c);
    int i = lowerBound(idx[0], from);
    return i < idx[0].length ? idx[2][i] : 0;
  }

  private static int lowerBound(int[] a, int key) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private int[][] fenceIndex(char c) {
    int[][] idx = fences.get(c);
    if (idx != null) {
      return idx;
    }
    List<int[]> lines = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      int e = s.indexOf('\n', i);
      if (e < 0) {
        break;
      }
      int j = HtmlSyntax.optSpace(s, i);
      int r = j;
      while (r < e && s.charAt(r) == c) {
        r++;
      }
      if (r - j >= 3) {
        int w = r;
        while (w < e && Chars.isSpace(s.charAt(w))) {
          w++;
        }
        if (w == e) {
          lines.add(new int[] {i, r - j});
        }
      }
      i = e + 1;
    }
    int m = lines.size();
    idx = new int[3][m];
    for (int k = 0; k < m; k++) {
      idx[0][k] = lines.get(k)[0];
      idx[1][k] = lines.get(k)[1];
    }
    int max = 0;
    for (int k = m - 1; k >= 0; k--) {
      max = Math.max(max, idx[1][k]);
      idx[2][k] = max;
    }
    fences.put(c, idx);
    return idx;
  }

  /** The indices of the braces a backslash precedes, in order. */
  int[] escapedBraces() {
    if (escapedBraces == null) {
      List<Integer> list = new ArrayList<>();
      for (int i = s.indexOf("\\}"); i >= 0; i = s.indexOf("\\}", i + 1)) {
        list.add(i + 1);
      }
      escapedBraces = list.stream().mapToInt(Integer::intValue).toArray();
    }
    return escapedBraces;
  }

  /** The index of the last element below {@code key} in a sorted array, or -1. */
  static int lastBelow(int[] a, int key) {
    return lowerBound(a, key) - 1;
  }

  /**
   * The first index at or after {@code from} holding {@code c} ({@code *} or {@code _}), once
   * or twice as {@code length} says, after a character that is no white space: where an
   * emphasis could close. -1 if none.
   */
  int emphasisCloser(char c, int length, int from) {
    int slot = (c == '*' ? 0 : 2) + (length == 2 ? 1 : 0);
    int[] memo = closers[slot];
    if (memo != null && memo[0] <= from && (memo[1] < 0 || from <= memo[1])) {
      return memo[1];
    }
    int r = -1;
    for (int i = s.indexOf(c, Math.max(from, 1)); i >= 0; i = s.indexOf(c, i + 1)) {
      if (!Chars.isSpace(s.charAt(i - 1)) && (length == 1 || Chars.at(s, i + 1) == c)) {
        r = i;
        break;
      }
    }
    closers[slot] = new int[] {from, r};
    return r;
  }
}
