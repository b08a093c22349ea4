package io.github.linkpost.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linkpost.Discovery;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.feed.Feed;
import io.github.linkpost.feed.FeedFormat;
import io.github.linkpost.feed.FeedPost;
import io.github.linkpost.feed.FeedWriter;
import io.github.linkpost.feed.Permalinks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README and the pages of {@code docs/}: every Java block is code of this module, compiled
 * with it, between {@code // docs:start PAGE} and {@code // docs:end}; every such region is
 * shown on its page; and every link between the pages goes to a file and a heading that exist.
 */
class ReadmeTest {
  private static final Path ROOT = Path.of("..");
  private static final Path SOURCES = Path.of("src/main/java");
  private static final Pattern JAVA_BLOCK = Pattern.compile("(?m)^```java\n(.*?)^```$", Pattern.DOTALL);
  private static final Pattern START = Pattern.compile("^\\s*// docs:start (\\S+)$");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final String FENCED = "(?ms)^```.*?^```$";
  private static final String REPOSITORY = "https://github.com/linkpost/linkpost";

  @Test
  void everyJavaBlockIsCompiledCode() throws IOException {
    Map<String, List<String>> regions = regions();
    List<String> unchecked = new ArrayList<>();
    int blocks = 0;
    for (Map.Entry<String, String> page : pages().entrySet()) {
      for (String block : javaBlocks(page.getValue())) {
        blocks++;
        if (!regions.getOrDefault(page.getKey(), List.of()).contains(block)) {
          unchecked.add(page.getKey() + ": " + block.lines().findFirst().orElse(""));
        }
      }
    }
    assertThat(unchecked).as("Java blocks that are no compiled example's code").isEmpty();
    // The pages that had their code checked before it moved, and the README's own example.
    assertThat(regions).containsKeys("README.md", "docs/model.md", "docs/feeds.md",
        "docs/format.md", "docs/html.md", "docs/metadata.md", "docs/bookmarks.md");
    assertThat(blocks).isEqualTo(regions.values().stream().mapToInt(List::size).sum());
  }

  @Test
  void everyMarkedRegionIsShownOnItsPage() throws IOException {
    Map<String, String> pages = pages();
    regions().forEach((page, codes) -> {
      assertThat(pages).as("the page a region names").containsKey(page);
      assertThat(javaBlocks(pages.get(page))).as(page).containsAll(codes);
    });
  }

  @Test
  void readmeExampleHasItsImportsAndRuns() throws IOException {
    String readme = pages().get("README.md");
    String example = javaBlocks(readme).get(0);
    assertThat(example).startsWith("import io.github.linkpost.")
        .contains("public static void main(String[] args)");
    PrintStream stdout = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      Quickstart.main(new String[0]);
    } finally {
      System.setOut(stdout);
    }
    String shown = readme.substring(readme.indexOf("\n```text\n") + 9);
    shown = shown.substring(0, shown.indexOf("\n```\n") + 1);
    assertThat(printed.toString(StandardCharsets.UTF_8).stripTrailing() + "\n")
        .as("what the README says the example prints").isEqualTo(shown)
        .startsWith("---\nlayout: post\ntitle: \"The box that shrank the oceans\"\n---\n")
        .contains("[Discovered](https://blog.example.org/how-i-collect-links/): "
            + "Apr 18, 2025 09:42 (America/Vancouver) "
            + "[The box that shrank the oceans](https://ports.example.com/box/) <-- Worth reading *slowly*.")
        .contains("* By: Lena Ortiz")
        .contains("<em>slowly</em>")
        .contains("<strong>tied up</strong>");
  }

  @Test
  void modulesNamedInTheReadmeAreTheModules() throws IOException {
    String readme = pages().get("README.md");
    Matcher requires = Pattern.compile("requires (io\\.github\\.linkpost\\.[a-z.]+);").matcher(readme);
    List<String> named = new ArrayList<>();
    while (requires.find()) {
      named.add(requires.group(1));
    }
    assertThat(named).isNotEmpty();
    try (Stream<Path> folders = Files.list(ROOT)) {
      List<String> modules = folders.map(f -> f.resolve("src/main/java/module-info.java"))
          .filter(Files::isRegularFile)
          .map(ReadmeTest::read)
          .map(text -> text.replaceAll("(?s).*?\\bmodule (\\S+) \\{.*", "$1"))
          .collect(Collectors.toList());
      assertThat(modules).containsAll(named);
    }
  }

  @Test
  void linksBetweenPagesGoToFilesAndHeadingsThatExist() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Map.Entry<String, String> page : pages().entrySet()) {
      Matcher link = LINK.matcher(withoutCode(page.getValue()));
      while (link.find()) {
        String target = link.group(1);
        if (target.matches("[a-z]+:.*")) {
          continue;
        }
        if (!resolves(ROOT.resolve(page.getKey()), target)) {
          broken.add(page.getKey() + ": " + target);
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void theFeedExtensionsAboutUrlNamesItsSection() throws IOException {
    LinkPost post = LinkPost.builder().title("Tides")
        .discovery(Discovery.builder().at(Instant.parse("2025-10-13T18:59:00Z"))
            .page(Link.of("Tides", "https://sea.example.com/tides")).build())
        .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FeedWriter.builder(FeedFormat.JSON_FEED, Permalinks.builder().url("https://blog.example.org").build())
        .build().write(Feed.builder("Notes", URI.create("https://blog.example.org/")).build(),
            List.of(new FeedPost("_posts/2025-10-13-tides.md", post)), out);
    Matcher about = Pattern.compile("\"about\" ?: ?\"([^\"]+)\"").matcher(out.toString(StandardCharsets.UTF_8));
    assertThat(about.find()).as("an about URL in %s", out).isTrue();
    String url = about.group(1);
    assertThat(url).startsWith(REPOSITORY + "/blob/main/");
    assertThat(resolves(ROOT.resolve("README.md"), url.substring((REPOSITORY + "/blob/main/").length()))).as(url).isTrue();
  }

  @Test
  void feedExampleWritesTheEntry() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FeedExample.write(LinkPost.builder().title("Tides").build(), out);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("<id>https://blog.example.org/notes/2025/10/13/p1159-tides/</id>");
  }

  @Test
  void readmeExampleWritesAPostFile(@TempDir Path dir) throws Exception {
    Path written = ReadmeExample.writeInto(dir);
    assertThat(written.getFileName().toString()).isEqualTo("2025-04-18-p0942-box.md");
    assertThat(Files.readString(written)).startsWith("---\nlayout: post\ntitle: \"ME:: boxes")
        .contains("[Discovered](https://blog.example.org/how-i-collect-links/): "
            + "Apr 18, 2025 16:42 (UTC) [The box that shrank the oceans](https://ports.example.com/box/) \n");
  }

  @Test
  void styleAndHtmlExamplesDoWhatTheirCommentsSay() {
    LinkPost post = LinkPost.builder().title("Tides")
        .discovery(Discovery.builder().at(Instant.parse("2025-10-13T18:59:00Z"))
            .via("https://blog.example.org/how/")
            .page(Link.of("Tide tables", "https://sea.example.com/tides")).remarks("worth *reading*")
            .build())
        .build();
    List<Object> style = DocExamples.style(post);
    assertThat(style.get(0)).isEqualTo(post);
    assertThat((String) style.get(1)).contains(">Found</a>");
    List<String> html = DocExamples.html(post);
    assertThat(html.get(0)).contains("class=\"h-entry\"").doesNotContain("<html");
    assertThat(html.get(1)).startsWith("<!DOCTYPE html>");
  }

  /** README.md and every page of docs/, by their path from the checkout's root. */
  private static Map<String, String> pages() throws IOException {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("README.md", read(ROOT.resolve("README.md")));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted()
          .forEach(p -> pages.put("docs/" + p.getFileName(), read(p)));
    }
    return pages;
  }

  private static List<String> javaBlocks(String page) {
    List<String> blocks = new ArrayList<>();
    Matcher block = JAVA_BLOCK.matcher(page);
    while (block.find()) {
      blocks.add(block.group(1));
    }
    return blocks;
  }

  /** The marked regions of this module's sources, by the page that shows them, dedented. */
  private static Map<String, List<String>> regions() throws IOException {
    Map<String, List<String>> regions = new LinkedHashMap<>();
    try (Stream<Path> sources = Files.walk(SOURCES)) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String page = null;
        List<String> lines = new ArrayList<>();
        for (String line : read(source).split("\n", -1)) {
          Matcher start = START.matcher(line);
          if (start.matches()) {
            page = start.group(1);
            lines.clear();
          } else if (page != null && line.trim().equals("// docs:end")) {
            regions.computeIfAbsent(page, p -> new ArrayList<>()).add(dedent(lines));
            page = null;
          } else if (page != null) {
            lines.add(line);
          }
        }
        assertThat(page).as("a region of %s without its end", source).isNull();
      }
    }
    return regions;
  }

  private static String dedent(List<String> lines) {
    int indent = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent))
        .collect(Collectors.joining("\n", "", "\n"));
  }

  /**
   * Whether a relative link of a page (a file, a file and an anchor, or an anchor of the page
   * itself) names what exists.
   */
  private static boolean resolves(Path page, String target) {
    int hash = target.indexOf('#');
    String file = hash < 0 ? target : target.substring(0, hash);
    Path path = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
    if (!Files.exists(path)) {
      return false;
    }
    if (hash < 0 || !path.toString().endsWith(".md")) {
      return true;
    }
    String anchor = target.substring(hash + 1);
    return read(path).replaceAll(FENCED, "").lines().filter(l -> l.startsWith("#"))
        .map(l -> slug(l.replaceFirst("^#+\\s*", ""))).anyMatch(anchor::equals);
  }

  /** The anchor GitHub gives a heading. */
  private static String slug(String heading) {
    return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
  }

  /** The page without its code (fenced blocks and spans), which holds no headings and links. */
  private static String withoutCode(String page) {
    return page.replaceAll(FENCED, "").replaceAll("``[^`]*``|`[^`\n]*`", "");
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
