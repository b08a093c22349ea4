package io.github.linkpost.feed;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The outside tools tests run, when the machine has them, and the shared corpus. */
final class Tools {
  /** Debian's Python, which has Debian's feedparser (another python3 may come first on the PATH). */
  static final String PYTHON = "/usr/bin/python3";

  private Tools() {}

  record Result(int status, String output) {}

  static boolean onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }

  static void assumeJekyll() {
    assumeTrue(onPath("jekyll"), "jekyll is not on the PATH (.ci/run installs Debian's); skipped");
  }

  static void assumeJing() {
    assumeTrue(onPath("jing"), "jing is not on the PATH (.ci/run installs Debian's); skipped");
  }

  static void assumeFeedparser() {
    assumeTrue(Files.isExecutable(Path.of(PYTHON)) && run(List.of(PYTHON, "-c", "import feedparser"))
        .status() == 0, "Debian's python3-feedparser is not installed (.ci/run installs it); skipped");
  }

  /**
   * The node_modules folder with feedsmith, a JSON Feed reader for Node.js, which .ci/run installs
   * into .tools/npm of the checkout ({@code npm install --prefix .tools/npm feedsmith@3.0.1}).
   */
  static Path assumeFeedsmith() {
    String configured = System.getProperty("linkpost.tools");
    Path modules = Path.of(configured != null ? configured : "../.tools", "npm", "node_modules");
    assumeTrue(onPath("node") && Files.isDirectory(modules.resolve("feedsmith")),
        "node or feedsmith is missing (.ci/run installs it into .tools/npm); skipped");
    return modules.toAbsolutePath();
  }

  /** Runs a command, its standard error joined to its output, for at most five minutes. */
  static Result run(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError(command + " took more than five minutes");
      }
      return new Result(process.exitValue(), output);
    } catch (IOException e) {
      return new Result(127, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The shared folder beside the checkout, when it is there. */
  static Path shared() {
    String configured = System.getProperty("linkpost.shared");
    Path dir = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
    assumeTrue(Files.isDirectory(dir.resolve("corpus/posts")),
        "the shared corpus is not beside this checkout (" + dir.toAbsolutePath() + "); skipped");
    return dir.normalize();
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
