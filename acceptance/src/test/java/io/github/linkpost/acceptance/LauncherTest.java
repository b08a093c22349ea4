package io.github.linkpost.acceptance;

import static io.github.linkpost.acceptance.Launcher.JAR;
import static io.github.linkpost.acceptance.Launcher.environment;
import static io.github.linkpost.acceptance.Launcher.names;
import static io.github.linkpost.acceptance.Launcher.run;
import static io.github.linkpost.acceptance.Launcher.saved;
import static io.github.linkpost.acceptance.Launcher.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.linkpost.Discovery;
import io.github.linkpost.Excerpt;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.Quote;
import io.github.linkpost.acceptance.Launcher.Jdk;
import io.github.linkpost.acceptance.Launcher.Run;
import io.github.linkpost.acceptance.Launcher.Started;
import io.github.linkpost.html.HtmlRenderer;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import io.github.linkpost.markdown.JekyllPostReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Example;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code bin/linkpost}, the launcher the README and the whole-blog benchmark use: it picks the
 * JDK, renders what the library renders, says nothing of its class archive or its AOT cache,
 * makes either once per JDK and makes it again when it is stale or not whole, and runs without
 * it when it cannot have one. Cases that need a JDK 25 (or one before 25) skip without it.
 */
class LauncherTest {
  private static final String BEFORE_25 = "before 25";
  private static final String FROM_25 = "25 or newer";

  /** A folder of the test's own; removed with the links to JDKs in it, not what they name. */
  private Path dir;

  @BeforeEach
  void makeFolder() throws IOException {
    dir = Files.createTempDirectory("linkpost-launcher-");
  }

  @AfterEach
  void removeFolder() throws IOException {
    Launcher.deleteTree(dir);
  }

  private static Jdk jdk(String kind) {
    Optional<Jdk> jdk = kind.equals(FROM_25) ? Launcher.from25() : Launcher.before25();
    assumeTrue(jdk.isPresent(), "no JDK " + kind + " is installed; skipped");
    return jdk.get();
  }

  /**
   * A jar of its own, so that what the launcher keeps beside it is made here and nowhere else;
   * for JDK 25, in a folder whose name has a space, as many a home folder has. (JDK 17's
   * archive takes no class from a jar in such a folder: the tool runs, with only the JDK's
   * classes shared.)
   */
  private static Path jar(Path dir, Jdk jdk) throws IOException {
    assumeTrue(Files.isRegularFile(JAR), "examples/target/linkpost.jar is not built (mvn verify "
        + "builds it before this module); skipped");
    Path install = dir.resolve(jdk.makesAotCache() ? "an install" : "install");
    return Files.copy(JAR, Files.createDirectories(install).resolve("linkpost.jar"));
  }

  @Example // a jqwik example: the hostile posts come from its generators
  void rendersWhatTheLibraryRendersWithEveryJdk() throws Exception {
    Path dir = Files.createTempDirectory("linkpost-launcher");
    try {
      Path posts = Files.createDirectories(dir.resolve("_posts"));
      List<LinkPost> sample = HostilePosts.sample(HostilePosts.posts(), 40, 7);
      for (int i = 0; i < sample.size(); i++) {
        Files.writeString(posts.resolve(String.format("2025-01-01-p%04d.md", i)),
            JekyllMarkdownRenderer.jekyll().render(sample.get(i)));
      }
      int jdks = 0;
      for (Optional<Jdk> jdk : List.of(Launcher.before25(), Launcher.from25())) {
        if (jdk.isPresent()) {
          rendersWhatTheLibraryRenders(dir.resolve(jdk.get().toString()), jdk.get(), posts);
          jdks++;
        }
      }
      assumeTrue(jdks > 0, "no JDK 17 or later found; skipped");
    } finally {
      Launcher.deleteTree(dir);
    }
  }

  private void rendersWhatTheLibraryRenders(Path dir, Jdk jdk, Path posts) throws Exception {
    Path jar = jar(dir, jdk);
    Map<String, String> alone = environment(dir, jar, null, jdk, jdk);
    Path out = dir.resolve("html");
    Run first = run(alone, "render", posts.toString(), "--to", "html", "--out", out.toString());
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.out()).matches("rendered 40 posts in \\d+\\.\\d\\d s, 0 errors\\n");
    assertThat(first.err()).as("nothing about the JVM, its archive or its cache").isEmpty();
    HtmlRenderer html = HtmlRenderer.jekyll();
    try (var files = Files.list(posts)) {
      for (Path post : files.toList()) {
        String name = post.getFileName().toString().replace(".md", ".html");
        assertThat(out.resolve(name)).as(jdk + ": " + name)
            .hasContent(html.render(JekyllPostReader.jekyll().read(post)));
      }
    }
    Path again = dir.resolve("again");
    Run used = run(loggingClasses(alone, dir), "render", posts.toString(), "--to", "html", "--out",
        again.toString());
    assertThat(used.status()).as(used.out() + used.err()).isZero();
    assertThat(tree(again)).isEqualTo(tree(out));
    assertLoadedFromItsFile(dir);
  }

  @ParameterizedTest(name = "JDK {0}")
  @ValueSource(strings = {BEFORE_25, FROM_25})
  void aloneItKeepsOneFileForTheJdkAndMakesItAgainWhenItIsStaleOrNotWhole(String kind)
      throws Exception {
    Jdk jdk = jdk(kind);
    Path jar = jar(dir, jdk);
    Path install = jar.getParent();
    Map<String, String> alone = environment(dir, jar, null, jdk, jdk);

    assertVersion(run(alone, "--version"));
    Path file = only(install, jdk.suffix());
    assertThat(saved(install, jdk.makesAotCache() ? ".jsa" : ".aot")).as("none for another JDK")
        .isEmpty();
    assertUsesItsFile(alone);
    FileTime made = Files.getLastModifiedTime(file);
    long size = Files.size(file);
    assertVersion(run(alone, "--version"));
    assertThat(Files.getLastModifiedTime(file)).as("a current file is kept").isEqualTo(made);

    // Stale: a newer jar.
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
    assertVersion(run(alone, "--version"));
    assertThat(Files.getLastModifiedTime(file)).as("made again for a newer jar")
        .isGreaterThan(made);
    assertUsesItsFile(alone);

    // Not whole: cut in half, or overwritten with bytes that are no cache, after it was made.
    byte[] whole = Files.readAllBytes(file);
    byte[] garbage = new byte[whole.length / 3];
    new Random(1).nextBytes(garbage);
    for (byte[] broken : List.of(Arrays.copyOf(whole, whole.length / 2), garbage)) {
      assertThat(file.toFile().setWritable(true)).isTrue(); // the JVM writes its archive read-only
      Files.write(file, broken);
      Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(90)));
      assertVersion(run(alone, "--version"));
      assertThat(Files.size(file)).as("made again, whole").isBetween(size / 2 + 1, size * 2);
      assertUsesItsFile(alone);
    }

    // A broken file the launcher takes for whole (its time set back) is ignored by the JVM.
    FileTime stamp = Files.getLastModifiedTime(file);
    assertThat(file.toFile().setWritable(true)).isTrue();
    Files.write(file, garbage);
    Files.setLastModifiedTime(file, stamp);
    assertVersion(run(alone, "--version"));
    assertThat(names(install)).as("nothing half-made left")
        .noneMatch(n -> n.endsWith(".tmp") || n.endsWith(".classes") || n.endsWith(".config"));
  }

  @ParameterizedTest(name = "JAVA_HOME {0}")
  @ValueSource(strings = {"unset", BEFORE_25, FROM_25})
  void withBothInstalledJavaHomeWinsElseTheNewest(String javaHome)
      throws Exception {
    Jdk old = jdk(BEFORE_25);
    Jdk current = jdk(FROM_25);
    Path jar = jar(dir, old);
    Jdk home = javaHome.equals("unset") ? null : jdk(javaHome);
    // java on the PATH is the older one, as on a system whose default JDK is 17.
    Map<String, String> both = environment(dir, jar, home, old, old, current);
    assertVersion(run(both, "--version"));
    Jdk expected = home != null ? home : current;
    only(jar.getParent(), expected.suffix());
    assertThat(saved(jar.getParent(), expected.makesAotCache() ? ".jsa" : ".aot")).isEmpty();
    assertUsesItsFile(both);
  }

  @ParameterizedTest(name = "JDK {0}")
  @ValueSource(strings = {BEFORE_25, FROM_25})
  void aReadOnlyInstallFolderMeansARunWithoutTheFile(String kind)
      throws Exception {
    Jdk jdk = jdk(kind);
    Path jar = jar(dir, jdk);
    Path install = jar.getParent();
    Path post = Files.writeString(Files.createDirectories(dir.resolve("_posts"))
        .resolve("2025-01-01-a.md"), JekyllMarkdownRenderer.jekyll().render(post()));
    Path out = dir.resolve("out");
    Map<String, String> environment = environment(dir, jar, null, jdk, jdk);
    List<String> before = names(install);
    Run run = ReadOnly.run(install, dir, environment, "render", post.toString(), "--to", "html",
        "--out", out.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).matches("rendered 1 post in \\d+\\.\\d\\d s, 0 errors\\n");
    assertThat(run.err()).isEmpty();
    assertThat(names(install)).as("nothing written beside the jar").isEqualTo(before);
    assertThat(out.resolve("2025-01-01-a.html"))
        .hasContent(HtmlRenderer.jekyll().render(JekyllPostReader.jekyll().read(post)));
  }

  @ParameterizedTest(name = "JDK {0}")
  @ValueSource(strings = {BEFORE_25, FROM_25})
  void twoRunsThatStartAtOnceBothSucceedAndLeaveAWholeFile(String kind)
      throws Exception {
    Jdk jdk = jdk(kind);
    Path jar = jar(dir, jdk);
    Map<String, String> alone = environment(dir, jar, null, jdk, jdk);
    Started one = Launcher.start(Launcher.SCRIPT, alone, "--version");
    Started two = Launcher.start(Launcher.SCRIPT, alone, "--version");
    assertVersion(one.waitFor());
    assertVersion(two.waitFor());
    only(jar.getParent(), jdk.suffix());
    assertThat(names(jar.getParent())).as("nothing half-made left")
        .noneMatch(n -> n.endsWith(".tmp") || n.endsWith(".classes") || n.endsWith(".config"));
    assertUsesItsFile(alone);
  }

  @ParameterizedTest(name = "JDK {0}")
  @ValueSource(strings = {BEFORE_25, FROM_25})
  void aJdkThatCannotMakeTheFileIsNotAskedAgainOnEveryRun(String kind)
      throws Exception {
    Jdk real = jdk(kind);
    // A JDK whose archive dump or cache making fails, and which counts the tries: its java
    // runs the real one but for the option that makes the file.
    Path tries = dir.resolve("tries");
    Path home = Files.createDirectories(dir.resolve("jdk"));
    Files.copy(real.home().resolve("release"), home.resolve("release"));
    Path fake = Files.writeString(Files.createDirectories(home.resolve("bin")).resolve("java"),
        "#!/bin/sh\n"
            + "for a in \"$@\"; do case $a in -Xshare:dump|-XX:AOTCacheOutput=*) echo try >> '"
            + tries + "'; exit 1;; esac; done\n"
            + "exec '" + real.home().resolve("bin/java") + "' \"$@\"\n");
    assertThat(fake.toFile().setExecutable(true)).isTrue();
    Jdk failing = new Jdk(home, real.feature());
    Path jar = jar(dir, real);
    Map<String, String> environment = environment(dir, jar, failing, failing);

    for (int i = 0; i < 3; i++) {
      assertVersion(run(environment, "--version"));
    }
    assertThat(Files.readAllLines(tries)).as("tried once, not on every run").hasSize(1);
    assertThat(saved(jar.getParent(), real.suffix())).isEmpty();
    // A newer jar is worth another try.
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
    assertVersion(run(environment, "--version"));
    assertThat(Files.readAllLines(tries)).hasSize(2);
  }

  @Test
  void aMissingJarIsSaidPlainly() throws Exception {
    assumeTrue(Files.isExecutable(Launcher.SCRIPT), "bin/linkpost is not here; skipped");
    Run run = run(Map.of("LINKPOST_JAR", dir.resolve("nothing.jar").toString()), "--version");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("linkpost: " + dir.resolve("nothing.jar") + " is missing; build it with");
  }

  /** A link post whose text means something to Markdown, HTML and YAML. */
  private static LinkPost post() {
    Link page = Link.of("A \"page\" | with [brackets] & <tags>", "https://example.org/a_(b)?c=d&e");
    return LinkPost.builder().title("ME:: {{ liquid }} ; *stars*: `code` 🚢 مرحبا")
        .discovery(Discovery.builder().at(Instant.parse("2025-10-13T18:59:00Z")).page(page)
            .remarks("<script>alert(1)</script> and a\nsecond line").build())
        .addQuote(Quote.builder().source(page).addExcerpt(Excerpt.of("> not a quote", "1. x"))
            .build())
        .build();
  }

  /** Runs --version and checks that the tool's classes came from the launcher's file. */
  private void assertUsesItsFile(Map<String, String> environment) throws Exception {
    assertVersion(run(loggingClasses(environment, dir), "--version"));
    assertLoadedFromItsFile(dir);
  }

  /** The environment, with the JVM told to log where each class comes from, in a file. */
  private static Map<String, String> loggingClasses(Map<String, String> environment, Path dir)
      throws IOException {
    Path log = dir.resolve("classes.log");
    Files.deleteIfExists(log);
    Map<String, String> logging = new HashMap<>(environment);
    logging.put("LINKPOST_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
    return logging;
  }

  private static void assertLoadedFromItsFile(Path dir) throws IOException {
    assertThat(Files.readString(dir.resolve("classes.log")))
        .as("the tool's classes come from the archive or the cache")
        .contains("io.github.linkpost.examples.cli.LinkpostCommand source: shared objects file");
  }

  private static void assertVersion(Run run) {
    assertThat(run.status()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).matches("linkpost \\S+\\n");
    assertThat(run.err()).as("nothing about the JVM, its archive or its cache").isEmpty();
  }

  private static Path only(Path dir, String suffix) throws IOException {
    List<Path> files = saved(dir, suffix);
    assertThat(files).as("one " + suffix + " file beside the jar").hasSize(1);
    return files.get(0);
  }
}
