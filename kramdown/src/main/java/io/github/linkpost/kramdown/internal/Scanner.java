package io.github.linkpost.kramdown.internal;

/**
 * A position in one string being parsed, with the line number of that position in the
 * document. Patterns are matched at {@link #pos}, which counts as the start of a line (as in
 * kramdown, whose scanner treats its position as the string's start).
 */
final class Scanner {
  final String s;
  final int len;
  final int startLine;
  int pos;

  private int countedTo;
  private int newlines;
  private SearchCache cache;
  /** Span constructs that failed to close from a position (see {@link Parser#failedBefore}). */
  java.util.Set<Long> failed;

  Scanner(String s, int startLine) {
    this.s = s;
    this.len = s.length();
    this.startLine = startLine;
  }

  boolean eos() {
    return pos >= len;
  }

  int at(int i) {
    return i >= 0 && i < len ? s.charAt(i) : -1;
  }

  int cur() {
    return pos < len ? s.charAt(pos) : -1;
  }

  String rest() {
    return s.substring(pos);
  }

  /** The line of the current position: line feeds up to and including it count. */
  int lineNumber() {
    return lineAt(pos);
  }

  /** The line a position is on, a line feed there counting for the line it ends. */
  int lineOf(int p) {
    return lineAt(p) - (p < len && s.charAt(p) == '\n' ? 1 : 0);
  }

  int lineAt(int p) {
    int target = Math.min(p + 1, len);
    for (int i = countedTo; i < target; i++) {
      if (s.charAt(i) == '\n') {
        newlines++;
      }
    }
    for (int i = countedTo - 1; i >= target; i--) {
      if (s.charAt(i) == '\n') {
        newlines--;
      }
    }
    countedTo = target;
    return startLine + newlines;
  }

  /** Searches that kramdown repeats from ever later positions, answered from a cache. */
  SearchCache search() {
    if (cache == null) {
      cache = new SearchCache(s);
    }
    return cache;
  }
}
