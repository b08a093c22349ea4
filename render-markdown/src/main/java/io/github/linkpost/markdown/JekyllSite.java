package io.github.linkpost.markdown;

import io.github.linkpost.LinkPostException;
import io.github.linkpost.Site;
import io.github.linkpost.markdown.internal.SiteConfig;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a Jekyll site's {@code _config.yml} into a {@link Site}: {@code timezone},
 * {@code markdown_ext}, {@code kramdown}, {@code permalink}, {@code url}, {@code baseurl},
 * {@code title}, {@code author}, and the {@code linkpost:} section of the style.
 *
 * <pre>{@code
 * Site site = JekyllSite.read(Path.of("myblog"));          // myblog/_config.yml
 * JekyllPostReader reader = JekyllPostReader.builder().style(site.style()).build();
 * }</pre>
 *
 * <p>The {@code linkpost:} section, every key optional:
 * <pre>
 * linkpost:
 *   style: reference          # or front-matter
 *   link_key: external-url    # front-matter style: the key that holds the link
 *   labels:
 *     discovered: Discovered
 *     remarks_arrow: "&lt;--"
 *     quote_heading: "### QUOTE: "
 *     read_whole_thing: "Read the whole thing:"
 *     by: "By:"
 *     published: "Published:"
 *     elision: "..."
 * </pre>
 * {@code link_key} is the key written, and read first ({@code external-url}, {@code link} and
 * {@code external_url} are read too). The YAML is composed by SnakeYAML with the limits and tag
 * rules of post front matter; a wrong value is refused with a {@link LinkPostException} naming
 * the file, the line, the key and the value ({@code _config.yml:3: timezone must be a time zone
 * such as America/Vancouver, was "Mars/Olympus"}). Other keys of Jekyll's are passed over.
 */
public final class JekyllSite {
  /** The configuration's file name. */
  public static final String CONFIG = "_config.yml";

  private JekyllSite() {}

  /**
   * The site a folder's {@code _config.yml} (or {@code _config.yaml}) says.
   *
   * @param siteDir the site's folder
   * @return the site
   * @throws LinkPostException when the folder has no configuration, or it cannot be read or
   *     holds a wrong value
   */
  public static Site read(Path siteDir) {
    Optional<Path> config = config(siteDir);
    if (config.isEmpty()) {
      throw new LinkPostException("has no " + CONFIG).at(siteDir, 0);
    }
    Path file = config.get();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new LinkPostException("is not UTF-8 text").at(file, 0);
    } catch (IOException | UnsupportedOperationException e) {
      throw LinkPostException.cannot("read", file, e);
    }
    return parse(text, file);
  }

  /**
   * The configuration file of a site's folder, as Jekyll looks for it.
   *
   * @param siteDir the site's folder
   * @return {@code _config.yml} or {@code _config.yaml}, when there is one
   */
  public static Optional<Path> config(Path siteDir) {
    LinkPostException.notNull("siteDir", siteDir);
    for (String name : new String[] {CONFIG, "_config.yaml"}) {
      Path file = siteDir.resolve(name);
      if (Files.isRegularFile(file)) {
        return Optional.of(file);
      }
    }
    return Optional.empty();
  }

  /**
   * The site a configuration's text says.
   *
   * @param yaml the text of the file
   * @param file the file, named in messages
   * @return the site
   * @throws LinkPostException when a value is wrong, with the file and line
   */
  public static Site parse(String yaml, Path file) {
    return SiteConfig.parse(LinkPostException.notNull("yaml", yaml),
        LinkPostException.notNull("file", file));
  }
}
