package io.github.linkpost.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.linkpost.LinkPost;
import io.github.linkpost.html.HtmlRenderer;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import io.github.linkpost.markdown.JekyllPostReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/linkpost}, the launcher the README and the whole-blog benchmark use: it renders
 * what the library renders, says nothing of its class archive, makes the archive once and
 * makes it again when the jar changes.
 */
class LauncherTest {
  private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
  private static final Path LAUNCHER = ROOT.resolve("bin/linkpost");
  private static final Path JAR = ROOT.resolve("examples/target/linkpost.jar");

  private record Run(int status, String out, String err) {}

  @Example // a jqwik example: the hostile posts come from its generators
  void rendersWhatTheLibraryRendersAndKeepsItsArchiveCurrent() throws Exception {
    Path dir = Files.createTempDirectory("linkpost-launcher");
    try {
      launch(dir);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void launch(Path dir) throws Exception {
    assumeTrue(Files.isRegularFile(JAR), "examples/target/linkpost.jar is not built (mvn verify builds "
        + "it before this module); skipped");
    // A jar of its own, so that its archive is made here and nowhere else.
    Path jar = Files.copy(JAR, dir.resolve("linkpost.jar"));
    Path posts = Files.createDirectories(dir.resolve("_posts"));
    List<LinkPost> sample = HostilePosts.sample(HostilePosts.posts(), 40, 7);
    for (int i = 0; i < sample.size(); i++) {
      Files.writeString(posts.resolve(String.format("2025-01-01-p%04d.md", i)),
          JekyllMarkdownRenderer.jekyll().render(sample.get(i)));
    }

    Run first = run(jar, "render", posts.toString(), "--to", "html", "--out", dir.resolve("a").toString());
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.out()).matches("rendered 40 posts in \\d+\\.\\d\\d s, 0 errors\\n");
    assertThat(first.err()).as("nothing about the JVM or its archive").isEmpty();
    Path archive = archive(dir);
    HtmlRenderer html = HtmlRenderer.jekyll();
    for (int i = 0; i < sample.size(); i++) {
      String name = String.format("2025-01-01-p%04d", i);
      assertThat(dir.resolve("a").resolve(name + ".html")).as(name)
          .hasContent(html.render(JekyllPostReader.jekyll().read(posts.resolve(name + ".md"))));
    }

    // The archive is one the JVM takes: with sharing required, a run fails on an unusable one.
    Run shared = runWith(jar, Map.of("LINKPOST_JAVA_OPTS", "-Xshare:on"), "render", posts.toString(), "--to", "html", "--out",
        dir.resolve("s").toString());
    assertThat(shared.status()).as(shared.out() + shared.err()).isZero();
    assertThat(tree(dir.resolve("s"))).isEqualTo(tree(dir.resolve("a")));

    FileTime made = Files.getLastModifiedTime(archive);
    Run second = run(jar, "render", posts.toString(), "--to", "html", "--out", dir.resolve("b").toString());
    assertThat(second.status()).isZero();
    assertThat(second.err()).isEmpty();
    assertThat(Files.getLastModifiedTime(archive)).as("an archive newer than the jar is kept").isEqualTo(made);
    assertThat(tree(dir.resolve("b"))).isEqualTo(tree(dir.resolve("a")));

    // A newer jar makes the archive stale: it is made again, and the run is as before.
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
    Run third = run(jar, "--version");
    assertThat(third.status()).isZero();
    assertThat(third.out()).startsWith("linkpost ");
    assertThat(third.err()).isEmpty();
    assertThat(Files.getLastModifiedTime(archive(dir))).isGreaterThan(made);
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).as("no half-made archive left")
          .noneMatch(n -> n.endsWith(".tmp") || n.endsWith(".classes"));
    }
  }

  @Test
  void aJdkThatCannotMakeTheArchiveIsNotAskedAgainOnEveryRun(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isRegularFile(JAR), "examples/target/linkpost.jar is not built; skipped");
    // A JDK whose archive dump fails, and which counts the tries.
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path tries = dir.resolve("tries");
    Path bin = Files.createDirectories(dir.resolve("jdk/bin"));
    Path fake = Files.writeString(bin.resolve("java"), "#!/bin/sh\n"
        + "for a in \"$@\"; do [ \"$a\" = -Xshare:dump ] && { echo dump >> '" + tries + "'; exit 1; }; done\n"
        + "exec '" + java + "' \"$@\"\n");
    assertThat(fake.toFile().setExecutable(true)).isTrue();
    Path jar = Files.copy(JAR, dir.resolve("linkpost.jar"));
    Map<String, String> jdk = Map.of("JAVA_HOME", dir.resolve("jdk").toString());

    for (int i = 0; i < 3; i++) {
      Run run = runWith(jar, jdk, "--version");
      assertThat(run.status()).as(run.err()).isZero();
      assertThat(run.out()).startsWith("linkpost ");
      assertThat(run.err()).isEmpty();
    }
    assertThat(Files.readAllLines(tries)).as("tried once, not on every run").hasSize(1);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".jsa"));
    }
    // A newer jar is worth another try.
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
    assertThat(runWith(jar, jdk, "--version").status()).isZero();
    assertThat(Files.readAllLines(tries)).hasSize(2);
  }

  @Test
  void aMissingJarIsSaidPlainly(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(LAUNCHER), "bin/linkpost is not here; skipped");
    Run run = run(dir.resolve("nothing.jar"), "--version");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("linkpost: " + dir.resolve("nothing.jar") + " is missing; build it with");
  }

  private static Path archive(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> archives = files.filter(p -> p.getFileName().toString().endsWith(".jsa")).toList();
      assertThat(archives).as("one class archive beside the jar").hasSize(1);
      return archives.get(0);
    }
  }

  private static List<String> tree(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().map(p -> {
        try {
          return p.getFileName() + "\n" + Files.readString(p);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
  }

  private static Run run(Path jar, String... args) throws Exception {
    return runWith(jar, Map.of(), args);
  }

  private static Run runWith(Path jar, Map<String, String> environment, String... args)
      throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(LAUNCHER.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("LINKPOST_JAR", jar.toString());
    builder.environment().remove("LINKPOST_JAVA_OPTS");
    builder.environment().putAll(environment);
    Path out = Files.createTempFile("launcher", ".out");
    Path err = Files.createTempFile("launcher", ".err");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the launcher ends").isTrue();
    // A slow run says how far it got, once a second; that is the tool's, not the JVM's.
    String said = Files.readString(err).replaceAll("(?m)^rendered \\d+ of \\d+ posts\\.\\.\\.\n", "");
    Run run = new Run(process.exitValue(), Files.readString(out), said);
    Files.delete(out);
    Files.delete(err);
    return run;
  }
}
