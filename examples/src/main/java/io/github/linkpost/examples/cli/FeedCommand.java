package io.github.linkpost.examples.cli;

import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.Site;
import io.github.linkpost.feed.Feed;
import io.github.linkpost.feed.FeedEntry;
import io.github.linkpost.feed.FeedFormat;
import io.github.linkpost.feed.FeedWriter;
import io.github.linkpost.feed.Permalinks;
import io.github.linkpost.markdown.JekyllPostReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * {@code linkpost feed}: posts to one Atom or JSON Feed file, newest first.
 *
 * <p>In two passes, so that memory does not grow with the blog: the first reads every post for
 * its date and URL and keeps only those; the second reads the posts the feed takes again, a
 * batch at a time on every core, and writes their entries in order.
 */
final class FeedCommand {
  static final Command COMMAND = new Command("feed",
      "Writes an Atom or JSON Feed file of posts, newest first.",
      """
      Writes the newest posts (files, or folders searched for the site's Markdown
      files) as one feed FILE, each entry with the post's URL as Jekyll makes it
      under the site's URL. The site's url, baseurl, permalink, title, author and
      timezone come from --site's _config.yml unless given here; without a url, the
      entries are under http://localhost:4000 (where jekyll serve shows a site), and
      without a title the feed is named after the folder of posts. A folder's posts
      are named by their path in it: give the site's folder or its _posts folder (in
      a folder with _posts folders, only the posts in them are read). Posts with
      published: false are left out. Unreadable posts are reported as FILE:LINE:
      message and left out; the feed is written all the same, to a temporary file
      moved into place, and the last line is
        wrote FILE: N entries
      Exit status 0 when every post was read, 1 when one was left out for an error
      or the feed could not be written, 2 when the command line cannot be taken.""",
      "PATH...", Inputs.HELP,
      List.of(
          CommandOption.value("--format", "FORMAT", "atom or json (JSON Feed 1.1).").andRequired(),
          CommandOption.value("--out", "FILE", "The feed file to write (replaced if there).")
              .andRequired(),
          Inputs.SITE,
          CommandOption.value("--site-url", "URL", "The site's url, such as https://example.org"
              + " (default: the site's url, else " + "http://localhost:4000)."),
          CommandOption.value("--baseurl", "PATH",
              "The site's baseurl, such as /blog (default: the site's baseurl, else none)."),
          CommandOption.value("--permalink", "STYLE", "The site's permalink: date, pretty,"
              + " ordinal, weekdate, none or a pattern (default: the site's, else date)."),
          CommandOption.value("--title", "TEXT",
              "The feed's title (default: the site's title, else the folder's name)."),
          CommandOption.value("--author", "NAME",
              "Who writes the posts (default: the site's author, else the title)."),
          CommandOption.value("--feed-url", "URL", "Where the feed will be served."),
          CommandOption.value("--limit", "N", "How many of the newest posts; 0 for all.")
              .withDefault("20"),
          CommandOption.flag("--linked-list",
              "Atom: the linked page is the entry's link, the post's URL its related link."),
          Inputs.ZONE),
      FeedCommand::run);

  enum Format { atom, json }

  /** What the first pass keeps of a post. */
  private record Key(Instant date, String path, Path file, String url) {}

  /** Where {@code jekyll serve} shows a site, Jekyll's own url for a site that sets none. */
  static final String LOCAL_SITE = "http://localhost:4000";

  private FeedCommand() {}

  /** The name of the folder of posts (of the site, for a _posts folder): a title to go on. */
  static String folderTitle(String operand) {
    Path path = Path.of(operand).toAbsolutePath().normalize();
    if (java.nio.file.Files.isRegularFile(path) && path.getParent() != null) {
      path = path.getParent();
    }
    if (path.getFileName() != null && path.getFileName().toString().equals("_posts")
        && path.getParent() != null) {
      path = path.getParent();
    }
    return path.getFileName() == null ? "Posts" : path.getFileName().toString();
  }

  static int run(Args args, PrintWriter out, PrintWriter err) throws IOException, UsageException {
    Format format = args.value("--format", Format::valueOf, "atom or json");
    Path file = args.value("--out", Path::of, "a file");
    if (java.nio.file.Files.isDirectory(file)) {
      throw new UsageException("--out " + file + " is a folder; give the feed's file");
    }
    Site site = Inputs.site(args);
    ZoneId zone = site.zone();
    Integer limit = args.value("--limit", Integer::valueOf, "a whole number, 0 for all");
    if (limit < 0) {
      throw new UsageException("invalid value for --limit: '" + limit + "' (expected 0 or more)");
    }
    String siteUrl = Optional.ofNullable(args.text("--site-url"))
        .or(() -> site.url().map(URI::toString)).orElse(null);
    if (siteUrl == null) {
      siteUrl = LOCAL_SITE;
      err.println("linkpost: no site url (--site-url, or url in the site's _config.yml): entries"
          + " are under " + LOCAL_SITE + ", where jekyll serve shows the site");
    }
    String title = Optional.ofNullable(args.text("--title")).or(site::title).orElse(null);
    if (title == null) {
      title = folderTitle(args.operands().get(0));
      err.println("linkpost: no title (--title, or title in the site's _config.yml): the feed is"
          + " titled \"" + title + "\"");
    }
    Permalinks permalinks;
    try {
      permalinks = Permalinks.builder().url(siteUrl)
          .baseurl(Objects.requireNonNullElse(args.text("--baseurl"), site.baseurl()))
          .style(Objects.requireNonNullElse(args.text("--permalink"), site.permalink()))
          .zone(zone).build();
    } catch (LinkPostException e) {
      throw new UsageException(e.getMessage());
    }
    String author = Optional.ofNullable(args.text("--author"))
        .or(() -> site.author().map(Site.Author::name)).orElse(null);
    Feed feed = feed(args, permalinks, title, author);
    FeedWriter writer = FeedWriter.builder(
            format == Format.atom ? FeedFormat.ATOM : FeedFormat.JSON_FEED, permalinks)
        .linkedList(args.flag("--linked-list")).build();
    JekyllPostReader reader = JekyllPostReader.builder().style(site.style()).build();
    Map<Path, String> paths = SitePaths.of(args, site);
    List<String> errors = new ArrayList<>();
    List<Key> keys = firstPass(paths, reader, permalinks, errors, err);
    if (limit > 0 && keys.size() > limit) {
      keys = keys.subList(0, limit);
    }
    List<Key> selected = keys;
    int[] written = new int[1];
    FeedFiles.writeAtomically(file, stream -> {
      try (FeedWriter.Session session = writer.open(feed, stream)) {
        // The next batch is read and rendered while this one is written.
        Batches batches = new Batches(selected, key -> entry(reader, writer, key));
        for (List<Object> entries = batches.next(); entries != null; entries = batches.next()) {
          for (Object entry : entries) {
            if (entry instanceof FeedEntry e) {
              try {
                session.add(e);
              } catch (LinkPostException refused) {
                errors.add(refused.getMessage());
              }
            } else {
              errors.add((String) entry);
            }
          }
        }
        written[0] = session.count();
      }
    });
    errors.forEach(err::println);
    out.println("wrote " + file + ": " + Counts.of(written[0], "entry", "entries"));
    return errors.isEmpty() ? 0 : 1;
  }

  private static Feed feed(Args args, Permalinks permalinks, String title, String author)
      throws UsageException {
    try {
      Feed.Builder feed = Feed.builder(title, permalinks.home().orElseThrow());
      if (author != null) {
        feed.author(author);
      }
      URI feedUrl = args.value("--feed-url", FeedCommand::webUrl, "an absolute http(s) URL");
      if (feedUrl != null) {
        feed.feedUrl(feedUrl);
      }
      return feed.build();
    } catch (LinkPostException | IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** An absolute http(s) URL; any other text throws. */
  static URI webUrl(String text) {
    URI url = URI.create(text);
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
      throw new IllegalArgumentException("not an absolute http(s) URL: " + text);
    }
    return url;
  }

  /**
   * Reads every post for its date and URL, on every core. Returns the keys newest first (for
   * one date, the later path first, as Jekyll orders them), one per URL: a post whose URL an
   * newer post already has is reported and left out, as Jekyll would write one page of the two.
   */
  private static List<Key> firstPass(Map<Path, String> paths, JekyllPostReader reader,
      Permalinks permalinks, List<String> errors, PrintWriter err) {
    List<Path> files = new ArrayList<>(paths.keySet());
    List<Object> results;
    try (Progress progress = new Progress("read", files.size(), err, false)) {
      results = Workers.map(files, file -> {
        try {
          LinkPost post = reader.read(file);
          if (Boolean.FALSE.equals(post.extraFrontMatter().get("published"))) {
            return null;
          }
          String path = paths.get(file);
          return new Key(permalinks.date(path, post).toInstant(), path, file,
              permalinks.relativeUrl(path, post));
        } catch (LinkPostException e) {
          return e.file().isPresent() ? e.getMessage() : e.at(file, 0).getMessage();
        } finally {
          progress.step();
        }
      });
    }
    List<Key> keys = new ArrayList<>();
    for (Object result : results) {
      if (result instanceof Key key) {
        keys.add(key);
      } else if (result != null) {
        errors.add((String) result);
      }
    }
    keys.sort(Comparator.comparing(Key::date).thenComparing(Key::path).reversed());
    Map<String, Key> byUrl = new HashMap<>();
    List<Key> unique = new ArrayList<>(keys.size());
    for (Key key : keys) {
      Key first = byUrl.putIfAbsent(key.url(), key);
      if (first == null) {
        unique.add(key);
      } else {
        errors.add(key.file() + ": has the URL " + key.url() + " of the newer " + first.file()
            + "; left out");
      }
    }
    return unique;
  }

  /**
   * The second pass's work in batches, in order: each batch is made on every core (by
   * {@link Workers#map}) on a thread of its own, the next one while the caller writes the last.
   */
  private static final class Batches {
    /** How many posts are read and rendered at a time. */
    private static final int SIZE = 64;

    private final List<Key> keys;
    private final Function<Key, Object> work;
    private int from;
    private CompletableFuture<List<Object>> ahead;

    Batches(List<Key> keys, Function<Key, Object> work) {
      this.keys = keys;
      this.work = work;
      this.ahead = start();
    }

    private CompletableFuture<List<Object>> start() {
      if (from >= keys.size()) {
        return null;
      }
      List<Key> batch = keys.subList(from, Math.min(keys.size(), from + SIZE));
      from += SIZE;
      CompletableFuture<List<Object>> future = new CompletableFuture<>();
      Thread thread = new Thread(() -> {
        try {
          future.complete(Workers.map(batch, work));
        } catch (Throwable t) {
          future.completeExceptionally(t);
        }
      }, "linkpost-feed-batch");
      thread.setDaemon(true);
      thread.start();
      return future;
    }

    /** The next batch's results, or null when there is none left. */
    List<Object> next() {
      if (ahead == null) {
        return null;
      }
      List<Object> done;
      try {
        done = ahead.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw e;
      }
      ahead = start();
      return done;
    }
  }

  /** Reads a post again and makes its entry; an error's message when it cannot. */
  private static Object entry(JekyllPostReader reader, FeedWriter writer, Key key) {
    try {
      return writer.entry(key.path(), reader.read(key.file()));
    } catch (LinkPostException e) {
      return Objects.requireNonNullElse(
          e.file().isPresent() ? e.getMessage() : e.at(key.file(), 0).getMessage(), e.toString());
    }
  }
}
