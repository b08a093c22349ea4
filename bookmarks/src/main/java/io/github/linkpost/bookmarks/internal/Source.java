package io.github.linkpost.bookmarks.internal;

import io.github.linkpost.bookmarks.Bookmark;
import java.util.Iterator;

/** The bookmarks of one file, read as they are asked for; closing it closes the file. */
public interface Source extends Iterator<Bookmark>, AutoCloseable {
  @Override
  void close();
}
