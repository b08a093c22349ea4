package io.github.linkpost.bookmarks.internal;

import io.github.linkpost.Discovery;
import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.Site;
import io.github.linkpost.markdown.JekyllPostReader;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The pages the posts of a folder already point at: the {@link PageKey} of each post's
 * discovered page, read with {@link JekyllPostReader} in the site's style from every file of
 * the site's Markdown extensions in the folder and its subfolders, whatever its name.
 */
public final class PostIndex {
  private PostIndex() {}

  /**
   * The keys of the folder's posts; none when the folder is not there.
   *
   * @param unreadable takes each post that cannot be read (called on the calling thread)
   * @throws LinkPostException when the folder cannot be listed
   */
  public static Set<String> keys(
      Path postsDir, Site site, Consumer<? super LinkPostException> unreadable) {
    List<Path> files = posts(postsDir, site);
    Set<String> keys = ConcurrentHashMap.newKeySet(Math.max(16, files.size() * 2));
    List<LinkPostException> problems = java.util.Collections.synchronizedList(new ArrayList<>());
    JekyllPostReader reader = JekyllPostReader.builder().style(site.style()).build();
    files.parallelStream().forEach(file -> {
      try {
        key(reader.read(file)).ifPresent(keys::add);
      } catch (LinkPostException e) {
        problems.add(e);
      }
    });
    problems.stream().sorted(java.util.Comparator.comparing(e -> e.file().map(Path::toString)
        .orElse(""))).forEach(unreadable);
    return keys;
  }

  /** The key of a post's discovered page, when it has one. */
  public static Optional<String> key(LinkPost post) {
    return post.discovery().flatMap(Discovery::page).map(page -> PageKey.of(page.url()));
  }

  private static List<Path> posts(Path dir, Site site) {
    List<Path> files = new ArrayList<>();
    if (!Files.exists(dir)) {
      return files;
    }
    if (!Files.isDirectory(dir)) {
      throw new LinkPostException("is not a folder").at(dir, 0);
    }
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          String name = file.getFileName().toString();
          if (site.isMarkdown(name)
              && (attributes.isRegularFile() || Files.isRegularFile(file))) {
            files.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
          if (e instanceof NoSuchFileException) {
            return FileVisitResult.CONTINUE; // gone while listed
          }
          throw e;
        }
      });
    } catch (IOException e) {
      throw LinkPostException.cannot("list", dir, e);
    }
    return files;
  }
}
