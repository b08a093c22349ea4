package io.github.linkpost.kramdown.internal;

/** The show-whitespaces class on a code block: spaces and tabs made visible. */
final class ShowWhitespace {
  private ShowWhitespace() {}

  static String mark(String code) {
    StringBuilder sb = new StringBuilder(code.length() * 2);
    int n = code.length();
    int i = 0;
    while (i < n) {
      char c = code.charAt(i);
      if (c != ' ' && c != '\t') {
        sb.append(c);
        i++;
        continue;
      }
      int j = i;
      while (j < n && (code.charAt(j) == ' ' || code.charAt(j) == '\t')) {
        j++;
      }
      boolean lineStart = i == 0 || code.charAt(i - 1) == '\n';
      boolean lineEnd = j == n || code.charAt(j) == '\n';
      String suffix = lineStart ? "-l" : lineEnd ? "-r" : "";
      for (int k = i; k < j; k++) {
        if (code.charAt(k) == '\t') {
          sb.append("<span class=\"ws-tab").append(suffix).append("\">\t</span>");
        } else {
          sb.append("<span class=\"ws-space").append(suffix).append("\">&#8901;</span>");
        }
      }
      i = j;
    }
    return sb.toString();
  }
}
