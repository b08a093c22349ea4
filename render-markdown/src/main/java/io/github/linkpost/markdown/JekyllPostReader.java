package io.github.linkpost.markdown;

import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.PostStyle;
import io.github.linkpost.Site;
import io.github.linkpost.markdown.internal.PostFolders;
import io.github.linkpost.markdown.internal.PostParser;
import io.github.linkpost.markdown.internal.Words;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

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
 *
 * // A whole blog, each file's post or the reason it could not be read:
 * JekyllPostReader blog = JekyllPostReader.builder().site(JekyllSite.read(Path.of("myblog"))).build();
 * try (Stream<JekyllPostReader.Result> posts = blog.readAll(Path.of("myblog/_posts"))) {
 *   posts.forEach(r -> r.error().ifPresent(e -> System.err.println(e.getMessage())));
 * }
 * }</pre>
 *
 * <p>The reader reads a {@link PostStyle}'s words and formats, and where it keeps the link:
 * {@code JekyllPostReader.builder().style(site.style()).build()}, or, with the site's Markdown
 * extensions for reading folders too, {@code builder().site(site)}. Posts without
 * {@code title:} have none; a front-matter key given twice takes the last value, as Jekyll does
 * (and tells {@link Builder#warnings(Consumer)}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class JekyllPostReader {
  private static final JekyllPostReader JEKYLL = builder().build();

  private final Words words;
  private final List<String> markdownExtensions;
  private final @Nullable Consumer<LinkPostException> warnings;

  private JekyllPostReader(Builder builder) {
    this.words = Words.of(builder.style);
    this.markdownExtensions = builder.markdownExtensions;
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
   * The file extensions (without the dot) of the posts {@link #list(Path)} finds in a folder.
   *
   * @return the site's {@code markdown_ext}; Jekyll's by default
   */
  public List<String> markdownExtensions() {
    return markdownExtensions;
  }

  /**
   * Reads a post file (UTF-8). Its name gives the post's date when the front matter has none,
   * as Jekyll takes it.
   *
   * @param file the post file
   * @return the post
   * @throws LinkPostException when the file cannot be read ({@code cannot read FILE: no such
   *     file}) or is not a post, with the file and the line
   */
  public LinkPost read(Path file) {
    Result result = tryRead(file);
    if (result.error != null) {
      throw result.error;
    }
    return result.post().orElseThrow();
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
  public LinkPost parse(String text, Path file) {
    return parse(text, file, warnings);
  }

  /**
   * Reads a post from its text alone (a front-matter link post without {@code date:} needs its
   * file's name, so read it with {@link #parse(String, Path)}).
   *
   * @param text the whole file's text, front matter included
   * @return the post
   * @throws LinkPostException when the text is not a post, with the line
   */
  public LinkPost parse(String text) {
    return PostParser.parse(LinkPostException.notNull("text", text), words, Optional.empty(),
        warnings);
  }

  /**
   * The post files a path names: a file as it is; for a folder, every file in it and its
   * subfolders with one of the {@linkplain #markdownExtensions() Markdown extensions} (links
   * to files included, linked folders not entered), in the order of their paths.
   *
   * @param path a post file or a folder
   * @return the files
   * @throws LinkPostException when the path is not there or a folder cannot be listed
   *     ({@code cannot list _posts/2025: permission denied})
   */
  public List<Path> list(Path path) {
    return PostFolders.list(LinkPostException.notNull("path", path), markdownExtensions);
  }

  /**
   * Reads a post file, its failure kept in the result instead of thrown: for reading many
   * files, one failing not stopping the rest.
   *
   * @param file the post file
   * @return the post, or why it could not be read; with the file's text and warnings
   */
  public Result tryRead(Path file) {
    LinkPostException.notNull("file", file);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8); // refuses bytes that are not UTF-8
    } catch (CharacterCodingException e) {
      return new Result(file, null, null, new LinkPostException("is not UTF-8 text", e).at(file, 0),
          List.of());
    } catch (IOException | UnsupportedOperationException e) {
      return new Result(file, null, null, LinkPostException.cannot("read", file, e), List.of());
    }
    List<LinkPostException> heard = new ArrayList<>(0);
    Consumer<LinkPostException> both = warnings == null ? heard::add : w -> {
      heard.add(w);
      warnings.accept(w);
    };
    try {
      return new Result(file, text, parse(text, file, both), null, heard);
    } catch (LinkPostException e) {
      return new Result(file, text, null, e, heard);
    }
  }

  /**
   * Reads every post file a path names ({@link #list(Path)}), each as {@link #tryRead(Path)}
   * does, in order, one at a time as the stream is consumed.
   *
   * @param path a post file or a folder
   * @return the results, in the order of the files
   * @throws LinkPostException when the path is not there or a folder cannot be listed
   */
  public Stream<Result> readAll(Path path) {
    return list(path).stream().map(this::tryRead);
  }

  private LinkPost parse(String text, Path file, @Nullable Consumer<LinkPostException> heard) {
    LinkPostException.notNull("text", text);
    LinkPostException.notNull("file", file);
    Path name = file.getFileName();
    Consumer<LinkPostException> placed = heard == null ? null
        : w -> heard.accept(w.file().isPresent() ? w : w.at(file, w.line().orElse(0)));
    try {
      return PostParser.parse(text, words,
          Optional.ofNullable(name).map(Path::toString), placed);
    } catch (LinkPostException e) {
      throw e.file().isPresent() ? e : e.at(file, e.line().orElse(0));
    }
  }

  /**
   * A post file read: its post, or the reason it could not be read ({@code FILE:LINE: ...}),
   * with what the reader warned of.
   */
  public static final class Result {
    private final Path file;
    private final @Nullable String text;
    private final @Nullable LinkPost post;
    private final @Nullable LinkPostException error;
    private final List<LinkPostException> warnings;

    private Result(Path file, @Nullable String text, @Nullable LinkPost post,
        @Nullable LinkPostException error, List<LinkPostException> warnings) {
      this.file = file;
      this.text = text;
      this.post = post;
      this.error = error;
      this.warnings = List.copyOf(warnings);
    }

    /**
     * The file read.
     *
     * @return the file
     */
    public Path file() {
      return file;
    }

    /**
     * The post, when the file is one.
     *
     * @return the post, or empty when it could not be read
     */
    public Optional<LinkPost> post() {
      return Optional.ofNullable(post);
    }

    /**
     * Why the file could not be read as a post, with the file and the line.
     *
     * @return the failure, or empty when the post was read
     */
    public Optional<LinkPostException> error() {
      return Optional.ofNullable(error);
    }

    /**
     * The file's text, when it could be read as UTF-8 (even when it is not a post).
     *
     * @return the text
     */
    public Optional<String> text() {
      return Optional.ofNullable(text);
    }

    /**
     * What the file holds that Jekyll takes but is likely a mistake, each with the file and line.
     *
     * @return the warnings, in the order of the file
     */
    public List<LinkPostException> warnings() {
      return warnings;
    }

    @Override
    public String toString() {
      return file + (post != null ? ": read" : ": " + error);
    }
  }

  /**
   * Configures a {@link JekyllPostReader}.
   */
  public static final class Builder {
    private PostStyle style = PostStyle.reference();
    private List<String> markdownExtensions = Site.MARKDOWN_EXTENSIONS;
    private @Nullable Consumer<LinkPostException> warnings;

    private Builder() {}

    /**
     * The style read: its labels, formats, where the link lives and the zone of times without
     * a label.
     *
     * @param style default {@link PostStyle#reference()}
     * @return this builder
     */
    public Builder style(PostStyle style) {
      this.style = LinkPostException.notNull("style", style);
      return this;
    }

    /**
     * What a site's configuration says: its style (and so its zone) and its Markdown extensions.
     *
     * @param site the site, as {@link JekyllSite#read(Path)} gives it
     * @return this builder
     */
    public Builder site(Site site) {
      LinkPostException.notNull("site", site);
      this.style = site.style();
      this.markdownExtensions = site.markdownExtensions();
      return this;
    }

    /**
     * The zone of times shown without a zone label: a shortcut for the style's zone.
     *
     * @param zone default the system zone
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.style = style.withZone(LinkPostException.notNull("zone", zone));
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
      this.warnings = LinkPostException.notNull("warnings", warnings);
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
