package io.github.linkpost.benchmarks;

import io.github.linkpost.bookmarks.Bookmark;
import io.github.linkpost.bookmarks.BookmarkFiles;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads bookmark exports and counts their bookmarks, for a whole-process run of the readers
 * alone ({@code /usr/bin/time -v java -cp benchmarks/target/benchmarks.jar
 * io.github.linkpost.benchmarks.ReadBookmarks FILE...}): the peak memory it takes is what the
 * readers take, whatever the size of the file.
 */
public final class ReadBookmarks {
  private ReadBookmarks() {}

  public static void main(String[] args) {
    for (String arg : args) {
      long start = System.nanoTime();
      long[] counts = new long[2];
      try (Stream<Bookmark> marks = BookmarkFiles.read(Path.of(arg), e -> counts[1]++)) {
        marks.forEach(b -> counts[0]++);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.println(String.format(Locale.ROOT, "%s: %d bookmarks, %d refused, %.2f s, %.0f a second",
          arg, counts[0], counts[1], seconds, counts[0] / seconds));
    }
  }
}
