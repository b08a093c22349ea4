package io.github.linkpost.examples.cli;

import io.github.linkpost.LinkPostException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** The post files named on a command line: files as given, folders searched for {@code *.md}. */
final class Inputs {
  /** What the operands of {@code check} and {@code render} are. */
  static final String HELP = "Post files, or folders searched (with their subfolders) for *.md.";
  /** {@code --zone}, as {@code check} and {@code render} take it. */
  static final CommandOption ZONE = CommandOption.value("--zone", "ZONE",
      "The zone of discovery times without a zone label.").withDefault("America/Vancouver");
  static final String ZONE_EXPECTED = "a zone id such as UTC or America/Vancouver";

  private Inputs() {}

  /**
   * The files the operands name: a file as given; for a folder, every {@code *.md} file in it
   * and its subfolders (links to files included, linked folders not entered), in the order of
   * their paths.
   */
  static List<Path> expand(Args args) throws UsageException {
    List<Path> files = new ArrayList<>();
    for (String operand : args.operands()) {
      Path path;
      try {
        path = Path.of(operand);
      } catch (InvalidPathException e) {
        throw new UsageException("not a path: '" + operand + "'");
      }
      if (Files.isDirectory(path)) {
        List<Path> found = new ArrayList<>();
        search(path, found);
        found.sort(null);
        files.addAll(found);
      } else {
        files.add(path);
      }
    }
    return files;
  }

  /**
   * Adds a folder's posts, reading each entry's attributes once. (A stream of
   * {@code Files.walk} or {@code Files.find} took twice as long, a good part of a whole-blog
   * run's start.)
   */
  private static void search(Path folder, List<Path> found) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        BasicFileAttributes attributes =
            Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attributes.isDirectory()) {
          search(entry, found);
        } else if (entry.getFileName().toString().endsWith(".md")
            && (attributes.isRegularFile()
                || attributes.isSymbolicLink() && Files.isRegularFile(entry))) {
          found.add(entry);
        }
      }
    } catch (IOException | java.nio.file.DirectoryIteratorException e) {
      throw new LinkPostException("cannot list the folder: " + e).at(folder, 0);
    }
  }
}
