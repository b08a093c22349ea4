package io.github.linkpost.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.linkpost.acceptance.Launcher.Jdk;
import io.github.linkpost.acceptance.Launcher.Run;
import io.github.linkpost.html.HtmlRenderer;
import io.github.linkpost.markdown.JekyllPostReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The tool as a download ({@code examples/target/linkpost-VERSION.tar.gz} and {@code .zip}):
 * unpacked anywhere, its {@code bin/linkpost} finds the jar beside itself, as the launcher of a
 * source tree finds {@code examples/target/linkpost.jar}.
 */
class DistributionTest {
  private static final Path TARGET = Launcher.ROOT.resolve("examples/target");

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

  private static Path archive(String extension) throws IOException {
    assumeTrue(Files.isDirectory(TARGET), "examples is not built; skipped");
    try (Stream<Path> files = Files.list(TARGET)) {
      List<Path> archives = files.filter(p -> p.getFileName().toString().matches(
          "linkpost-\\d.*\\." + extension.replace(".", "\\."))).toList();
      assumeTrue(!archives.isEmpty(), "no linkpost-VERSION." + extension + " in examples/target "
          + "(mvn package makes it); skipped");
      assertThat(archives).hasSize(1);
      return archives.get(0);
    }
  }

  private static Jdk anyJdk() {
    Optional<Jdk> jdk = Launcher.from25().or(Launcher::before25);
    assumeTrue(jdk.isPresent(), "no JDK 17 or later found; skipped");
    return jdk.get();
  }

  /** The environment of a user who has not told the launcher where its jar is. */
  private static Map<String, String> noJarGiven(Path dir, Jdk jdk) throws IOException {
    Map<String, String> environment = Launcher.environment(dir, dir.resolve("unused.jar"), null,
        jdk, jdk);
    environment.remove("LINKPOST_JAR");
    return environment;
  }

  @Test
  void unpackedAnywhereItRunsAndRenders() throws Exception {
    Path tarball = archive("tar.gz");
    Process tar = new ProcessBuilder("tar", "-xzf", tarball.toString(), "-C", dir.toString())
        .redirectErrorStream(true).start();
    assertThat(tar.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(tar.exitValue()).as(new String(tar.getInputStream().readAllBytes())).isZero();
    String top = tarball.getFileName().toString().replace(".tar.gz", "");
    Path home = dir.resolve(top);
    assertThat(Launcher.names(home)).containsExactly("bin", "lib");
    assertThat(home.resolve("bin/linkpost")).isExecutable().hasSameBinaryContentAs(Launcher.SCRIPT);
    assertThat(home.resolve("lib/linkpost.jar")).hasSameBinaryContentAs(Launcher.JAR);

    Map<String, String> environment = noJarGiven(dir, anyJdk());
    Run version = Launcher.run(home.resolve("bin/linkpost"), environment, "--version");
    assertThat(version.status()).as(version.err()).isZero();
    assertThat(version.out()).isEqualTo("linkpost " + top.substring("linkpost-".length()) + "\n");
    assertThat(version.err()).isEmpty();

    Path post = Files.writeString(dir.resolve("2025-01-01-a.md"), """
        ---
        layout: post
        title: "A post | with *stars*"
        ---
        Some **Markdown** and <b>HTML</b>.
        """);
    Run render = Launcher.run(home.resolve("bin/linkpost"), environment, "render", post.toString(),
        "--to", "html", "--allow-html", "--out", dir.resolve("site").toString());
    assertThat(render.status()).as(render.err()).isZero();
    assertThat(render.out()).matches("rendered 1 post in \\d+\\.\\d\\d s, 0 errors\\n");
    assertThat(dir.resolve("site/2025-01-01-a.html")).hasContent(HtmlRenderer.builder()
        .allowHtml(true).allowRelativeUrls(true).build()
        .render(JekyllPostReader.jekyll().read(post)));
  }

  @Test
  void theZipHoldsTheSameFiles() throws Exception {
    Path zip = archive("zip");
    String top = zip.getFileName().toString().replace(".zip", "");
    try (ZipFile file = new ZipFile(zip.toFile())) {
      List<String> names = Collections.list(file.entries()).stream().map(ZipEntry::getName)
          .filter(n -> !n.endsWith("/")).sorted().toList();
      assertThat(names).containsExactly(top + "/bin/linkpost", top + "/lib/linkpost.jar");
    }
  }

  @Test
  void inASourceTreeItFindsTheJarInExamplesTarget() throws Exception {
    assumeTrue(Files.isRegularFile(Launcher.JAR), "examples/target/linkpost.jar is not built; "
        + "skipped");
    Path script = Files.copy(Launcher.SCRIPT,
        Files.createDirectories(dir.resolve("tree/bin")).resolve("linkpost"));
    assertThat(script.toFile().setExecutable(true)).isTrue();
    Path target = Files.createDirectories(dir.resolve("tree/examples/target"));
    Files.copy(Launcher.JAR, target.resolve("linkpost.jar"));
    Jdk jdk = anyJdk();
    Run version = Launcher.run(script, noJarGiven(dir, jdk), "--version");
    assertThat(version.status()).as(version.err()).isZero();
    assertThat(version.out()).startsWith("linkpost ");
    assertThat(version.err()).isEmpty();
    assertThat(Launcher.saved(target, jdk.suffix())).as("its file beside that jar").hasSize(1);
  }
}
