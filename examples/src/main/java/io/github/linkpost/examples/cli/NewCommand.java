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
import io.github.linkpost.metadata.PageMetadata;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** {@code linkpost new}: writes a new link post into a {@code _posts} folder. */
final class NewCommand {
  static final Command COMMAND = new Command("new",
      "Writes a new link post into the posts folder and prints its path.",
      """
      Writes a new link post into the posts folder and prints the path it wrote.
      Either --title and --url, or --item with a bookmark line such as
        'Oct 13, 2025 18:59 [A title](https://example.org/a) <-- my remark'.
      With --fetch (or --page-file for a saved page) the page fills in what the command
      line leaves out: the title and link text, the quote's source title, author and
      publication date. The remarks come from the command line only.""",
      null, null,
      List.of(
          CommandOption.value("--title", "TEXT", "The post's title."),
          CommandOption.value("--url", "URL", "The discovered page."),
          CommandOption.value("--link-text", "TEXT",
              "The discovered page's link text (default: the title)."),
          CommandOption.value("--item", "TEXT",
              "A bookmark line: [optional time] [title](url) [remarks]."),
          CommandOption.value("--discovered-at", "INSTANT",
              "When the page was found, ISO-8601 (default: now)."),
          CommandOption.value("--display-zone", "ZONE", "The zone the discovery line shows.")
              .withDefault("UTC"),
          CommandOption.value("--file-zone", "ZONE",
              "The zone of the file name's date and pHHMM (default: the system zone)."),
          CommandOption.value("--via", "URL", "The \"Discovered\" link."),
          CommandOption.value("--remark", "TEXT", "Your remarks (one line)."),
          CommandOption.value("--quote-file", "FILE",
              "Excerpt paragraphs separated by blank lines; a paragraph '...' is an elision."),
          CommandOption.value("--source-title", "TEXT",
              "The quoted source's title (default: the link text)."),
          CommandOption.value("--source-url", "URL",
              "The quoted source's URL (default: --url)."),
          CommandOption.value("--author", "TEXT",
              "Who wrote the quoted source (default: what the page says, with --fetch)."),
          CommandOption.value("--published", "DATE",
              "When the source was published, as 2024-11-10 (default: the page's date)."),
          CommandOption.flag("--fetch",
              "Fetch --url and fill in the title, link text, source title, author and date."),
          CommandOption.value("--page-file", "FILE",
              "A saved copy of the page at --url, read as --fetch reads the page."),
          CommandOption.flag("--text-fragments",
              "Point the quote's source link at its first excerpt (#:~:text=...)."),
          CommandOption.value("--tag", "TAG", "A tag; repeat for more.").andRepeatable(),
          CommandOption.value("--slug", "SLUG", "The file name's slug (default: from the URL)."),
          CommandOption.value("--posts-dir", "DIR", "Where to write.").withDefault("_posts"),
          CommandOption.flag("--plain-name", "Name the file YYYY-MM-DD-slug.md."),
          CommandOption.flag("--next-free-name",
              "When the name is taken, write NAME-2.md, NAME-3.md, ... instead of failing."),
          CommandOption.flag("--overwrite", "Replace a post of the same name.")),
      NewCommand::run);

  private NewCommand() {}

  static int run(Args args, PrintWriter out, PrintWriter err) throws IOException, UsageException {
    String pageTitle = args.text("--title");
    String pageUrl = args.text("--url");
    String linkText = args.text("--link-text");
    String item = args.text("--item");
    Instant at = args.value("--discovered-at", Instant::parse,
        "an ISO-8601 instant such as 2025-10-13T18:59:00Z");
    ZoneId displayZone = args.value("--display-zone", ZoneId::of, Inputs.ZONE_EXPECTED);
    ZoneId fileZone = args.value("--file-zone", ZoneId::of, Inputs.ZONE_EXPECTED);
    String via = args.text("--via");
    String remarks = args.text("--remark");
    Path quoteFile = args.value("--quote-file", Path::of, "a file");
    String sourceTitle = args.text("--source-title");
    String sourceUrl = args.text("--source-url");
    List<String> tags = args.texts("--tag");
    String slug = args.text("--slug");
    Path postsDir = args.value("--posts-dir", Path::of, "a folder");
    String author = args.text("--author");
    LocalDate published = args.value("--published", LocalDate::parse,
        "a date such as 2024-11-10");
    Path pageFile = args.value("--page-file", Path::of, "a file");
    if (args.flag("--fetch") && pageFile != null) {
      throw new UsageException("give --fetch or --page-file, not both");
    }
    if (item != null) {
      BookmarkLine line = BookmarkLine.parse(item, displayZone);
      pageTitle = pageTitle != null ? pageTitle : line.title();
      pageUrl = pageUrl != null ? pageUrl : line.url();
      remarks = remarks != null ? remarks : line.remarks().orElse(null);
      at = at != null ? at : line.at().orElse(null);
    }
    PageMetadata meta = PageMetadata.empty();
    if (args.flag("--fetch") || pageFile != null) {
      if (pageUrl == null) {
        throw new UsageException((pageFile != null ? "--page-file" : "--fetch")
            + " needs the page's --url");
      }
      URI url;
      try {
        url = Pages.webUrl(pageUrl);
      } catch (Exception e) {
        throw new UsageException(
            "invalid value for --url: '" + pageUrl + "' (expected " + Pages.URL_EXPECTED + ")");
      }
      meta = PageMetadata.read(pageFile != null ? Pages.file(pageFile, url) : Pages.fetch(url));
    }
    // What the command line gives wins; the page fills in the rest.
    String found = meta.title().orElse(null);
    pageTitle = pageTitle != null ? pageTitle : found;
    linkText = linkText != null ? linkText : found;
    sourceTitle = sourceTitle != null ? sourceTitle : found;
    author = author != null ? author : meta.author().orElse(null);
    published = published != null ? published : meta.published().orElse(null);
    if (pageTitle == null || pageUrl == null) {
      throw new UsageException(args.flag("--fetch") || pageFile != null
          ? "the page has no title: give --title"
          : "give --title and --url, or --item");
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
      Quote.Builder quote = Quote.builder().source(source).addAllExcerpts(readExcerpts(quoteFile));
      if (author != null) {
        quote.author(author);
      }
      if (published != null) {
        quote.published(published);
      }
      post.addQuote(quote.build());
    }
    LinkPost built = post.build();
    String fileSlug = slug != null ? slug : Slugs.fromUrl(page.url());
    Instant shown = built.discovery().orElseThrow().at();
    ZoneId zone = fileZone != null ? fileZone : ZoneId.systemDefault();
    String name = args.flag("--plain-name")
        ? PostFiles.plainName(shown.atZone(zone).toLocalDate(), fileSlug)
        : PostFiles.referenceName(shown, zone, fileSlug);
    PostFiles.IfExists ifExists = args.flag("--overwrite") ? PostFiles.IfExists.OVERWRITE
        : args.flag("--next-free-name") ? PostFiles.IfExists.NEXT_FREE_NAME
        : PostFiles.IfExists.FAIL;
    JekyllMarkdownRenderer renderer = args.flag("--text-fragments")
        ? JekyllMarkdownRenderer.builder().textFragments(true).build()
        : JekyllMarkdownRenderer.jekyll();
    Path written = PostFiles.write(postsDir, name, renderer.render(built), ifExists);
    out.println(written);
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
