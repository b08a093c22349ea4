package io.github.linkpost.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The launcher's training run: every command of the tool, on posts it generates, so that a JVM
 * can keep what a run of the tool loads (a class archive on JDK 17, an ahead-of-time cache on
 * JDK 25 and later). {@code bin/linkpost} runs it when it makes the archive or the cache:
 *
 * <pre>{@code
 * java -cp examples/target/linkpost.jar io.github.linkpost.examples.cli.Training
 * }</pre>
 *
 * <p>It reads none of the user's files and needs no network; it writes only in a temporary
 * folder, which it removes, and prints nothing but, on standard error, a step that did not end
 * as expected. Exit status 0 when every step ended with its expected status, else 1.
 */
public final class Training {
  /**
   * What the training runs, in order: a command line each, with the status it must end with.
   * {@code {posts}} is a folder of generated posts that every command takes, {@code {broken}}
   * one of posts that cannot be read, {@code {work}} the temporary folder. A new command adds
   * its line here.
   */
  static final List<Step> STEPS = List.of(
      Step.of(0, "--help"),
      Step.of(0, "help", "render"),
      Step.of(0, "--version"),
      Step.of(2, "render", "--to", "pdf", "--out", "{work}/none", "{posts}"),
      Step.of(2, "check", "{work}/no-such-folder"),
      Step.of(2, "demo", "--format", "pdf"),
      Step.of(0, "demo"),
      Step.of(0, "demo", "--format", "html"),
      Step.of(0, "new", "--title", "A \"quoted\" title: | * [x]", "--url", "https://example.org/a",
          "--via", "https://example.net/how", "--remark", "a remark with `code`",
          "--quote-file", "{work}/quotes.txt", "--tag", "one", "--tag", "two",
          "--discovered-at", "2025-10-13T18:59:00Z", "--file-zone", "UTC", "--posts-dir",
          "{posts}"),
      Step.of(0, "new", "--item",
          "Oct 13, 2025 18:59 [A [bracketed] title](https://example.org/a_(b)) <-- my remark",
          "--title", "ME:: a title of my own", "--category", "links", "--permalink", "/links/b/",
          "--date", "2025-10-13T11:59", "--file-zone", "UTC", "--next-free-name",
          "--posts-dir", "{posts}"),
      Step.of(2, "new", "--title", "T", "--url", "ftp://example.org/", "--posts-dir", "{posts}"),
      Step.of(1, "new", "--title", "T", "--url", "https://example.org/a", "--quote-file",
          "{work}/elided.txt", "--posts-dir", "{posts}"),
      Step.of(0, "meta", "{work}/page.html", "--base-url", "https://example.org/notes/"),
      Step.of(0, "new", "--url", "https://example.org/notes/", "--page-file", "{work}/page.html",
          "--quote-file", "{work}/quotes.txt", "--text-fragments", "--discovered-at",
          "2025-10-14T08:00:00Z", "--file-zone", "UTC", "--posts-dir", "{posts}"),
      Step.of(0, "import", "{work}/bookmarks.html", "{work}/pinboard.json", "--posts-dir",
          "{work}/imported", "--tag", "imported"),
      Step.of(0, "import", "{work}/bookmarks.html", "--posts-dir", "{work}/imported"),
      Step.of(0, "check", "{posts}"),
      Step.of(1, "check", "--quiet", "{broken}"),
      Step.of(0, "render", "{posts}", "--to", "html", "--allow-html", "--out", "{work}/html"),
      Step.of(0, "render", "{posts}", "--to", "html", "--page", "--out", "{work}/pages"),
      Step.of(0, "render", "{posts}", "--to", "html", "--page", "--stylesheet", "/site.css",
          "--out", "{work}/linked"),
      Step.of(0, "render", "{posts}", "--to", "markdown", "--out", "{work}/markdown"),
      Step.of(1, "render", "{broken}", "--to", "html", "--out", "{work}/broken-html"),
      Step.of(0, "feed", "{posts}", "--format", "atom", "--limit", "0", "--site-url",
          "https://example.org", "--title", "Links", "--out", "{work}/feed.xml"),
      Step.of(0, "feed", "{posts}", "--format", "json", "--site-url", "https://example.org",
          "--title", "Links", "--linked-list", "--out", "{work}/feed.json"));

  /** A command line of the tool and the exit status it must end with. */
  record Step(int status, List<String> args) {
    static Step of(int status, String... args) {
      return new Step(status, List.of(args));
    }

    /** The command line with the placeholders replaced by the folders of this run. */
    String[] in(Path work) {
      return args.stream()
          .map(a -> a.replace("{posts}", work.resolve("_posts").toString())
              .replace("{broken}", work.resolve("broken").toString())
              .replace("{work}", work.toString()))
          .toArray(String[]::new);
    }
  }

  private Training() {}

  /**
   * Runs the training.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    PrintWriter err = new PrintWriter(System.err, true);
    List<String> failed;
    try {
      failed = run();
    } catch (IOException | UncheckedIOException e) {
      err.println("linkpost training: " + e);
      System.exit(1);
      return;
    }
    failed.forEach(err::println);
    System.exit(failed.isEmpty() ? 0 : 1);
  }

  /**
   * Runs every step in a temporary folder, which it removes.
   *
   * @return a line for each step that did not end as expected; empty when all did
   */
  static List<String> run() throws IOException {
    return run(STEPS);
  }

  static List<String> run(List<Step> steps) throws IOException {
    return run(steps, Path.of(System.getProperty("java.io.tmpdir")));
  }

  /** Runs the steps in a temporary folder made in {@code parent}, which it removes. */
  static List<String> run(List<Step> steps, Path parent) throws IOException {
    Path work = Files.createTempDirectory(parent, "linkpost-training-");
    try {
      TrainingPosts.write(work);
      PrintWriter none = new PrintWriter(Writer.nullWriter());
      List<String> failed = new ArrayList<>();
      for (Step step : steps) {
        int status = LinkpostCommand.run(none, none, step.in(work));
        if (status != step.status()) {
          failed.add("step " + step.args() + " ended with " + status + ", not " + step.status());
        }
      }
      return failed;
    } finally {
      delete(work);
    }
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
