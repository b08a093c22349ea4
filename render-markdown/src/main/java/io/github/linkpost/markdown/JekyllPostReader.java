package io.github.linkpost.markdown;

import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.PostStyle;
import io.github.linkpost.markdown.internal.PostParser;
import io.github.linkpost.markdown.internal.Words;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

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
 * <p>The reader reads a {@link PostStyle}'s words and formats, and where it keeps the link:
 * {@code JekyllPostReader.builder().style(site.style()).build()}. Posts without {@code title:}
 * have none; a front-matter key given twice takes the last value, as Jekyll does (and tells
 * {@link Builder#warnings(Consumer)}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class JekyllPostReader {
  private static final JekyllPostReader JEKYLL = builder().build();

  private final Words words;
  private final Consumer<LinkPostException> warnings;

  private JekyllPostReader(Builder builder) {
    this.words = Words.of(builder.style);
    this.warnings = builder.warnings;
  }

  /**
   * The reader of the reference style, {@link PostStyle#reference()}: times without a zone
   * label are read in the system zone (as when the class was loaded), as Jekyll reads a site
   * without {@code timezone}.
   *
   * @return the shared instance
   */
  public static JekyllPostReader jekyll() {
    return JEKYLL;
  }

  /**
   * Starts a reader of the reference style.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The style this reader reads.
   *
   * @return the style
   */
  public PostStyle style() {
    return words.style();
  }

  /**
   * Reads a post file (UTF-8). Its name gives the post's date when the front matter has none,
   * as Jekyll takes it.
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
    return read(text, file);
  }

  /**
   * Reads a post from the text of the given file, read by the caller. The file's name gives the
   * post's date when the front matter has none; messages name the file.
   *
   * @param text the whole file's text, front matter included
   * @param file the file the text is of
   * @return the post
   * @throws LinkPostException when the text is not a post, with the file and the line
   */
  public LinkPost read(String text, Path file) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    Consumer<LinkPostException> placed = warnings == null ? null
        : w -> warnings.accept(w.file().isPresent() ? w : w.at(file, w.line().orElse(0)));
    try {
      return PostParser.parse(text, words,
          Optional.ofNullable(name).map(Path::toString), placed);
    } catch (LinkPostException e) {
      throw e.file().isPresent() ? e : e.at(file, e.line().orElse(0));
    }
  }

  /**
   * Reads a post from its text alone (a front-matter link post without {@code date:} needs its
   * file's name, so read it with {@link #read(String, Path)}).
   *
   * @param text the whole file's text, front matter included
   * @return the post
   * @throws LinkPostException when the text is not a post, with the line
   */
  public LinkPost read(String text) {
    return PostParser.parse(Objects.requireNonNull(text, "text"), words, Optional.empty(), warnings);
  }

  /**
   * Configures a {@link JekyllPostReader}.
   */
  public static final class Builder {
    private PostStyle style = PostStyle.reference();
    private Consumer<LinkPostException> warnings;

    private Builder() {}

    /**
     * The style read: its labels, formats, where the link lives and the zone of times without
     * a label.
     *
     * @param style default {@link PostStyle#reference()}
     * @return this builder
     */
    public Builder style(PostStyle style) {
      this.style = Objects.requireNonNull(style, "style");
      return this;
    }

    /**
     * The zone of times shown without a zone label: a shortcut for the style's zone.
     *
     * @param zone default the system zone
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.style = style.withZone(Objects.requireNonNull(zone, "zone"));
      return this;
    }

    /**
     * Told, on the reading thread, of what a post holds that Jekyll takes but that is likely a
     * mistake (a front-matter key given twice: the last is taken); each with the file, when
     * known, and the line. A reader shared by threads calls it from each.
     *
     * @param warnings the listener; default none
     * @return this builder
     */
    public Builder warnings(Consumer<LinkPostException> warnings) {
      this.warnings = Objects.requireNonNull(warnings, "warnings");
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
