package io.github.linkpost;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The one exception type of the library: a value that breaks a rule, or a post that cannot be
 * read or written. The message names the field and the offending value, and, when a file was
 * being read, the file and the line ({@code FILE:LINE: message}).
 *
 * <pre>{@code
 * try {
 *   Link.of("", "ftp://example.org/");
 * } catch (LinkPostException e) {
 *   System.err.println(e.getMessage()); // Link.text must not be blank, was ""
 * }
 * }</pre>
 */
public final class LinkPostException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Longest value quoted in a message; longer values are shortened with an ellipsis. */
  private static final int MAX_QUOTED = 120;

  private final transient Path file;
  private final int line;
  private final String reason;

  /**
   * A failure with a message and no file position.
   *
   * @param message what is wrong
   */
  public LinkPostException(String message) {
    this(message, null, null, 0);
  }

  /**
   * A failure with a message and its cause.
   *
   * @param message what is wrong
   * @param cause the underlying failure
   */
  public LinkPostException(String message, Throwable cause) {
    this(message, cause, null, 0);
  }

  private LinkPostException(String reason, Throwable cause, Path file, int line) {
    super(position(file, line) + reason, cause);
    this.reason = reason;
    this.file = file;
    this.line = line;
  }

  /**
   * A value that breaks a rule: {@code "<field> <rule>, was <value>"}.
   *
   * @param field the field, as {@code Type.attribute}
   * @param rule what the value must be, e.g. {@code "must not be blank"}
   * @param value the offending value (quoted and escaped in the message)
   * @return the exception, to be thrown
   */
  public static LinkPostException invalid(String field, String rule, Object value) {
    return new LinkPostException(field + " " + rule + ", was " + quote(value));
  }

  /**
   * The same failure, placed in a file.
   *
   * @param path the file being read or written
   * @param lineNumber the 1-based line, or 0 when unknown
   * @return a new exception with the position in its message
   */
  public LinkPostException at(Path path, int lineNumber) {
    LinkPostException placed = new LinkPostException(reason, getCause(), path, lineNumber);
    placed.setStackTrace(getStackTrace());
    return placed;
  }

  /**
   * The file the failure happened in.
   *
   * @return the file, when the failure is tied to one
   */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /**
   * The 1-based line the failure happened on.
   *
   * @return the line, when known
   */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /**
   * The message without the file position.
   *
   * @return what is wrong
   */
  public String reason() {
    return reason;
  }

  private static String position(Path file, int line) {
    if (file == null) {
      return line > 0 ? "line " + line + ": " : "";
    }
    return line > 0 ? file + ":" + line + ": " : file + ": ";
  }

  /** Quotes a value for a message, escaping what a terminal would not show. */
  static String quote(Object value) {
    if (value == null) {
      return "nothing";
    }
    if (value instanceof Number || value instanceof Boolean || value instanceof Iterable<?>) {
      return String.valueOf(value);
    }
    String text = value.toString();
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_QUOTED) + 8).append('"');
    int shown = 0;
    for (int i = 0; i < text.length(); ) {
      if (shown == MAX_QUOTED) {
        out.append("\u2026");
        break;
      }
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      shown++;
      switch (cp) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
            out.append(String.format("\\u%04X", cp));
          } else {
            out.appendCodePoint(cp);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
