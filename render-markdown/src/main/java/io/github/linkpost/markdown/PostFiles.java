package io.github.linkpost.markdown;

import io.github.linkpost.LinkPostException;
import io.github.linkpost.OutputFiles;
import io.github.linkpost.OutputFiles.IfExists;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Names Jekyll post files and writes them into a {@code _posts} folder safely: atomically
 * (a temporary file in the same folder, then a move), and never over an existing post unless
 * asked. Other rendered files (HTML pages, feeds) are written the same way by
 * {@link OutputFiles#write}.
 *
 * <pre>{@code
 * String name = PostFiles.referenceName(discovery.at(), ZoneId.of("America/Vancouver"), "tides");
 * // "2025-10-13-p1159-tides.md"
 * Path written = PostFiles.write(Path.of("_posts"), name, markdown, IfExists.NEXT_FREE_NAME);
 * }</pre>
 */
public final class PostFiles {
  private static final DateTimeFormatter REFERENCE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd-'p'HHmm", Locale.ROOT);

  private PostFiles() {}

  /**
   * A name in the reference style, {@code YYYY-MM-DD-pHHMM-slug.md}: the date and time of the
   * instant in the given zone.
   *
   * @param at the discovery instant
   * @param zone the zone of the file name's date and time
   * @param slug the slug; cleaned with {@link Slugs#of(String)}
   * @return the file name
   */
  public static String referenceName(Instant at, ZoneId zone, String slug) {
    LinkPostException.notNull("at", at);
    LinkPostException.notNull("zone", zone);
    return REFERENCE.format(ZonedDateTime.ofInstant(at, zone)) + "-" + Slugs.of(slug) + ".md";
  }

  /**
   * A name in plain Jekyll style, {@code YYYY-MM-DD-slug.md}.
   *
   * @param date the post's date
   * @param slug the slug; cleaned with {@link Slugs#of(String)}
   * @return the file name
   */
  public static String plainName(LocalDate date, String slug) {
    LinkPostException.notNull("date", date);
    return date + "-" + Slugs.of(slug) + ".md";
  }

  /**
   * Writes a post file (UTF-8) into a folder, creating the folder when needed, as
   * {@link OutputFiles#write} writes any file: atomically, and never over an existing post
   * unless asked.
   *
   * @param postsDir the folder, e.g. {@code _posts}
   * @param fileName the file name (no folder part), ending in {@code .md}
   * @param text the post's text
   * @param ifExists what to do when the name is taken
   * @return the file actually written
   * @throws LinkPostException when the name is not a post file's, when it is taken (with
   *     {@link IfExists#FAIL}), or when writing fails ({@code cannot write _posts/x.md:
   *     permission denied})
   */
  public static Path write(Path postsDir, String fileName, String text, IfExists ifExists) {
    checkFileName(fileName);
    return OutputFiles.write(postsDir, fileName, text, ifExists);
  }

  private static void checkFileName(String fileName) {
    LinkPostException.notNull("fileName", fileName);
    if (!fileName.endsWith(".md") || fileName.length() <= 3 || fileName.startsWith(".")
        || fileName.indexOf('/') >= 0 || fileName.indexOf('\\') >= 0
        || fileName.indexOf('\0') >= 0) {
      throw LinkPostException.invalid(
          "fileName", "must be a plain file name ending in .md", fileName);
    }
  }
}
