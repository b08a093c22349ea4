package io.github.linkpost.examples.cli;

import io.github.linkpost.Discovery;
import io.github.linkpost.Excerpt;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.OutputFiles.IfExists;
import io.github.linkpost.PostStyle;
import io.github.linkpost.Quote;
import io.github.linkpost.Site;
import io.github.linkpost.bookmarks.Bookmark;
import io.github.linkpost.bookmarks.BookmarkLine;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import io.github.linkpost.markdown.PostFiles;
import io.github.linkpost.markdown.Slugs;
import io.github.linkpost.metadata.PageMetadata;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

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
      publication date. The remarks come from the command line only. A post of the
      same name is never replaced unless --overwrite is given.
      Exit status 0 when the post was written, 1 when it could not be, 2 when the
      command line cannot be taken.""",
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
          CommandOption.value("--display-zone", "ZONE",
              "The zone the discovery line shows (default: UTC; in the front-matter style, the"
                  + " site's zone)."),
          CommandOption.value("--file-zone", "ZONE",
              "The zone of the file name's date and pHHMM (default: the site's timezone, else"
                  + " the system zone)."),
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
          CommandOption.value("--category", "NAME", "A category; repeat for more.")
              .andRepeatable(),
          CommandOption.value("--permalink", "PATH",
              "The post's permalink, such as /links/tides/ (default: the site's)."),
          CommandOption.value("--date", "DATE",
              "The front matter's date: 2025-10-13T11:59:00-07:00, or 2025-10-13T11:59 or"
                  + " 2025-10-13 in the file's zone (default: none; in the front-matter style,"
                  + " the discovery time)."),
          CommandOption.value("--slug", "SLUG", "The file name's slug (default: from the URL)."),
          CommandOption.value("--posts-dir", "DIR",
              "Where to write (default: the site's _posts folder)."),
          Inputs.SITE,
          CommandOption.flag("--plain-name", "Name the file YYYY-MM-DD-slug.md."),
          CommandOption.flag("--next-free-name",
              "When the name is taken, write NAME-2.md, NAME-3.md, ... instead of failing."),
          CommandOption.flag("--overwrite",
              "Replace a post of the same name (not with --next-free-name).")),
      NewCommand::run);

  private NewCommand() {}

  static final String DATE_EXPECTED =
      "2025-10-13T11:59:00-07:00, or 2025-10-13T11:59 or 2025-10-13 in the file's zone";
  /** Options that say something of the quote: without --quote-file there is none. */
  private static final List<String> QUOTE_OPTIONS =
      List.of("--source-title", "--source-url", "--author", "--published");

  static int run(Args args, PrintWriter out, PrintWriter err) throws IOException, UsageException {
    if (args.flag("--overwrite") && args.flag("--next-free-name")) {
      throw new UsageException("give --next-free-name or --overwrite, not both");
    }
    String pageTitle = args.text("--title");
    String pageUrl = args.text("--url");
    String linkText = args.text("--link-text");
    String item = args.text("--item");
    Instant at = args.value("--discovered-at", Instant::parse,
        "an ISO-8601 instant such as 2025-10-13T18:59:00Z");
    Site site = Inputs.site(args);
    PostStyle style = site.style();
    boolean frontMatter = style.linkPlace() == PostStyle.LinkPlace.FRONT_MATTER;
    ZoneId displayZone = args.value("--display-zone", ZoneId::of, Inputs.ZONE_EXPECTED);
    if (displayZone == null) {
      displayZone = frontMatter ? site.zone() : ZoneOffset.UTC;
    }
    ZoneId fileZone = args.value("--file-zone", ZoneId::of, Inputs.ZONE_EXPECTED);
    ZoneId zone = fileZone != null ? fileZone : site.zone();
    OffsetDateTime date = args.value("--date", text -> date(text, zone), DATE_EXPECTED);
    String via = args.text("--via");
    String remarks = args.text("--remark");
    Path quoteFile = Inputs.existingFile(args, "--quote-file");
    String sourceTitle = args.text("--source-title");
    String sourceUrl = args.text("--source-url");
    List<String> tags = args.texts("--tag");
    List<String> categories = args.texts("--category");
    String permalink = args.text("--permalink");
    String slug = args.text("--slug");
    Path postsDir = args.value("--posts-dir", Path::of, "a folder");
    if (postsDir == null) {
      postsDir = Inputs.siteDir(args).resolve("_posts");
    }
    String author = args.text("--author");
    LocalDate published = args.value("--published", LocalDate::parse,
        "a date such as 2024-11-10");
    if (args.flag("--fetch") && args.text("--page-file") != null) {
      throw new UsageException("give --fetch or --page-file, not both");
    }
    Path pageFile = Inputs.existingFile(args, "--page-file");
    if (quoteFile == null) {
      for (String option : QUOTE_OPTIONS) {
        if (args.text(option) != null) {
          throw new UsageException(option + " says who or what is quoted: give it with --quote-file");
        }
      }
      if (args.flag("--text-fragments")) {
        throw new UsageException("--text-fragments points at a quote: give it with --quote-file");
      }
    }
    // Each value's option, named when the value is refused.
    String urlFrom = "--url";
    String textFrom = linkText != null ? "--link-text" : "--title";
    String remarksFrom = "--remark";
    if (item != null) {
      Bookmark line;
      try {
        line = BookmarkLine.parse(item, displayZone);
      } catch (LinkPostException e) {
        throw new UsageException(e.reason().replaceFirst("^bookmark line", "--item"));
      }
      if (pageUrl == null) {
        pageUrl = line.url();
        urlFrom = "--item";
      }
      if (linkText == null && line.title().isPresent()) {
        // The bookmark's own link text, whatever title the post is given.
        linkText = line.title().get();
        textFrom = "--item";
      }
      pageTitle = pageTitle != null ? pageTitle : line.title().orElse(line.url());
      if (remarks == null && line.notes().isPresent()) {
        remarks = line.notes().get(); // Markdown, as --remark
        remarksFrom = "--item";
      }
      at = at != null ? at : line.added().orElse(null);
    }
    PageMetadata meta = PageMetadata.empty();
    if (args.flag("--fetch") || pageFile != null) {
      String reading = pageFile != null ? "--page-file" : "--fetch";
      if (pageUrl == null) {
        throw new UsageException(reading + " needs the page's --url");
      }
      URI url;
      try {
        url = Pages.webUrl(pageUrl);
      } catch (Exception e) {
        throw new UsageException(
            "invalid value for --url: '" + pageUrl + "' (expected " + Pages.URL_EXPECTED + ")");
      }
      meta = PageMetadata.read(pageFile != null ? Pages.file("--page-file", pageFile, url)
          : Pages.fetch(url));
      if (linkText == null && meta.title().isPresent()) {
        textFrom = reading;
      }
    }
    // What the command line gives wins; the page fills in the rest.
    String pageSays = meta.title().orElse(null);
    pageTitle = pageTitle != null ? pageTitle : pageSays;
    linkText = linkText != null ? linkText : pageSays;
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
    String text = linkText != null ? linkText : pageTitle;
    String url = pageUrl;
    Link page = named(Map.of("Link.url", urlFrom, "Link.text", textFrom), () -> Link.of(text, url));
    Discovery.Builder discovery = Discovery.builder().at(at).zone(displayZone).page(page);
    String remarked = remarks;
    Discovery found = named(Map.of("Discovery.via", "--via", "Discovery.remarks", remarksFrom),
        () -> {
          if (via != null) {
            discovery.via(via);
          }
          if (remarked != null) {
            discovery.remarks(remarked);
          }
          return discovery.build();
        });
    LinkPost.Builder post = LinkPost.builder().title(pageTitle).discovery(found);
    if (date != null) {
      post.date(date);
    } else if (frontMatter) {
      // The front matter's date says when: the discovery line is then left out.
      post.date(found.at().atZone(zone).toOffsetDateTime());
    }
    if (quoteFile != null) {
      String sourceText = sourceTitle != null ? sourceTitle : pageSays != null ? pageSays : page.text();
      String sourceLink = sourceUrl != null ? sourceUrl : pageUrl;
      Link source = named(Map.of("Link.text", sourceTitle != null ? "--source-title" : textFrom,
          "Link.url", sourceUrl != null ? "--source-url" : urlFrom),
          () -> Link.of(sourceText, sourceLink));
      Quote.Builder quote = Quote.builder().source(source).addAllExcerpts(readExcerpts(quoteFile));
      if (published != null) {
        quote.published(published);
      }
      String by = author;
      post.addQuote(named(Map.of("Quote.author", "--author"), () -> {
        if (by != null) {
          quote.author(by);
        }
        return quote.build();
      }));
    }
    LinkPost built = named(Map.of("LinkPost.title", "--title", "LinkPost.tags", "--tag",
        "LinkPost.categories", "--category", "LinkPost.permalink", "--permalink"), () -> {
          post.addAllTags(tags).addAllCategories(categories);
          if (permalink != null) {
            post.permalink(permalink);
          }
          return post.build();
        });
    String fileSlug = slug != null ? slug : Slugs.fromUrl(page.url());
    Instant shown = built.discovery().orElseThrow().at();
    String name = args.flag("--plain-name")
        ? PostFiles.plainName(shown.atZone(zone).toLocalDate(), fileSlug)
        : PostFiles.referenceName(shown, zone, fileSlug);
    IfExists ifExists = args.flag("--overwrite") ? IfExists.OVERWRITE
        : args.flag("--next-free-name") ? IfExists.NEXT_FREE_NAME
        : IfExists.FAIL;
    JekyllMarkdownRenderer renderer = JekyllMarkdownRenderer.builder().style(style)
        .textFragments(args.flag("--text-fragments")).build();
    Path written;
    try {
      written = PostFiles.write(postsDir, name, renderer.render(built), ifExists);
    } catch (LinkPostException e) {
      if (e.getCause() instanceof FileAlreadyExistsException && e.file().isPresent()) {
        throw new LinkPostException(e.file().get()
            + " is already there; use --next-free-name or --overwrite", e);
      }
      throw e;
    }
    out.println(written);
    return 0;
  }

  /**
   * Builds a value from options' texts; a refusal naming one of the fields is said with the
   * option that gave it ({@code --url must be an http or https URL, was "ftp://..."}).
   */
  private static <T> T named(Map<String, String> options, Supplier<T> build)
      throws UsageException {
    try {
      return build.get();
    } catch (LinkPostException e) {
      for (Map.Entry<String, String> option : options.entrySet()) {
        String field = option.getKey();
        if (e.reason().startsWith(field + " ") || e.reason().startsWith(field + "[")) {
          String rest = e.reason().substring(field.length());
          throw new UsageException(option.getValue() + rest.substring(rest.indexOf(' ')));
        }
      }
      throw e;
    }
  }

  /** {@code --date}: with its offset, or a date and time or a date in the file's zone. */
  static OffsetDateTime date(String text, ZoneId zone) {
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(text).atZone(zone).toOffsetDateTime();
      } catch (DateTimeParseException withoutTime) {
        return LocalDate.parse(text).atStartOfDay(zone).toOffsetDateTime();
      }
    }
  }

  /**
   * Paragraphs separated by blank lines; a paragraph that is just "..." stands between two
   * excerpts. An elision first, last or next to another is refused, with its line: it would
   * say that something was left out where nothing was.
   */
  static List<Excerpt> readExcerpts(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      throw LinkPostException.cannot("read --quote-file", file, e);
    }
    List<Excerpt> excerpts = new ArrayList<>();
    List<String> paragraphs = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    int lineNumber = 0;
    int paragraphLine = 0;
    int elisionLine = 0;
    for (String line : (text + "\n").split("\r?\n", -1)) {
      lineNumber++;
      if (!line.isBlank()) {
        if (paragraph.length() == 0) {
          paragraphLine = lineNumber;
        } else {
          paragraph.append('\n');
        }
        paragraph.append(line);
        continue;
      }
      if (paragraph.length() == 0) {
        continue;
      }
      String p = paragraph.toString();
      paragraph.setLength(0);
      if (!p.strip().equals("...")) {
        paragraphs.add(p);
        elisionLine = 0;
        continue;
      }
      if (paragraphs.isEmpty()) {
        throw new LinkPostException(excerpts.isEmpty()
            ? "--quote-file starts with an elision (...); an elision stands between two excerpts"
            : "--quote-file has two elisions (...) in a row; an elision stands between two excerpts")
            .at(file, paragraphLine);
      }
      excerpts.add(Excerpt.of(paragraphs));
      paragraphs.clear();
      elisionLine = paragraphLine;
    }
    if (elisionLine > 0) {
      throw new LinkPostException(
          "--quote-file ends with an elision (...); an elision stands between two excerpts")
          .at(file, elisionLine);
    }
    if (!paragraphs.isEmpty()) {
      excerpts.add(Excerpt.of(paragraphs));
    }
    if (excerpts.isEmpty()) {
      throw new LinkPostException("--quote-file holds no excerpt paragraph").at(file, 0);
    }
    return excerpts;
  }
}
