package io.github.linkpost.markdown;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared reference material is, when this checkout has it beside it. */
final class Shared {
  private Shared() {}

  static Path dir() {
    String configured = System.getProperty("linkpost.shared");
    Path dir = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
    assumeTrue(Files.isDirectory(dir),
        "the shared reference material is not beside this checkout (" + dir.toAbsolutePath()
            + "); skipped");
    return dir.normalize();
  }

  /** The project's own fixtures ({@code fixtures/} at the top of the checkout): always there. */
  static Path fixtures() {
    Path dir = Path.of("..", "fixtures");
    if (!Files.isDirectory(dir)) {
      throw new AssertionError("no fixtures folder at " + dir.toAbsolutePath());
    }
    return dir.normalize();
  }

  static Path seed() throws java.io.IOException {
    Path seedDir = dir().resolve("seed");
    assumeTrue(Files.isDirectory(seedDir), "no seed folder in " + dir() + "; skipped");
    try (var files = Files.list(seedDir)) {
      return files.filter(p -> p.toString().endsWith(".md")).findFirst()
          .orElseThrow(() -> new AssertionError("no .md file in " + seedDir));
    }
  }
}
