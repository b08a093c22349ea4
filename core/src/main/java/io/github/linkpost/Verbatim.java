package io.github.linkpost;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Markdown that a post holds as it is: a reader keeps here whatever it does not recognise as a
 * discovery or a quote, and users may add sections of their own ("Previously", a code block).
 *
 * <pre>{@code
 * Verbatim previously = Verbatim.of("## Previously\n\n* [An older post](https://example.org/old)\n");
 * }</pre>
 *
 * <p>Renderers write the text unchanged (Markdown) or render it as CommonMark (HTML). Blank
 * lines before and after the text are dropped and the text ends with a line break, since the
 * renderer separates parts with blank lines of its own.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract non-sealed class Verbatim implements BodyPart {
  Verbatim() {}

  /**
   * The Markdown text, exactly as it stands in the post, line endings included.
   *
   * @return the text, never empty
   */
  @Value.Parameter
  public abstract String markdown();

  /**
   * Markdown kept as it is.
   *
   * @param markdown the text, not empty
   * @return the part
   */
  public static Verbatim of(String markdown) {
    return ImmutableVerbatim.of(Checks.notNull("Verbatim.markdown", markdown));
  }

  /**
   * A copy with another text.
   *
   * @param markdown the text, not blank
   * @return the copy
   */
  public final Verbatim withMarkdown(String markdown) {
    return of(markdown);
  }

  /**
   * Not part of the content: how the text was separated from what follows it in the file it was
   * read from. Set by readers only.
   *
   * @return the spelling, when the part was read from a file
   */
  @Value.Auxiliary
  public abstract Optional<Spelling> spelling();

  /**
   * A copy with the given spelling; used by readers.
   *
   * @param spelling how the part was spelled
   * @return the copy
   */
  public final Verbatim withSpelling(Spelling spelling) {
    return ((ImmutableVerbatim) this)
        .copyWithSpelling(Checks.notNull("Verbatim.spelling", spelling));
  }

  @Value.Check
  Verbatim normalize() {
    String text = markdown();
    if (text.isBlank()) {
      throw LinkPostException.invalid("Verbatim.markdown", "must not be blank", text);
    }
    String trimmed = trimBlankLines(text);
    return trimmed.equals(text) ? this : ImmutableVerbatim.of(trimmed);
  }

  /** Drops blank lines before the first and after the last line of text; ends with a break. */
  private static String trimBlankLines(String text) {
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        start = i + 1;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        break;
      }
    }
    int end = text.length();
    int lastText = end - 1;
    while (lastText >= 0 && Character.isWhitespace(text.charAt(lastText))) {
      lastText--;
    }
    int lineEnd = text.indexOf('\n', lastText + 1);
    if (lineEnd < 0) {
      return text.substring(start) + "\n";
    }
    return text.substring(start, lineEnd + 1);
  }
}
