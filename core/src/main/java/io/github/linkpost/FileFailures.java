package io.github.linkpost;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a file-system failure means, in a few words a user can act on: {@code no such file},
 * {@code permission denied}, {@code read-only file system}. Never the exception's class nor the
 * file it names (a temporary file's, often, where the user named another).
 */
final class FileFailures {
  /** The operating systems' own words (as {@link FileSystemException#getReason()} gives them). */
  private static final Map<String, String> REASONS = Map.ofEntries(
      Map.entry("no such file or directory", "no such file"),
      Map.entry("not a directory", "not a folder"),
      Map.entry("is a directory", "is a folder"),
      Map.entry("directory not empty", "folder not empty"),
      Map.entry("too many levels of symbolic links", "links in a loop"),
      Map.entry("access is denied", "permission denied"),
      Map.entry("the system cannot find the file specified", "no such file"),
      Map.entry("the system cannot find the path specified", "no such file"),
      Map.entry("there is not enough space on the disk", "no space left on device"));

  private FileFailures() {}

  static String why(Throwable failure) {
    Throwable e = failure;
    while (e instanceof UncheckedIOException && e.getCause() != null) {
      e = e.getCause();
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "folder not empty";
    }
    if (e instanceof FileSystemLoopException) {
      return "links in a loop";
    }
    if (e instanceof CharacterCodingException) {
      return "not UTF-8 text";
    }
    if (e instanceof ReadOnlyFileSystemException) {
      return "read-only file system";
    }
    if (e instanceof UnsupportedOperationException) {
      return "not supported by the file system";
    }
    if (e instanceof FileSystemException fs) {
      return words(fs.getReason(), "file-system error");
    }
    if (e instanceof IOException) {
      return words(e.getMessage(), "input/output error");
    }
    return words(e.getMessage(), "failed");
  }

  /** The system's reason starting in lower case, as the rest of a message has it. */
  private static String words(@Nullable String reason, String otherwise) {
    if (reason == null || reason.isBlank()) {
      return otherwise;
    }
    String text = reason.strip();
    while (text.endsWith(".")) {
      text = text.substring(0, text.length() - 1);
    }
    String known = REASONS.get(text.toLowerCase(Locale.ROOT));
    if (known != null) {
      return known;
    }
    boolean word = text.length() > 1 && Character.isLowerCase(text.charAt(1));
    return word ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
  }
}
