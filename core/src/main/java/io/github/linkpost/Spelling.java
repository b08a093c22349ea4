package io.github.linkpost;

/**
 * How a value was spelled in the file a reader took it from, so that a renderer of the same
 * format can write an unchanged value back exactly as it was.
 *
 * <p>Readers attach a spelling to the parts they read; renderers use it only while the part
 * still equals what was read (a changed part is rendered afresh). A spelling never takes part
 * in equality: a post read from a file equals the same post built in code. Users do not need
 * to create spellings.
 *
 * <pre>{@code
 * Spelling s = Spelling.of("markdown", "* [Discovered](https://example.org/): Mar 25, 2024\n", read);
 * s.matches(discovery); // true while discovery.equals(read)
 * }</pre>
 */
public final class Spelling {
  private final String format;
  private final String text;
  private final Object readAs;

  private Spelling(String format, String text, Object readAs) {
    this.format = Checks.notNull("Spelling.format", format);
    this.text = Checks.notNull("Spelling.text", text);
    this.readAs = Checks.notNull("Spelling.readAs", readAs);
  }

  /**
   * A spelling.
   *
   * @param format the renderer format it belongs to, e.g. {@code "markdown"}
   * @param text the exact source text
   * @param readAs the value as it was read from that text
   * @return the spelling
   */
  public static Spelling of(String format, String text, Object readAs) {
    return new Spelling(format, text, readAs);
  }

  /**
   * The renderer format this spelling belongs to.
   *
   * @return the format name
   */
  public String format() {
    return format;
  }

  /**
   * The exact source text.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Whether the text still spells the given value: the value equals what was read.
   *
   * @param value the current value
   * @return true when the text may be written back for it
   */
  public boolean matches(Object value) {
    return readAs.equals(Checks.notNull("value", value));
  }

  @Override
  public String toString() {
    return "Spelling{" + format + ", " + text.length() + " chars}";
  }
}
