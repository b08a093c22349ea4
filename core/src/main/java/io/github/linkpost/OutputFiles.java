package io.github.linkpost;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jspecify.annotations.Nullable;

/**
 * Writes what a renderer made (a post file, an HTML page, a feed) into a folder safely:
 * atomically (a temporary file in the same folder, then a move), so that no reader ever sees a
 * half-written file and a failure leaves what was there untouched; and never over an existing
 * file unless asked.
 *
 * <pre>{@code
 * String page = HtmlRenderer.jekyll().renderPage(post);
 * Path written = OutputFiles.write(Path.of("site"), "tides.html", page, OutputFiles.IfExists.OVERWRITE);
 * }</pre>
 *
 * <p>A failure is a {@link LinkPostException} that names the file asked for, in words
 * ({@code cannot write site/tides.html: permission denied}), never the temporary file.
 */
public final class OutputFiles {
  /** What {@link #write} does when a file of that name is already there. */
  public enum IfExists {
    /** Refuse with a {@link LinkPostException} naming the file. */
    FAIL,
    /**
     * Write the first free name of {@code NAME-2.EXT}, {@code NAME-3.EXT}, ... ({@code NAME-2}
     * for a name without an extension).
     */
    NEXT_FREE_NAME,
    /** Replace the file (atomically). */
    OVERWRITE
  }

  private static final String TEMPORARY_PREFIX = ".linkpost-";

  private OutputFiles() {}

  /**
   * Writes a text (UTF-8) as a file of a folder, creating the folder and its parents when
   * needed. The text goes to a temporary file beside the target first and is moved into place.
   *
   * @param dir the folder
   * @param fileName a plain file name: no folder part, not starting with a dot
   * @param text the text
   * @param ifExists what to do when the name is taken
   * @return the file actually written
   * @throws LinkPostException when the file name is not a plain one, when the name is taken
   *     (with {@link IfExists#FAIL}; the cause is then a {@link FileAlreadyExistsException}),
   *     or when writing fails
   */
  public static Path write(Path dir, String fileName, String text, IfExists ifExists) {
    Checks.notNull("dir", dir);
    Checks.notNull("text", text);
    Checks.notNull("ifExists", ifExists);
    checkFileName(fileName);
    Path target = dir.resolve(fileName);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, TEMPORARY_PREFIX, ".tmp");
      Files.write(tmp, bytes);
      Path written = place(tmp, dir, fileName, ifExists);
      tmp = null;
      return written;
    } catch (FileAlreadyExistsException e) {
      // Only a name taken with FAIL gets here: createDirectories says a file is in the way
      // as a FileAlreadyExistsException too, which is "not a folder" for the user.
      throw tmp == null
          ? LinkPostException.cannot("write", target, "not a folder", e)
          : LinkPostException.cannot("write", target,
              "a file of that name is already there (not overwritten)", e);
    } catch (IOException | UnsupportedOperationException e) {
      // A read-only FileSystem (a zip file opened for reading, say) throws the unchecked
      // ReadOnlyFileSystemException where a read-only mount gives an IOException.
      throw LinkPostException.cannot("write", target, e);
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
    int dot = fileName.lastIndexOf('.');
    String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
    String extension = dot > 0 ? fileName.substring(dot) : "";
    for (int n = 1; ; n++) {
      Path target = dir.resolve(n == 1 ? fileName : stem + "-" + n + extension);
      if (claim(tmp, target)) {
        return target;
      }
      if (ifExists == IfExists.FAIL) {
        throw new FileAlreadyExistsException(target.toString());
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
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
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

  private static void checkFileName(@Nullable String fileName) {
    Checks.notNull("fileName", fileName);
    if (fileName.isEmpty() || fileName.startsWith(".") || fileName.indexOf('/') >= 0
        || fileName.indexOf('\\') >= 0 || fileName.indexOf('\0') >= 0) {
      throw LinkPostException.invalid(
          "fileName", "must be a plain file name (no folder part, not starting with a dot)",
          fileName);
    }
  }
}
