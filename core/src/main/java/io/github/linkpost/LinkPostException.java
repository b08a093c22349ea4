package io.github.linkpost;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The one exception type of the library: a value that breaks a rule, or a post that cannot be
 * read or written. The message names the field and the offending value, and, when a file was
 * being read, the file and the line ({@code FILE:LINE: message}); a file that cannot be read or
 * written at all is said in words ({@code cannot write _posts/x.md: permission denied}).
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

  private final transient @Nullable Path file;
  private final int line;
  private final String reason;

  /**
   * A failure with a message and no file position.
   *
   * @param message what is wrong
   */
  public LinkPostException(String message) {
    this(notNull("message", message), null, null, 0);
  }

  /**
   * A failure with a message and its cause.
   *
   * @param message what is wrong
   * @param cause the underlying failure, if any
   */
  public LinkPostException(String message, @Nullable Throwable cause) {
    this(notNull("message", message), cause, null, 0);
  }

  private LinkPostException(String reason, @Nullable Throwable cause, @Nullable Path file,
      int line) {
    this(position(file, line) + reason, reason, cause, file, line);
  }

  private LinkPostException(String message, String reason, @Nullable Throwable cause,
      @Nullable Path file, int line) {
    super(message, cause);
    this.reason = reason;
    this.file = file;
    this.line = line;
  }

  /**
   * A file that cannot be read or written: {@code "cannot <action> <file>: <why>"}, the why in
   * a few words ({@code no such file}, {@code permission denied}, {@code read-only file system},
   * {@code no space left on device}, {@code not a folder}, ...), never the failure's class or
   * the name of a temporary file. {@link #file()} is the file; the message has no position
   * prefix.
   *
   * <pre>{@code
   * catch (IOException e) {
   *   throw LinkPostException.cannot("write", Path.of("_posts/x.md"), e);
   *   // cannot write _posts/x.md: permission denied
   * }
   * }</pre>
   *
   * @param action what could not be done, as a verb ({@code "read"}, {@code "write"},
   *     {@code "list"}), possibly followed by what the file is ({@code "read --quote-file"})
   * @param file the file the user named
   * @param cause the failure: an {@link java.io.IOException}, or the unchecked exceptions a
   *     file system throws
   * @return the exception, to be thrown
   */
  public static LinkPostException cannot(String action, Path file, Throwable cause) {
    notNull("action", action);
    notNull("file", file);
    return cannot(action, file, FileFailures.why(notNull("cause", cause)), cause);
  }

  static LinkPostException cannot(String action, Path file, String why, Throwable cause) {
    String reason = "cannot " + action + " " + file + ": " + why;
    return new LinkPostException(reason, reason, cause, file, 0);
  }

  /**
   * The value, or, when it is null, a refusal naming the field: {@code "<field> must not be
   * null"}. For renderers and readers of other modules, so that they refuse null in the same
   * words as the values do.
   *
   * <pre>{@code
   * this.style = LinkPostException.notNull("style", style);
   * }</pre>
   *
   * @param field what the value is, as {@code Type.attribute} or a parameter's name
   * @param value the value
   * @param <T> the value's type
   * @return the value
   * @throws LinkPostException when the value is null
   */
  public static <T> T notNull(String field, @Nullable T value) {
    if (field == null) {
      throw new LinkPostException("field must not be null");
    }
    if (value == null) {
      throw new LinkPostException(field + " must not be null");
    }
    return value;
  }

  /**
   * A value that breaks a rule: {@code "<field> <rule>, was <value>"}.
   *
   * @param field the field, as {@code Type.attribute}
   * @param rule what the value must be, e.g. {@code "must not be blank"}
   * @param value the offending value (quoted and escaped in the message)
   * @return the exception, to be thrown
   */
  public static LinkPostException invalid(String field, String rule, @Nullable Object value) {
    notNull("field", field);
    notNull("rule", rule);
    return new LinkPostException(field + " " + rule + ", was " + quote(value));
  }

  /**
   * The same failure, placed in a file.
   *
   * @param path the file being read or written, or null when only the line is known
   * @param lineNumber the 1-based line, or 0 when unknown
   * @return a new exception with the position in its message
   */
  public LinkPostException at(@Nullable Path path, int lineNumber) {
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

  private static String position(@Nullable Path file, int line) {
    if (file == null) {
      return line > 0 ? "line " + line + ": " : "";
    }
    return line > 0 ? file + ":" + line + ": " : file + ": ";
  }

  /** Quotes a value for a message, escaping what a terminal would not show. */
  static String quote(@Nullable Object value) {
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
