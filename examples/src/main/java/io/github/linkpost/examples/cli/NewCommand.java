package io.github.linkpost.examples.cli;

import io.github.linkpost.Discovery;
import io.github.linkpost.Excerpt;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.Quote;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import io.github.linkpost.markdown.PostFiles;
import io.github.linkpost.markdown.Slugs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code linkpost new}: writes a new link post into a {@code _posts} folder. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
        "Writes a new link post into the posts folder and prints the path it wrote.",
        "Either --title and --url, or --item with a bookmark line such as",
        "  'Oct 13, 2025 18:59 [A title](https://example.org/a) <-- my remark'."})
final class NewCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--title", paramLabel = "TEXT", description = "The post's title.")
  String title;

  @Option(names = "--url", paramLabel = "URL", description = "The discovered page.")
  String url;

  @Option(names = "--link-text", paramLabel = "TEXT",
      description = "The discovered page's link text (default: the title).")
  String linkText;

  @Option(names = "--item", paramLabel = "TEXT",
      description = "A bookmark line: [optional time] [title](url) [remarks].")
  String item;

  @Option(names = "--discovered-at", paramLabel = "INSTANT",
      description = "When the page was found, ISO-8601 (default: now).")
  Instant discoveredAt;

  @Option(names = "--display-zone", paramLabel = "ZONE", defaultValue = "UTC",
      description = "The zone the discovery line shows (default: ${DEFAULT-VALUE}).")
  ZoneId displayZone;

  @Option(names = "--file-zone", paramLabel = "ZONE",
      description = "The zone of the file name's date and pHHMM (default: the system zone).")
  ZoneId fileZone;

  @Option(names = "--via", paramLabel = "URL", description = "The \"Discovered\" link.")
  String via;

  @Option(names = "--remark", paramLabel = "TEXT", description = "Your remarks (one line).")
  String remark;

  @Option(names = "--quote-file", paramLabel = "FILE",
      description = "Excerpt paragraphs separated by blank lines; a paragraph '...' is an elision.")
  Path quoteFile;

  @Option(names = "--source-title", paramLabel = "TEXT",
      description = "The quoted source's title (default: the link text).")
  String sourceTitle;

  @Option(names = "--source-url", paramLabel = "URL",
      description = "The quoted source's URL (default: --url).")
  String sourceUrl;

  @Option(names = "--tag", paramLabel = "TAG", description = "A tag; repeat for more.")
  List<String> tags = new ArrayList<>();

  @Option(names = "--slug", paramLabel = "SLUG",
      description = "The file name's slug (default: from the URL).")
  String slug;

  @Option(names = "--posts-dir", paramLabel = "DIR", defaultValue = "_posts",
      description = "Where to write (default: ${DEFAULT-VALUE}).")
  Path postsDir;

  @Option(names = "--plain-name", description = "Name the file YYYY-MM-DD-slug.md.")
  boolean plainName;

  @Option(names = "--next-free-name",
      description = "When the name is taken, write NAME-2.md, NAME-3.md, ... instead of failing.")
  boolean nextFreeName;

  @Option(names = "--overwrite", description = "Replace a post of the same name.")
  boolean overwrite;

  @Override
  public Integer call() throws IOException {
    String pageTitle = title;
    String pageUrl = url;
    String remarks = remark;
    Instant at = discoveredAt;
    if (item != null) {
      BookmarkLine line = BookmarkLine.parse(item, displayZone);
      pageTitle = pageTitle != null ? pageTitle : line.title();
      pageUrl = pageUrl != null ? pageUrl : line.url();
      remarks = remarks != null ? remarks : line.remarks().orElse(null);
      at = at != null ? at : line.at().orElse(null);
    }
    if (pageTitle == null || pageUrl == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "give --title and --url, or --item");
    }
    if (at == null) {
      at = Instant.now();
    }
    Link page = Link.of(linkText != null ? linkText : pageTitle, pageUrl);
    Discovery.Builder discovery = Discovery.builder().at(at).zone(displayZone).page(page);
    if (via != null) {
      discovery.via(via);
    }
    if (remarks != null) {
      discovery.remarks(remarks);
    }
    LinkPost.Builder post = LinkPost.builder().title(pageTitle).discovery(discovery.build())
        .addAllTags(tags);
    if (quoteFile != null) {
      Link source = Link.of(sourceTitle != null ? sourceTitle : page.text(),
          sourceUrl != null ? sourceUrl : pageUrl);
      post.addQuote(Quote.builder().source(source).addAllExcerpts(readExcerpts(quoteFile)).build());
    }
    LinkPost built = post.build();
    String fileSlug = slug != null ? slug : Slugs.fromUrl(page.url());
    Instant shown = built.discovery().orElseThrow().at();
    ZoneId zone = fileZone != null ? fileZone : ZoneId.systemDefault();
    String name = plainName
        ? PostFiles.plainName(shown.atZone(zone).toLocalDate(), fileSlug)
        : PostFiles.referenceName(shown, zone, fileSlug);
    PostFiles.IfExists ifExists = overwrite ? PostFiles.IfExists.OVERWRITE
        : nextFreeName ? PostFiles.IfExists.NEXT_FREE_NAME : PostFiles.IfExists.FAIL;
    Path written = PostFiles.write(
        postsDir, name, JekyllMarkdownRenderer.jekyll().render(built), ifExists);
    spec.commandLine().getOut().println(written);
    return 0;
  }

  /** Paragraphs separated by blank lines; a paragraph that is just "..." starts a new excerpt. */
  static List<Excerpt> readExcerpts(Path file) throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.MalformedInputException e) {
      throw new LinkPostException("not UTF-8 text").at(file, 0);
    }
    List<Excerpt> excerpts = new ArrayList<>();
    List<String> paragraphs = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (String line : (text + "\n").split("\r?\n", -1)) {
      if (line.isBlank()) {
        if (paragraph.length() > 0) {
          String p = paragraph.toString();
          paragraph.setLength(0);
          if (p.strip().equals("...")) {
            if (!paragraphs.isEmpty()) {
              excerpts.add(Excerpt.of(paragraphs));
              paragraphs.clear();
            }
          } else {
            paragraphs.add(p);
          }
        }
      } else {
        if (paragraph.length() > 0) {
          paragraph.append('\n');
        }
        paragraph.append(line);
      }
    }
    if (!paragraphs.isEmpty()) {
      excerpts.add(Excerpt.of(paragraphs));
    }
    if (excerpts.isEmpty()) {
      throw new LinkPostException("holds no excerpt paragraph").at(file, 0);
    }
    return excerpts;
  }

}
