package io.github.linkpost.kramdown.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Any folder of Markdown files, given on the command line, through the engine and through
 * Jekyll's converter: for measuring on other blogs and on kramdown's own test inputs. Every
 * {@code .md}, {@code .markdown} and {@code .text} file under the folder is compared; the
 * report (count byte-identical, each differing file with its first difference, the first few
 * in full) is {@code target/kramdown-differential/folder-NAME.txt}.
 *
 * <p>System properties:
 * <ul>
 *   <li>{@code linkpost.kramdown.diff.dir}: the folder (the test is skipped without it);
 *   <li>{@code linkpost.kramdown.diff.frontmatter=keep}: compare whole files (for inputs that
 *       are not posts, such as kramdown's test cases); by default front matter is removed as
 *       Jekyll removes it;
 *   <li>{@code linkpost.kramdown.diff.floor}: the share byte-identical, in percent, below which
 *       the test fails (default 100: every file).
 * </ul>
 * Liquid is not run on either side: the files are compared as Markdown.
 */
class FolderDifferentialTest {
  @Test
  void folderConvertsAsKramdownDoes() throws Exception {
    String configured = System.getProperty("linkpost.kramdown.diff.dir", "");
    assumeTrue(!configured.isBlank(), "no folder given (-Dlinkpost.kramdown.diff.dir=/path); "
        + "skipped");
    Path dir = Path.of(configured).toAbsolutePath().normalize();
    assertThat(dir).as("linkpost.kramdown.diff.dir").isDirectory();
    Engine.assumeConverts();
    boolean strip = !"keep".equals(System.getProperty("linkpost.kramdown.diff.frontmatter"));
    double floor = Double.parseDouble(System.getProperty("linkpost.kramdown.diff.floor", "100"));
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).filter(p -> {
        String name = p.getFileName().toString();
        return name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".text");
      }).sorted().toList();
    }
    assertThat(files).as("Markdown files under " + dir).isNotEmpty();
    Report report = new Report("folder-" + dir.getFileName());
    try (Oracle oracle = Oracle.start()) {
      report.note("oracle: " + oracle.versions());
      report.note("folder: " + dir + (strip ? "" : " (front matter kept)"));
      DocumentFiles.compare(new Differential(oracle), dir, files, strip, report, c -> { });
    }
    Path file = report.write(20);
    System.out.println(report.headline() + "; report: " + file.toAbsolutePath());
    assertThat(100.0 * report.equal() / Math.max(1, report.total()))
        .as(report.headline() + "; see " + file).isGreaterThanOrEqualTo(floor);
  }
}
