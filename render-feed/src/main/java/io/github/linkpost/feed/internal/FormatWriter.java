package io.github.linkpost.feed.internal;

import io.github.linkpost.feed.Feed;
import java.io.IOException;
import java.time.OffsetDateTime;

/** Writes one feed document: its head, then entries in order, then its end. */
public interface FormatWriter {
  /** Writes the feed's own elements, with the time it last changed. */
  void start(Feed feed, OffsetDateTime updated) throws IOException;

  /**
   * Writes an entry; checks it first, so that an entry refused with a
   * {@link io.github.linkpost.LinkPostException} leaves nothing of itself written.
   */
  void entry(Entry entry) throws IOException;

  /** Ends the document and flushes it; the stream stays open. */
  void end() throws IOException;
}
