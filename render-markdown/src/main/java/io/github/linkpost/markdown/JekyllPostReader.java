package io.github.linkpost.markdown;

import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.markdown.internal.PostParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Reads Jekyll post files back into {@link LinkPost}s, losing nothing: what it does not
 * recognise stays in the body as {@link io.github.linkpost.Verbatim} Markdown, and every part
 * remembers how it was spelled, so that {@link JekyllMarkdownRenderer} writes an unchanged post
 * back byte for byte.
 *
 * <pre>{@code
 * LinkPost post = JekyllPostReader.jekyll().read(Path.of("_posts/2025-10-13-p1159-tides.md"));
 * post.discovery().ifPresent(d -> System.out.println(d.at()));
 * String same = JekyllMarkdownRenderer.jekyll().render(post); // the file's text again
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class JekyllPostReader {
  private static final JekyllPostReader JEKYLL = builder().build();

  private final ZoneId zone;

  private JekyllPostReader(Builder builder) {
    this.zone = builder.zone;
  }

  /**
   * The reader with default settings (times without a zone label read in America/Vancouver).
   *
   * @return the shared instance
   */
  public static JekyllPostReader jekyll() {
    return JEKYLL;
  }

  /**
   * Starts a reader.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a post file (UTF-8).
   *
   * @param file the post file
   * @return the post
   * @throws LinkPostException when the file cannot be read or is not a post, with the file and
   *     the line
   */
  public LinkPost read(Path file) {
    Objects.requireNonNull(file, "file");
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8); // refuses bytes that are not UTF-8
    } catch (CharacterCodingException e) {
      throw new LinkPostException("is not UTF-8 text").at(file, 0);
    } catch (IOException e) {
      throw new LinkPostException("cannot read: " + e, e).at(file, 0);
    }
    try {
      return PostParser.parse(text, zone);
    } catch (LinkPostException e) {
      throw e.file().isPresent() ? e : e.at(file, e.line().orElse(0));
    }
  }

  /**
   * Reads a post from its text.
   *
   * @param text the whole file's text, front matter included
   * @return the post
   * @throws LinkPostException when the text is not a post, with the line
   */
  public LinkPost read(String text) {
    return PostParser.parse(Objects.requireNonNull(text, "text"), zone);
  }

  /**
   * Configures a {@link JekyllPostReader}.
   */
  public static final class Builder {
    private ZoneId zone = ZoneId.of("America/Vancouver");

    private Builder() {}

    /**
     * The zone of discovery times that carry no zone label.
     *
     * @param zone default {@code America/Vancouver}
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * The reader.
     *
     * @return an immutable reader
     */
    public JekyllPostReader build() {
      return new JekyllPostReader(this);
    }
  }
}
