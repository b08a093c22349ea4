package io.github.linkpost.markdown.internal;

import io.github.linkpost.LinkPostException;
import io.github.linkpost.Site;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** The post files of a folder and its subfolders, as a Jekyll site's Markdown extensions say. */
public final class PostFolders {
  private PostFolders() {}

  /**
   * A file as it is; for a folder, every file in it and its subfolders with one of the
   * extensions (links to files included, linked folders not entered), in the order of their
   * paths.
   *
   * @param path a file or a folder
   * @param extensions the Markdown extensions, lower case, without the dot
   * @return the files
   * @throws LinkPostException when the path is not there or a folder cannot be listed
   */
  public static List<Path> list(Path path, List<String> extensions) {
    if (!Files.isDirectory(path)) {
      if (!Files.exists(path)) {
        throw LinkPostException.cannot("read", path, new NoSuchFileException(path.toString()));
      }
      return List.of(path);
    }
    List<Path> found = new ArrayList<>();
    search(path, Site.builder().markdownExtensions(extensions).build(), found);
    found.sort(null);
    return found;
  }

  /**
   * Adds a folder's posts, reading each entry's attributes once. (A stream of
   * {@code Files.walk} or {@code Files.find} took twice as long, a good part of a whole-blog
   * run's start.)
   */
  private static void search(Path folder, Site site, List<Path> found) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        BasicFileAttributes attributes =
            Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attributes.isDirectory()) {
          search(entry, site, found);
        } else if (site.isMarkdown(entry.getFileName().toString())
            && (attributes.isRegularFile()
                || attributes.isSymbolicLink() && Files.isRegularFile(entry))) {
          found.add(entry);
        }
      }
    } catch (IOException e) {
      throw LinkPostException.cannot("list", folder, e);
    } catch (DirectoryIteratorException e) {
      throw LinkPostException.cannot("list", folder, e.getCause());
    }
  }
}
