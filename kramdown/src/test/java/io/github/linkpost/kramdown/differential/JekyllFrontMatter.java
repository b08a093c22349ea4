package io.github.linkpost.kramdown.differential;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post file's body as Jekyll 4.3 reads it: a leading byte order mark dropped (Jekyll reads
 * UTF-8 files with {@code bom|utf-8}), then the front matter removed with the pattern of
 * {@code Jekyll::Document}: a first line of {@code ---}, anything, and a line of {@code ---} or
 * {@code ...} (trailing white space allowed on both). Only LF ends a line for this pattern, as
 * for Ruby's {@code ^} and {@code $}; a file that does not match is a body as it is.
 */
final class JekyllFrontMatter {
  // (?d): only \n is a line terminator for ^ and $, as in Ruby. (?s): . matches \n (Ruby's /m).
  private static final Pattern FRONT_MATTER =
      Pattern.compile("(?sdm)\\A(---\\s*\\n.*?\\n?)^((---|\\.\\.\\.)\\s*$\\n?)");

  private JekyllFrontMatter() {}

  static String body(String file) {
    String text = file.startsWith("\uFEFF") ? file.substring(1) : file;
    Matcher m = FRONT_MATTER.matcher(text);
    return m.find() ? text.substring(m.end()) : text;
  }
}
