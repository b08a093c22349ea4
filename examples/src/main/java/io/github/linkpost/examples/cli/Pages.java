package io.github.linkpost.examples.cli;

import io.github.linkpost.LinkPostException;
import io.github.linkpost.metadata.PageFetcher;
import io.github.linkpost.metadata.WebPage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** The page a command reads: fetched from its URL, or read from a saved file. */
final class Pages {
  static final String URL_EXPECTED = "an absolute http or https URL";

  private Pages() {}

  static boolean isWebUrl(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return t.startsWith("http://") || t.startsWith("https://");
  }

  static URI webUrl(String text) throws Exception {
    URI uri = new URI(text);
    if (!isWebUrl(text) || uri.getHost() == null) {
      throw new IllegalArgumentException(text);
    }
    return uri;
  }

  static WebPage fetch(URI url) {
    return PageFetcher.standard().fetch(url);
  }

  /** A saved page; its links are read as relative to the base (the file itself if none). */
  static WebPage file(Path file, URI base) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new LinkPostException("no such file").at(file, 0);
    } catch (IOException e) {
      throw new LinkPostException("cannot read the file (" + e.getMessage() + ")").at(file, 0);
    }
    return WebPage.decode(bytes, base != null ? base : file.toAbsolutePath().toUri());
  }
}
