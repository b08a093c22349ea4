package io.github.linkpost.markdown;

import io.github.linkpost.LinkPostException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Names Jekyll post files and writes them into a {@code _posts} folder safely: atomically
 * (a temporary file in the same folder, then a move), and never over an existing post unless
 * asked.
 *
 * <pre>{@code
 * String name = PostFiles.referenceName(discovery.at(), ZoneId.of("America/Vancouver"), "tides");
 * // "2025-10-13-p1159-tides.md"
 * Path written = PostFiles.write(Path.of("_posts"), name, markdown, PostFiles.IfExists.NEXT_FREE_NAME);
 * }</pre>
 */
public final class PostFiles {
  private static final DateTimeFormatter REFERENCE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd-'p'HHmm", Locale.ROOT);

  /** What {@link #write} does when a post of that name is already there. */
  public enum IfExists {
    /** Refuse with a {@link LinkPostException} naming the file (the default). */
    FAIL,
    /** Write {@code NAME-2.md}, {@code NAME-3.md}, ... : the first name that is free. */
    NEXT_FREE_NAME,
    /** Replace the existing post (atomically). */
    OVERWRITE
  }

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
    return date + "-" + Slugs.of(slug) + ".md";
  }

  /**
   * Writes a post file (UTF-8) into a folder, creating the folder when needed. The text goes to
   * a temporary file beside the target first and is moved into place, so readers never see a
   * half-written post and a failure leaves what was there untouched.
   *
   * @param postsDir the folder, e.g. {@code _posts}
   * @param fileName the file name (no folder part)
   * @param text the post's text
   * @param ifExists what to do when the name is taken
   * @return the file actually written
   * @throws LinkPostException when the name is taken (with {@link IfExists#FAIL}) or writing fails
   */
  public static Path write(Path postsDir, String fileName, String text, IfExists ifExists) {
    Objects.requireNonNull(postsDir, "postsDir");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(ifExists, "ifExists");
    checkFileName(fileName);
    Path tmp = null;
    try {
      Files.createDirectories(postsDir);
      tmp = Files.createTempFile(postsDir, ".linkpost-", ".tmp");
      Files.write(tmp, text.getBytes(StandardCharsets.UTF_8));
      Path written = place(tmp, postsDir, fileName, ifExists);
      tmp = null;
      return written;
    } catch (IOException | UnsupportedOperationException e) {
      // A read-only FileSystem (a zip file opened for reading, say) throws the unchecked
      // ReadOnlyFileSystemException where a read-only mount gives an IOException.
      throw new LinkPostException("cannot write " + postsDir.resolve(fileName) + ": " + e, e)
          .at(postsDir.resolve(fileName), 0);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException | UnsupportedOperationException ignored) {
          // the write already failed; that is the error to report
        }
      }
    }
  }

  private static Path place(Path tmp, Path dir, String fileName, IfExists ifExists)
      throws IOException {
    if (ifExists == IfExists.OVERWRITE) {
      Path target = dir.resolve(fileName);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return target;
    }
    String stem = fileName.substring(0, fileName.length() - ".md".length());
    for (int n = 1; ; n++) {
      Path target = dir.resolve(n == 1 ? fileName : stem + "-" + n + ".md");
      if (claim(tmp, target)) {
        return target;
      }
      if (ifExists == IfExists.FAIL) {
        throw new LinkPostException(
            "a post is already there; not overwritten (ask for the next free name, or to overwrite)")
            .at(target, 0);
      }
    }
  }

  /** Moves the temporary file to the target only if the target does not exist, atomically. */
  private static boolean claim(Path tmp, Path target) throws IOException {
    try {
      // A hard link fails when the name is taken, with no window between check and write.
      Files.createLink(target, tmp);
      Files.delete(tmp);
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    } catch (UnsupportedOperationException | IOException e) {
      if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        return false;
      }
      try {
        Files.move(tmp, target);
        return true;
      } catch (FileAlreadyExistsException taken) {
        return false;
      }
    }
  }

  private static void checkFileName(String fileName) {
    Objects.requireNonNull(fileName, "fileName");
    if (!fileName.endsWith(".md") || fileName.length() <= 3 || fileName.startsWith(".")
        || fileName.indexOf('/') >= 0 || fileName.indexOf('\\') >= 0
        || fileName.indexOf('\0') >= 0) {
      throw LinkPostException.invalid(
          "fileName", "must be a plain file name ending in .md", fileName);
    }
  }
}
