package io.github.linkpost.kramdown.differential;

/**
 * Text shown so that every character can be seen: line breaks, tabs, NUL, lone CR, format
 * characters (RTL marks, zero-width joiners), combining marks and unusual spaces appear as
 * escapes, so two documents that print alike but differ never look the same in a report.
 */
final class Visible {
  private Visible() {}

  /**
   * The text with invisible characters escaped; each line break is written as its escape
   * followed by a real line break, so the text keeps its shape.
   */
  static String of(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '\n' -> out.append("\\n\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\\' -> out.append("\\\\");
        default -> {
          if (shown(c)) {
            out.appendCodePoint(c);
          } else {
            out.append(String.format("\\u{%04X}", c));
          }
        }
      }
    }
    return out.toString();
  }

  private static boolean shown(int c) {
    if (c == ' ') {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.SPACE_SEPARATOR,
          Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.PRIVATE_USE,
          Character.SURROGATE, Character.UNASSIGNED -> false;
      default -> true;
    };
  }
}
