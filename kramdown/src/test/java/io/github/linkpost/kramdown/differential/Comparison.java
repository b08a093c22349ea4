package io.github.linkpost.kramdown.differential;

/**
 * One document through both converters, and the verdict: the same HTML after {@link
 * RougeSpans}, different, or no reference (kramdown itself stops with an error on a few
 * documents, such as a character reference beyond Unicode, {@code &#1114112;}; Jekyll's build
 * fails there, so any HTML or exception of the engine's own is accepted, but a defect such as
 * a stack overflow is not).
 *
 * @param name what the document is called in a report (a file name, a number)
 * @param markdown the document
 * @param oracle what Jekyll's converter made of it
 * @param engine what the engine made of it
 */
record Comparison(String name, String markdown, Outcome oracle, Outcome engine) {
  private static final int CONTEXT = 60;

  enum Verdict { EQUAL, DIFFERENT, NO_REFERENCE }

  Verdict verdict() {
    if (engine.failed() && !engine.meant()) {
      return Verdict.DIFFERENT;
    }
    if (oracle.failed()) {
      return Verdict.NO_REFERENCE;
    }
    return expected().equals(actual()) ? Verdict.EQUAL : Verdict.DIFFERENT;
  }

  /** Whether the engine did what kramdown does (or kramdown gave nothing to compare with). */
  boolean equal() {
    return verdict() != Verdict.DIFFERENT;
  }

  /** The oracle's HTML as compared: rouge's token spans removed. */
  String expected() {
    return oracle.failed() ? oracle.text() : RougeSpans.strip(oracle.html());
  }

  /** The engine's HTML as compared. */
  String actual() {
    return engine.failed() ? engine.text() : RougeSpans.strip(engine.html());
  }

  /** Where the compared texts first differ, or -1 when they are equal. */
  int firstDifference() {
    String a = expected();
    String b = actual();
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        return i;
      }
    }
    return a.length() == b.length() ? -1 : n;
  }

  /** One line: the name and where the two differ, with a little of each around it. */
  String summary() {
    if (verdict() == Verdict.NO_REFERENCE) {
      return name + ": kramdown fails (" + oracle.error() + ")";
    }
    if (engine.failed()) {
      return name + ": the engine fails (" + engine.error() + ")";
    }
    int at = firstDifference();
    return name + ": " + (at < 0 ? "equal" : "differs at " + position(expected(), at)
        + ": kramdown «" + around(expected(), at) + "» engine «" + around(actual(), at) + "»");
  }

  /** The whole story: the document, both HTMLs, and where they first differ. */
  String describe() {
    int at = firstDifference();
    StringBuilder text = new StringBuilder();
    text.append("=== ").append(name).append(at < 0 ? " (equal)" : " differs at "
        + position(expected(), at)).append('\n');
    text.append("--- document (escaped: \\n line end, \\r CR, \\t tab, \\u{…} invisible)\n")
        .append(Visible.of(markdown)).append('\n');
    text.append("--- kramdown (Jekyll 4.3)\n").append(Visible.of(expected())).append('\n');
    text.append("--- engine\n").append(Visible.of(actual())).append('\n');
    if (at >= 0) {
      text.append("--- first difference at ").append(position(expected(), at)).append('\n')
          .append("kramdown: ").append(Visible.of(around(expected(), at))).append('\n')
          .append("engine:   ").append(Visible.of(around(actual(), at))).append('\n');
    }
    return text.toString();
  }

  /** A character index as offset, line and column (both from 1). */
  static String position(String text, int at) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < Math.min(at, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return "offset " + at + " (line " + line + ", column " + column + ")";
  }

  private static String around(String text, int at) {
    int from = Math.max(0, at - CONTEXT / 2);
    int to = Math.min(text.length(), at + CONTEXT);
    String part = (from > 0 ? "…" : "") + text.substring(from, to)
        + (to < text.length() ? "…" : "");
    return part.replace("\n", "\\n");
  }
}
