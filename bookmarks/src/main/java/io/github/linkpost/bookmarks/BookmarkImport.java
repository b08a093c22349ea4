package io.github.linkpost.bookmarks;

import io.github.linkpost.OutputFiles;
import io.github.linkpost.Discovery;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.PostStyle;
import io.github.linkpost.Site;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.bookmarks.internal.Cleaning;
import io.github.linkpost.bookmarks.internal.PageKey;
import io.github.linkpost.bookmarks.internal.PostIndex;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import io.github.linkpost.markdown.PostFiles;
import io.github.linkpost.markdown.Slugs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Imports bookmark exports into a {@code _posts} folder as link posts, one post per page, and
 * never a second post for a page that has one.
 *
 * <pre>{@code
 * BookmarkImport.Result result = BookmarkImport.builder(Path.of("_posts"))
 *     .addTag("bookmarks")
 *     .build()
 *     .run(List.of(Path.of("bookmarks.html"), Path.of("pinboard.json")));
 * // run it again: result.written() is 0, result.alreadyThere() counts every bookmark
 * }</pre>
 *
 * <h2>The post of a bookmark</h2>
 * Its title is the bookmark's title (its URL when it has none); its discovery is the bookmark's
 * page (link text: the title on one line), found when the bookmark was added (else last
 * changed; a bookmark of neither, as Safari writes them all, takes the time its export file was
 * last modified, the latest it can have been added), shown in the display zone; the notes are
 * the remarks, shown exactly as typed ({@link JekyllMarkdownRenderer#escape(String)}: plain
 * text, not Markdown, unless {@link Builder#notesAsMarkdown(boolean)} asks); the tags are the
 * bookmark's tags and the import's own; the folders it is filed in go to the front-matter key
 * {@value #FOLDERS_KEY}, a list of folder paths, each a list of names, outermost first. Control
 * characters, which no page can show, are left out of the link text, remarks and tags (the
 * title keeps them). The file is named as {@code linkpost new} names it, {@code
 * YYYY-MM-DD-pHHMM-slug.md} in the file zone with the slug of the URL, and written with {@link
 * PostFiles#write} beside the others; a name already taken (another page, same slug and
 * minute) gives {@code -2}, {@code -3}, ...: nothing is overwritten.
 *
 * <h2>Once per page</h2>
 * A post remembers its bookmark by the page it points at: the URL of its discovered page. Before
 * writing, every post in the folder and its subfolders ({@code *.md}, {@code *.markdown}, any
 * name) is read with {@link io.github.linkpost.markdown.JekyllPostReader}, and a bookmark whose
 * page already has a post is not written again ({@link Result#alreadyThere()}). URLs are
 * compared as the same page: the scheme aside ({@code http} and {@code https}), the host in any
 * case, default ports, empty fragments and percent escapes of unreserved characters aside.
 * Nothing is keyed on a time or a file name, so a post renamed, moved to a subfolder, or edited
 * by hand (title, remarks, time, tags, quotes added) still stands for its bookmark, a bookmark
 * without a date imports once, and a post written by {@code linkpost new} for the page counts as
 * its post too. A post whose discovered URL is changed to another page no longer does.
 *
 * <p>One page bookmarked more than once (in several folders, or in several files of one run)
 * makes one post: the title, time and notes are those of the bookmark added first (one with a
 * time before one without; the first read among equals), a title or notes it lacks taken from
 * the first bookmark read that has them; the tags and folders are those of all of them, in the
 * order they are first read. The other bookmarks count as already there.
 *
 * <h2>What is not written</h2>
 * Private bookmarks unless {@link Builder#includePrivate(boolean)}; bookmarks that are not web
 * pages ({@code javascript:}, {@code place:}, {@code file:}, {@code about:}, {@code data:},
 * ...): both are skipped ({@link Result#skipped()}). An entry that cannot be read, a bookmark
 * that cannot be a post (an http URL without a host; a title, URL or notes over {@value
 * #MAX_TEXT} characters) and a file that is not an export are refused: each is one
 * {@link Result#errors()} and one {@link Listener#refused} call with the file and line. A post
 * that cannot be written (a folder that is read-only, full or not a folder) stops the run with a
 * {@link LinkPostException} naming the file and why ({@code cannot write _posts/x.md: permission
 * denied}): the next post would fail the same way. The posts written before it stay; none is
 * left partial, as a post file is written whole or not at all.
 *
 * <p>Instances are immutable and thread-safe; each run keeps its state to itself.
 */
public final class BookmarkImport {
  /** The front-matter key of the folders a post's bookmarks are filed in. */
  public static final String FOLDERS_KEY = "bookmark_folders";
  /** The longest title, URL or notes a post is made of. */
  public static final int MAX_TEXT = 100_000;

  private final Path postsDir;
  private final ZoneId fileZone;
  private final ZoneId displayZone;
  private final boolean includePrivate;
  private final boolean notesAsMarkdown;
  private final boolean dryRun;
  private final List<String> tags;
  private final JekyllMarkdownRenderer renderer;
  private final Site site;

  private BookmarkImport(Builder b) {
    this.postsDir = b.postsDir;
    this.fileZone = b.fileZone;
    this.displayZone = b.displayZone;
    this.includePrivate = b.includePrivate;
    this.notesAsMarkdown = b.notesAsMarkdown;
    this.dryRun = b.dryRun;
    this.tags = List.copyOf(b.tags);
    this.renderer = b.renderer;
    this.site = b.site;
  }

  /**
   * Starts an import into a folder.
   *
   * @param postsDir the {@code _posts} folder; made when a post is written
   * @return a new builder
   */
  public static Builder builder(Path postsDir) {
    return new Builder(LinkPostException.notNull("postsDir", postsDir));
  }

  /**
   * What a run did, counted by bookmark: {@code bookmarks} is the sum of the other four.
   *
   * @param bookmarks every entry read (a file that could not be read counts as one)
   * @param written posts written (in a dry run: that would be written)
   * @param alreadyThere bookmarks whose page has a post: from before the run, or written in it
   *     for another bookmark of the same page
   * @param skipped private bookmarks (unless included) and bookmarks that are not web pages
   * @param errors refused entries
   */
  public record Result(int bookmarks, int written, int alreadyThere, int skipped, int errors) {}

  /** Hears what a run does as it does it; every method does nothing unless overridden. */
  public interface Listener {
    /**
     * An entry was refused.
     *
     * @param problem what is wrong, with the file and line
     */
    default void refused(LinkPostException problem) {}

    /**
     * A post already in the folder could not be read: a bookmark of its page, if any, is
     * written again.
     *
     * @param problem what is wrong, with the post's file and line
     */
    default void unreadable(LinkPostException problem) {}

    /**
     * A bookmark was read.
     *
     * @param bookmark the bookmark
     */
    default void read(Bookmark bookmark) {}

    /**
     * A post was written (in a dry run: would be).
     *
     * @param post the post's file
     */
    default void written(Path post) {}
  }

  /**
   * Imports files, in order.
   *
   * @param files bookmark exports
   * @return the counts
   * @throws LinkPostException when the posts folder cannot be listed, or a post cannot be
   *     written (the run stops there)
   */
  public Result run(List<Path> files) {
    return run(files, new Listener() {});
  }

  /**
   * Imports files, in order, telling a listener what happens.
   *
   * @param files bookmark exports
   * @param listener hears each refusal, bookmark and post (on the calling thread)
   * @return the counts
   * @throws LinkPostException when the posts folder cannot be listed, or a post cannot be
   *     written (the run stops there)
   */
  public Result run(List<Path> files, Listener listener) {
    LinkPostException.notNull("listener", listener);
    return new Run(listener).run(List.copyOf(files));
  }

  /**
   * The post this import makes of one bookmark, alone (its tags and this import's).
   *
   * @param bookmark a web page's bookmark
   * @param undated the discovery time when the bookmark has none
   * @return the post
   * @throws LinkPostException when the bookmark cannot be a post
   */
  public LinkPost post(Bookmark bookmark, Instant undated) {
    return post(new Group(bookmark, null, undated));
  }

  /** Every bookmark of one page, and what its post takes from them. */
  private static final class Group {
    Bookmark first;
    Path file;
    Instant undated;
    Optional<String> title;
    Optional<String> notes;
    final Set<String> tags;
    final Set<List<String>> folders = new LinkedHashSet<>();
    int count = 1;

    Group(Bookmark bookmark, Path file, Instant undated) {
      this.first = bookmark;
      this.file = file;
      this.undated = undated;
      this.title = bookmark.title();
      this.notes = bookmark.notes();
      this.tags = new LinkedHashSet<>(bookmark.tags());
      if (!bookmark.folders().isEmpty()) {
        folders.add(bookmark.folders());
      }
    }

    void add(Bookmark other, Path otherFile, Instant otherUndated) {
      count++;
      tags.addAll(other.tags());
      if (!other.folders().isEmpty()) {
        folders.add(other.folders());
      }
      if (earlier(other, first)) {
        first = other;
        file = otherFile;
        undated = otherUndated;
        title = other.title().or(() -> title);
        notes = other.notes().or(() -> notes);
      } else {
        title = title.or(other::title);
        notes = notes.or(other::notes);
      }
    }

    /** Whether {@code a} was added before {@code b}: a time before none; equals keep the first. */
    private static boolean earlier(Bookmark a, Bookmark b) {
      Optional<Instant> at = time(a);
      Optional<Instant> bt = time(b);
      return at.isPresent() && (bt.isEmpty() || at.get().isBefore(bt.get()));
    }
  }

  private static Optional<Instant> time(Bookmark b) {
    return b.added().or(b::modified);
  }

  private LinkPost post(Group group) {
    Bookmark b = group.first;
    String url = Cleaning.url(b.url());
    String title = group.title.orElse(url);
    String notes = group.notes.map(Cleaning::lines).orElse("");
    limit("Bookmark.url", url);
    limit("Bookmark.title", title);
    limit("Bookmark.notes", notes);
    String text = Cleaning.oneLine(title);
    Link page = Link.of(text.isEmpty() ? url : text, url);
    Discovery.Builder discovery = Discovery.builder()
        .at(time(b).orElse(group.undated))
        .zone(displayZone)
        .page(page);
    String remarks = notesAsMarkdown ? oneParagraph(notes) : JekyllMarkdownRenderer.escape(notes);
    if (!remarks.isBlank()) {
      discovery.remarks(remarks);
    }
    Discovery found = discovery.build();
    LinkPost.Builder post = LinkPost.builder().title(title).discovery(found);
    if (renderer.style().linkPlace() == PostStyle.LinkPlace.FRONT_MATTER) {
      // The front matter's date says when the page was found, as linkpost new writes it.
      post.date(found.at().atZone(fileZone).toOffsetDateTime());
    }
    Set<String> allTags = new LinkedHashSet<>();
    for (String tag : group.tags) {
      String clean = Cleaning.oneLine(tag);
      if (!clean.isEmpty()) {
        allTags.add(clean);
      }
    }
    allTags.addAll(tags);
    post.addAllTags(allTags);
    if (!group.folders.isEmpty()) {
      post.putExtraFrontMatter(FOLDERS_KEY, List.copyOf(group.folders));
    }
    return post.build();
  }

  /** Markdown notes as the one paragraph remarks are: blank lines left out. */
  private static String oneParagraph(String markdown) {
    StringBuilder out = new StringBuilder(markdown.length());
    markdown.lines().filter(l -> !l.isBlank()).forEach(l -> {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(l);
    });
    return out.toString();
  }

  private static void limit(String field, String text) {
    if (text.length() > MAX_TEXT) {
      throw LinkPostException.invalid(field, "must not be longer than " + MAX_TEXT
          + " characters (it has " + text.length() + ")", text);
    }
  }

  /** One run: its counts, its groups, what it has heard. */
  private final class Run {
    private final Listener listener;
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Set<String> planned = new java.util.HashSet<>();
    private Set<String> existing;
    private int bookmarks;
    private int written;
    private int alreadyThere;
    private int skipped;
    private int errors;

    Run(Listener listener) {
      this.listener = listener;
    }

    Result run(List<Path> files) {
      existing = PostIndex.keys(postsDir, site, listener::unreadable);
      for (Path file : files) {
        read(file);
      }
      for (Group group : groups.values()) {
        write(group);
      }
      return new Result(bookmarks, written, alreadyThere, skipped, errors);
    }

    private void read(Path file) {
      Instant undated;
      try {
        undated = Files.getLastModifiedTime(file).toInstant();
      } catch (IOException e) {
        refuse(LinkPostException.cannot("read", file, e));
        return;
      }
      try (Stream<Bookmark> marks = BookmarkFiles.read(file, this::refuse)) {
        marks.forEach(b -> take(file, b, undated));
      } catch (LinkPostException e) {
        refuse(e);
      }
    }

    private void refuse(LinkPostException problem) {
      bookmarks++;
      errors++;
      listener.refused(problem);
    }

    private void take(Path file, Bookmark b, Instant undated) {
      listener.read(b);
      if ((b.isPrivate() && !includePrivate) || !b.isWebPage()) {
        bookmarks++;
        skipped++;
        return;
      }
      String key;
      try {
        key = PageKey.of(Link.of("page", Cleaning.url(b.url())).url());
      } catch (LinkPostException e) {
        refuse(e.at(file, b.line()));
        return;
      }
      bookmarks++;
      if (existing.contains(key)) {
        alreadyThere++;
        return;
      }
      Group group = groups.get(key);
      if (group == null) {
        groups.put(key, new Group(b, file, undated));
      } else {
        group.add(b, file, undated);
      }
    }

    /** In a dry run, the name {@link PostFiles#write} would give: the first not taken. */
    private String freeName(String name) {
      String stem = name.substring(0, name.length() - ".md".length());
      for (int n = 1; ; n++) {
        String candidate = n == 1 ? name : stem + "-" + n + ".md";
        if (!Files.exists(postsDir.resolve(candidate)) && planned.add(candidate)) {
          return candidate;
        }
      }
    }

    private void write(Group group) {
      String name;
      String text;
      try {
        LinkPost post = post(group);
        Discovery d = post.discovery().orElseThrow();
        name = PostFiles.referenceName(d.at(), fileZone,
            Slugs.fromUrl(d.page().orElseThrow().url()));
        text = renderer.render(post);
      } catch (LinkPostException e) {
        errors += group.count;
        listener.refused(e.file().isPresent() ? e : e.at(group.file, group.first.line()));
        return;
      }
      // A post that cannot be written stops the run: the folder would refuse the next one too.
      Path file = dryRun ? postsDir.resolve(freeName(name))
          : PostFiles.write(postsDir, name, text, OutputFiles.IfExists.NEXT_FREE_NAME);
      written++;
      alreadyThere += group.count - 1;
      listener.written(file);
    }
  }

  /**
   * Configures a {@link BookmarkImport}.
   */
  public static final class Builder {
    private final Path postsDir;
    private ZoneId fileZone = ZoneId.systemDefault();
    private ZoneId displayZone = ZoneOffset.UTC;
    private boolean includePrivate;
    private boolean notesAsMarkdown;
    private boolean dryRun;
    private final List<String> tags = new ArrayList<>();
    private JekyllMarkdownRenderer renderer = JekyllMarkdownRenderer.jekyll();
    private Site site = Site.defaults();

    private Builder(Path postsDir) {
      this.postsDir = postsDir;
    }

    /**
     * The site the posts are for, as {@code linkpost new} takes it: its style writes the posts
     * and reads those already there (whose files are the site's Markdown files), its zone names
     * the files (and, in the front-matter style, is the zone the time is shown in).
     *
     * @param site default a site of Jekyll's defaults: the reference style, the system's zone
     * @return this builder
     */
    public Builder site(Site site) {
      this.site = LinkPostException.notNull("site", site);
      this.fileZone = site.zone();
      this.displayZone = site.style().linkPlace() == PostStyle.LinkPlace.FRONT_MATTER
          ? site.zone() : ZoneOffset.UTC;
      this.renderer = JekyllMarkdownRenderer.builder().style(site.style()).build();
      return this;
    }

    /**
     * The zone of the file names' date and {@code pHHMM}.
     *
     * @param zone default the system's zone, as {@code linkpost new}
     * @return this builder
     */
    public Builder fileZone(ZoneId zone) {
      this.fileZone = LinkPostException.notNull("zone", zone);
      return this;
    }

    /**
     * The zone the discovery line shows its time in.
     *
     * @param zone default UTC, as {@code linkpost new}
     * @return this builder
     */
    public Builder displayZone(ZoneId zone) {
      this.displayZone = LinkPostException.notNull("zone", zone);
      return this;
    }

    /**
     * Whether private bookmarks are imported too.
     *
     * @param include default false: they are skipped
     * @return this builder
     */
    public Builder includePrivate(boolean include) {
      this.includePrivate = include;
      return this;
    }

    /**
     * Whether notes are Markdown of their own, kept as typed in the remarks (blank lines left
     * out, as remarks are one paragraph), rather than plain text shown as typed.
     *
     * @param markdown default false: notes are plain text
     * @return this builder
     */
    public Builder notesAsMarkdown(boolean markdown) {
      this.notesAsMarkdown = markdown;
      return this;
    }

    /**
     * Whether to write nothing and only count what would be written.
     *
     * @param dryRun default false
     * @return this builder
     */
    public Builder dryRun(boolean dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * Adds a tag to every post, after the bookmarks' own.
     *
     * @param tag one line, not blank
     * @return this builder
     */
    public Builder addTag(String tag) {
      LinkPostException.notNull("tag", tag);
      if (tag.isBlank() || !Cleaning.oneLine(tag).equals(tag)) {
        throw LinkPostException.invalid("tag", "must be one line, not blank, without control characters", tag);
      }
      tags.add(tag);
      return this;
    }

    /**
     * The renderer the posts are written with.
     *
     * @param renderer default {@link JekyllMarkdownRenderer#jekyll()}
     * @return this builder
     */
    public Builder renderer(JekyllMarkdownRenderer renderer) {
      this.renderer = LinkPostException.notNull("renderer", renderer);
      return this;
    }

    /**
     * The import.
     *
     * @return an immutable import
     */
    public BookmarkImport build() {
      return new BookmarkImport(this);
    }
  }
}
