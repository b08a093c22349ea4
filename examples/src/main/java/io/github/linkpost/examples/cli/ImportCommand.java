package io.github.linkpost.examples.cli;

import io.github.linkpost.LinkPostException;
import io.github.linkpost.Site;
import io.github.linkpost.bookmarks.Bookmark;
import io.github.linkpost.bookmarks.BookmarkImport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** {@code linkpost import}: bookmark exports into the posts folder as link posts, once each. */
final class ImportCommand {
  static final Command COMMAND = new Command("import",
      "Imports bookmark exports as link posts, one per page, never twice.",
      """
      Imports bookmark exports (the Netscape bookmark file of a browser or a bookmarking
      service, Pinboard's JSON, Pocket's or Instapaper's HTML) into the posts folder as
      link posts, one per page. A page a post in the folder already points at is not
      written again, so a second run of the same file writes nothing. Prints one line
      per entry it refuses (FILE:LINE: message), then
        imported N bookmarks: W written, S already there, K skipped, E errors
      (skipped: private bookmarks, and ones that are not http or https pages).
      A post that cannot be written stops the run with one line saying why.
      Exit status 0 when every entry was imported or skipped, 1 when one was
      refused or a post could not be written, 2 when the command line cannot be
      taken (an export file that is not there, say).""",
      "FILE...", "Bookmark export files, read in order.",
      List.of(
          CommandOption.value("--posts-dir", "DIR",
              "Where to write (default: the site's _posts folder)."),
          Inputs.SITE,
          CommandOption.flag("--dry-run", "Write nothing; count what would be written."),
          CommandOption.value("--tag", "TAG", "A tag for every post; repeat for more.")
              .andRepeatable(),
          CommandOption.flag("--include-private", "Import private bookmarks too.")),
      ImportCommand::run);

  private ImportCommand() {}

  static int run(Args args, PrintWriter out, PrintWriter err) throws UsageException {
    Path postsDir = args.value("--posts-dir", Path::of, "a folder");
    Site site = Inputs.site(args);
    if (postsDir == null) {
      postsDir = Inputs.siteDir(args).resolve("_posts");
    }
    if (Files.exists(postsDir) && !Files.isDirectory(postsDir)) {
      throw new UsageException("--posts-dir " + postsDir + " is not a folder");
    }
    BookmarkImport.Builder builder = BookmarkImport.builder(postsDir).site(site)
        .dryRun(args.flag("--dry-run"))
        .includePrivate(args.flag("--include-private"));
    for (String tag : args.texts("--tag")) {
      try {
        builder.addTag(tag);
      } catch (LinkPostException e) {
        throw new UsageException("invalid value for --tag: '" + tag
            + "' (expected one line of text)");
      }
    }
    List<Path> files = new ArrayList<>();
    for (String operand : args.operands()) {
      Path file;
      try {
        file = Path.of(operand);
      } catch (InvalidPathException e) {
        throw new UsageException("not a path: '" + operand + "'");
      }
      if (!Files.exists(file)) {
        throw new UsageException("cannot read " + operand + ": no such file");
      }
      if (Files.isDirectory(file)) {
        throw new UsageException("cannot read " + operand + ": is a folder (give export files)");
      }
      files.add(file);
    }
    AtomicInteger read = new AtomicInteger();
    AtomicInteger written = new AtomicInteger();
    BookmarkImport.Result result;
    Progress progress = new Progress(() -> "read " + Counts.of(read.get(), "bookmark")
        + ", wrote " + Counts.of(written.get(), "post") + "...", err);
    try {
      result = builder.build().run(files, new BookmarkImport.Listener() {
        @Override
        public void refused(LinkPostException problem) {
          out.println(problem.getMessage());
        }

        @Override
        public void unreadable(LinkPostException problem) {
          err.println("linkpost: " + problem.getMessage()
              + " (not read, so a bookmark of its page would be written again)");
        }

        @Override
        public void read(Bookmark bookmark) {
          read.incrementAndGet();
        }

        @Override
        public void written(Path post) {
          written.incrementAndGet();
        }
      });
    } finally {
      progress.close();
    }
    out.println("imported " + Counts.of(result.bookmarks(), "bookmark") + ": " + result.written()
        + " written, " + result.alreadyThere() + " already there, " + result.skipped()
        + " skipped, " + Counts.of(result.errors(), "error"));
    return result.errors() > 0 ? 1 : 0;
  }
}
