package io.github.linkpost.examples.cli;

import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.OutputFiles;
import io.github.linkpost.Site;
import io.github.linkpost.feed.FeedFormat;
import io.github.linkpost.html.HtmlRenderer;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import io.github.linkpost.markdown.JekyllPostReader;
import io.github.linkpost.markdown.JekyllSite;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** {@code linkpost render}: posts to HTML (or Markdown), one output file per post. */
final class RenderCommand {
  static final Command COMMAND = new Command("render",
      "Renders posts to HTML (or Markdown), one file per post.",
      """
      Renders posts (files, or folders searched for the site's Markdown files) into
      DIR, one file per post: a post file named on the command line goes to
      DIR/<its name without the extension>.html (or .md); a folder's posts keep
      their subfolders below DIR. Two posts that would go to one file are refused
      before anything is written. Unreadable posts are reported as FILE:LINE:
      message and skipped; the last line is
        rendered N posts in T s, E errors
      A file that cannot be written stops the run with one line saying why.
      Exit status 0 when every post was rendered, 1 when one could not be read or
      written, 2 when the command line cannot be taken.""",
      "PATH...", Inputs.HELP,
      List.of(
          CommandOption.value("--to", "FORMAT", "html or markdown.").andRequired(),
          CommandOption.value("--out", "DIR", "Where to write.").andRequired(),
          CommandOption.flag("--page", "Write complete HTML pages, not fragments."),
          CommandOption.value("--stylesheet", "URL",
              "With --page: link each page to this stylesheet (http, https or relative) instead"
                  + " of the built-in one."),
          CommandOption.flag("--allow-html",
              "The posts are your own: keep their raw HTML and relative links, as Jekyll does."),
          CommandOption.value("--feed-url", "URL", "With --page: the site's feed, which each page"
              + " names in a <link rel=\"alternate\"> (JSON Feed when it ends in .json, else Atom)."),
          Inputs.SITE, Inputs.ZONE),
      RenderCommand::run);

  enum Format { html, markdown }

  static final String STYLESHEET_EXPECTED = "an http or https URL, or a relative one";

  /** A file that could not be written: the run stops there. */
  private static final class WriteFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WriteFailed(LinkPostException cause) {
      super(cause.getMessage(), cause, false, false);
    }
  }

  private RenderCommand() {}

  static int run(Args args, PrintWriter out, PrintWriter err) throws UsageException {
    long start = System.nanoTime();
    Format to = args.value("--to", Format::valueOf, "html or markdown");
    Path outDir = args.value("--out", Path::of, "a folder");
    if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
      throw new UsageException("--out " + outDir + " is not a folder");
    }
    if (args.flag("--page") && to != Format.html) {
      throw new UsageException("--page is for HTML: give it with --to html");
    }
    URI stylesheet = args.value("--stylesheet", URI::new, STYLESHEET_EXPECTED);
    if (stylesheet != null && (to != Format.html || !args.flag("--page"))) {
      throw new UsageException("--stylesheet is for pages: give it with --to html --page");
    }
    URI feed = args.value("--feed-url", FeedCommand::webUrl, "an absolute http(s) URL");
    if (feed != null && (to != Format.html || !args.flag("--page"))) {
      throw new UsageException("--feed-url is for pages: give it with --to html --page");
    }
    Site site = Inputs.site(args);
    JekyllPostReader reader = JekyllPostReader.builder().site(site).build();
    List<Inputs.Post> posts = Inputs.expand(args, reader);
    String extension = to == Format.html ? ".html" : ".md";
    refuseCollisions(posts, outDir, extension);
    Function<LinkPost, String> renderer = renderer(to, site, Inputs.siteDir(args),
        args.flag("--page"), args.flag("--allow-html"), stylesheet, feed);
    List<String> errors;
    try (Progress progress = new Progress("rendered", posts.size(), err, false)) {
      errors = Workers.map(posts, post -> {
        try {
          JekyllPostReader.Result read = reader.tryRead(post.file());
          if (read.post().isEmpty()) {
            return read.error().orElseThrow().getMessage();
          }
          Path target = outDir.resolve(post.output(extension));
          Path folder = target.getParent() != null ? target.getParent() : Path.of("");
          try {
            OutputFiles.write(folder, target.getFileName().toString(),
                renderer.apply(read.post().get()), OutputFiles.IfExists.OVERWRITE);
          } catch (LinkPostException e) {
            throw new WriteFailed(e);
          }
          return null;
        } finally {
          progress.step();
        }
      }).stream().filter(Objects::nonNull).toList();
    } catch (WriteFailed e) {
      err.println("linkpost: " + e.getMessage());
      return 1;
    }
    errors.forEach(err::println);
    double seconds = (System.nanoTime() - start) / 1e9;
    out.println(String.format(Locale.ROOT, "rendered %s in %.2f s, %s",
        Counts.of(posts.size() - errors.size(), "post"), seconds, Counts.of(errors.size(), "error")));
    return errors.isEmpty() ? 0 : 1;
  }

  /** Two posts that would be written to one file: refused before anything is written. */
  private static void refuseCollisions(List<Inputs.Post> posts, Path outDir, String extension)
      throws UsageException {
    Map<Path, Path> written = new HashMap<>();
    for (Inputs.Post post : posts) {
      Path target = outDir.resolve(post.output(extension));
      Path other = written.putIfAbsent(target.normalize(), post.file());
      if (other != null) {
        throw new UsageException(other + " and " + post.file() + " would both be written to "
            + target + "; render them into different folders");
      }
    }
  }

  private static Function<LinkPost, String> renderer(Format to, Site site, Path siteDir,
      boolean page, boolean allowHtml, URI stylesheet, URI feed) throws UsageException {
    if (to == Format.markdown) {
      return JekyllMarkdownRenderer.builder().style(site.style()).build()::render;
    }
    HtmlRenderer.Builder html = HtmlRenderer.builder().style(site.style()).allowHtml(allowHtml)
        .allowRelativeUrls(allowHtml);
    if (feed != null) {
      FeedFormat format = feed.getPath().endsWith(".json") ? FeedFormat.JSON_FEED : FeedFormat.ATOM;
      html.feed(feed, format.mediaType());
    }
    try {
      // The site's kramdown: options, as Jekyll's Markdown engine takes them.
      html.kramdown(site.kramdown());
    } catch (LinkPostException e) {
      throw e.at(JekyllSite.config(siteDir).orElse(siteDir.resolve(JekyllSite.CONFIG)), 0);
    }
    if (stylesheet != null) {
      try {
        html.stylesheet(stylesheet);
      } catch (LinkPostException e) {
        throw new UsageException("invalid value for --stylesheet: '" + stylesheet
            + "' (expected " + STYLESHEET_EXPECTED + ")");
      }
    }
    HtmlRenderer renderer = html.build();
    return page ? renderer::renderPage : renderer::render;
  }
}
