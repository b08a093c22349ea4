package io.github.linkpost.bookmarks;

import io.github.linkpost.LinkPostException;
import io.github.linkpost.bookmarks.internal.ExportFile;
import io.github.linkpost.bookmarks.internal.HtmlBookmarks;
import io.github.linkpost.bookmarks.internal.PinboardJson;
import io.github.linkpost.bookmarks.internal.Source;
import java.nio.file.Path;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads bookmark export files as streams of {@link Bookmark}s, one entry at a time: 100,000
 * bookmarks are read in the memory of a few.
 *
 * <pre>{@code
 * try (Stream<Bookmark> marks = BookmarkFiles.read(Path.of("bookmarks.html"),
 *     problem -> System.err.println(problem.getMessage()))) {  // FILE:LINE: what is wrong
 *   marks.filter(Bookmark::isWebPage).forEach(m -> System.out.println(m.url()));
 * }
 * }</pre>
 *
 * <p>The file's shape is found from its content, whatever its name:
 * <ul>
 *   <li>the Netscape bookmark file ({@code <!DOCTYPE NETSCAPE-Bookmark-file-1>}) that Firefox,
 *       Chrome and Chromium, Edge, Safari, Internet Explorer, Pinboard, Delicious, Google
 *       Bookmarks, linkding, Shaarli, LinkAce, Raindrop and others export: {@code <DT><A HREF
 *       ADD_DATE LAST_MODIFIED TAGS PRIVATE TOREAD>} entries, {@code <DD>} notes, {@code <H3>}
 *       folders, read by a real HTML parser (jsoup) as browsers read it: any case, unclosed
 *       {@code DT}, {@code DL} and {@code p}, character references. Times in seconds,
 *       milliseconds or microseconds since 1970; tags separated by commas;
 *   <li>Pocket's {@code ril_export.html} and Instapaper's HTML export: {@code <h1>} sections
 *       ("Unread", "Archive", ... read as folders) over lists of {@code <li><a href time_added
 *       tags>};
 *   <li>Pinboard's JSON export: an array of {@code {"href", "description", "extended", "time",
 *       "tags", "shared", "toread"}}.
 * </ul>
 * The charset is the file's byte-order mark, else the one its {@code META} declares, else UTF-8
 * when the file is UTF-8 throughout and windows-1252 when not (as browsers read an undeclared
 * page); JSON is UTF-8. The file is decoded whole before the first bookmark is read: a file that
 * does not decode, holds a NUL, or is neither HTML nor JSON is refused before any bookmark.
 *
 * <p>An entry that cannot be read (no URL, a time that is not one) is refused with a {@link
 * LinkPostException} naming the file and its line, given to the {@code refused} handler, and
 * reading goes on with the next. A file cut short is noticed: an HTML export that does not end
 * with a tag has its last bookmark refused (it may be cut), a JSON export ends with a refusal at
 * the line where it stops. Bookmarks are values of the file as it is: private ones, and ones
 * that are not web pages ({@link Bookmark#isWebPage()}), are read like the others.
 *
 * <p>The stream holds the file open: close it (try-with-resources). Readers keep no state
 * between calls; streams from several threads read independently.
 */
public final class BookmarkFiles {
  private BookmarkFiles() {}

  /**
   * Reads a file's bookmarks, stopping at the first entry that cannot be read.
   *
   * @param file the export
   * @return the bookmarks in the file's order; close the stream
   * @throws LinkPostException when the file cannot be read or is not an export, at once; when an
   *     entry cannot be read, from the stream's operation that reaches it
   */
  public static Stream<Bookmark> read(Path file) {
    return read(file, problem -> {
      throw problem;
    });
  }

  /**
   * Reads a file's bookmarks, giving each entry that cannot be read to a handler and going on.
   *
   * @param file the export
   * @param refused takes each refusal: a {@link LinkPostException} with the file and line (a
   *     handler that throws it stops the reading there)
   * @return the bookmarks in the file's order; close the stream
   * @throws LinkPostException when the file cannot be read or is not an export
   */
  public static Stream<Bookmark> read(Path file, Consumer<? super LinkPostException> refused) {
    LinkPostException.notNull("file", file);
    LinkPostException.notNull("refused", refused);
    ExportFile export = ExportFile.open(file);
    Source source = export.kind() == ExportFile.Kind.HTML
        ? new HtmlBookmarks(export, refused) : new PinboardJson(export, refused);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(source, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(source::close);
  }
}
