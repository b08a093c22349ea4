package io.github.linkpost.examples.cli;

import io.github.linkpost.LinkPostException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** A file written whole or not at all: into a temporary file beside it, then moved into place. */
final class FeedFiles {
  /** Writes the file's bytes. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  private FeedFiles() {}

  /**
   * Writes the file atomically: readers see the old file or the new one, never part of it, and
   * a failure leaves the old one and no temporary file.
   *
   * @throws LinkPostException naming the file when it cannot be written
   */
  static void writeAtomically(Path file, Content content) {
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      // A name of its own, made with the umask's permissions (a temporary file's would be the
      // owner's alone, and a web server could not read the feed).
      Path name = dir.resolve("." + file.getFileName() + "-"
          + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
      OutputStream created = Files.newOutputStream(name, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
      tmp = name;
      try (OutputStream out = new BufferedOutputStream(created, 1 << 16)) {
        content.writeTo(out);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException | UnsupportedOperationException e) {
      throw LinkPostException.cannot("write", file, e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the write failed already; that is the error to report
        }
      }
    }
  }
}
