package io.github.linkpost.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.linkpost.markdown.JekyllPostReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The corpus link posts of the newest shape, read and rendered, show the same blocks, text and
 * links as the HTML Jekyll made of them, but for at most one in fifty (the full comparison over
 * every post is the html-parity tool).
 */
class ParityTest {
  @Test
  void sampleOfLinkPostsMatchesJekyll() throws Exception {
    String shared = System.getProperty("linkpost.shared", "../../shared");
    Path corpus = Path.of(shared, "corpus");
    assumeTrue(Files.isDirectory(corpus.resolve("jekyll-html")), "no corpus beside the checkout; skipped");
    List<String> names = Files.readAllLines(corpus.resolve("modern-format.txt"));
    assertThat(names).hasSizeGreaterThan(50);
    // One of them uses kramdown's $$ maths, which this renderer does not do.
    assertThat(different(corpus, names)).as("posts whose blocks differ from Jekyll's")
        .hasSizeLessThanOrEqualTo(names.size() / 50);
  }

  /**
   * Every post of the project's own small blog (fixtures/blog, which every checkout has), link
   * post or not, shows the same blocks, text and links as the HTML Jekyll made of it.
   */
  @Test
  void everyPostOfOurOwnBlogMatchesJekyll() throws Exception {
    Path blog = Path.of("..", "fixtures", "blog");
    List<String> names;
    try (var files = Files.list(blog.resolve("posts"))) {
      names = files.map(f -> f.getFileName().toString()).sorted().toList();
    }
    assertThat(names).hasSize(8);
    assertThat(different(blog, names)).as("posts whose blocks differ from Jekyll's").isEmpty();
  }

  private static List<String> different(Path corpus, List<String> names) throws Exception {
    HtmlRenderer renderer = HtmlRenderer.builder().allowHtml(true).allowRelativeUrls(true).build();
    List<String> different = new ArrayList<>();
    for (String name : names) {
      String stem = name.substring(0, name.length() - 3);
      String ours = renderer.render(JekyllPostReader.jekyll().read(corpus.resolve("posts").resolve(name)));
      String jekyll = Files.readString(corpus.resolve("jekyll-html").resolve(stem + ".html"));
      if (!blocks(ours).equals(blocks(jekyll))) {
        different.add(stem);
      }
    }
    return different;
  }

  /**
   * Without the microformats it adds, the Jekyll preset gives Jekyll's own HTML of every corpus
   * post byte for byte (rouge's token spans aside), but where a link's URL has a scheme that even
   * the trusting setting drops (neither web, mail nor relative): there the link keeps its text
   * and loses its href.
   */
  @Test
  void everyPostWithoutMicroformatsIsJekyllsHtmlByteForByte() throws Exception {
    String shared = System.getProperty("linkpost.shared", "../../shared");
    Path corpus = Path.of(shared, "corpus");
    assumeTrue(Files.isDirectory(corpus.resolve("jekyll-html")), "no corpus beside the checkout; skipped");
    HtmlRenderer renderer = HtmlRenderer.builder().allowHtml(true).allowRelativeUrls(true)
        .microformats(false).build();
    List<String> different = new ArrayList<>();
    int count = 0;
    try (var files = Files.list(corpus.resolve("posts"))) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        String name = file.getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.'));
        String ours = renderer.render(JekyllPostReader.jekyll().read(file));
        String jekyll = withoutRougeTokens(
            Files.readString(corpus.resolve("jekyll-html").resolve(stem + ".html")));
        count++;
        if (!ours.equals(jekyll)) {
          different.add(stem);
          // The one way it may differ: a URL of another scheme is dropped, its text kept.
          assertThat(ours).as(stem).isEqualTo(OTHER_SCHEME.matcher(jekyll).replaceAll(""));
        }
      }
    }
    System.out.printf("byte-identical to Jekyll: %d of %d posts%n", count - different.size(), count);
    assertThat(count).isEqualTo(3400);
    assertThat(different).hasSizeLessThanOrEqualTo(count / 1000);
  }

  private static final java.util.regex.Pattern OTHER_SCHEME = java.util.regex.Pattern.compile(
      " href=\"(?!(?i:https?|mailto):)[A-Za-z][A-Za-z0-9+.-]*:[^\"]*\"");
  private static final java.util.regex.Pattern HIGHLIGHTED = java.util.regex.Pattern.compile(
      "(<pre class=\"highlight\"><code>|<code class=\"[^\"]*highlighter-rouge\">)(.*?)</code>",
      java.util.regex.Pattern.DOTALL);

  /**
   * Jekyll's HTML without rouge's token spans, which the engine does not make: inside highlighted
   * code the code's own text is escaped, so only rouge's tags are removed.
   */
  static String withoutRougeTokens(String html) {
    return HIGHLIGHTED.matcher(html).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
        m.group(1) + m.group(2).replaceAll("<span class=\"[^\"]*\">|</span>", "") + "</code>"));
  }

  /** The text of each block and the targets of its links, white space folded. */
  static List<String> blocks(String html) {
    Document doc = Jsoup.parse(html);
    List<String> blocks = new ArrayList<>();
    for (Element e : doc.select("p, h1, h2, h3, h4, h5, h6, pre, li, td, th, blockquote")) {
      if (e.tagName().equals("li") || e.tagName().equals("blockquote")) {
        if (!e.select("p, pre, ul, ol, blockquote").isEmpty()) {
          continue;
        }
      }
      String text = e.tagName().equals("pre") ? e.wholeText().strip() : e.text();
      blocks.add(e.tagName() + ":" + text + " " + e.select("a[href]").eachAttr("href"));
    }
    return blocks;
  }
}
