package io.github.linkpost.bookmarks;

import io.github.linkpost.LinkPostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads test exports, keeping the bookmarks and the refusals apart. */
final class Exports {
  static final Path DIR = Path.of("src/test/resources/exports");

  record Read(List<Bookmark> bookmarks, List<String> refused) {
    Bookmark at(String url) {
      return bookmarks.stream().filter(b -> b.url().equals(url)).findFirst()
          .orElseThrow(() -> new AssertionError("no bookmark of " + url + " in " + bookmarks));
    }
  }

  private Exports() {}

  static Read read(String name) {
    return read(DIR.resolve(name));
  }

  static Read read(Path file) {
    List<String> refused = new ArrayList<>();
    try (Stream<Bookmark> marks = BookmarkFiles.read(file,
        (LinkPostException e) -> refused.add(e.getMessage()))) {
      return new Read(marks.toList(), refused);
    }
  }
}
