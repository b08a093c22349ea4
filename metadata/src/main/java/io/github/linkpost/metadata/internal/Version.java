package io.github.linkpost.metadata.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The library's version, written into a resource by the build. */
public final class Version {
  private static final String VERSION = load();

  private Version() {}

  /** The version, such as {@code 0.1.0}; {@code "development"} when the build did not say. */
  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version", "");
        if (!v.isBlank() && !v.startsWith("${")) {
          return v.strip();
        }
      }
    } catch (IOException e) {
      // the default below
    }
    return "development";
  }
}
