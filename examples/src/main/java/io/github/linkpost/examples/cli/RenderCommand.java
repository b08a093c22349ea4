package io.github.linkpost.examples.cli;

import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.feed.FeedFormat;
import io.github.linkpost.html.HtmlRenderer;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import io.github.linkpost.markdown.JekyllPostReader;
import io.github.linkpost.markdown.JekyllSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.linkpost.Site;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/** {@code linkpost render}: posts to HTML (or Markdown), one output file per post. */
final class RenderCommand {
  static final Command COMMAND = new Command("render",
      "Renders posts to HTML (or Markdown), one file per post.",
      """
      Renders posts (files, or folders searched for the site's Markdown files) into
      DIR, one file per post: DIR/<post file name without its extension>.html (or
      .md). Unreadable posts are reported as FILE:LINE: message and skipped; the
      last line is
        rendered N posts in T s, E errors
      Exit status 1 when a post could not be rendered.""",
      "PATH...", Inputs.HELP,
      List.of(
          CommandOption.value("--to", "FORMAT", "html or markdown.").andRequired(),
          CommandOption.value("--out", "DIR", "Where to write.").andRequired(),
          CommandOption.flag("--page", "Write complete HTML pages, not fragments."),
          CommandOption.flag("--allow-html",
              "The posts are your own: keep their raw HTML and relative links, as Jekyll does."),
          CommandOption.value("--feed-url", "URL", "With --page: the site's feed, which each page"
              + " names in a <link rel=\"alternate\"> (JSON Feed when it ends in .json, else Atom)."),
          Inputs.SITE, Inputs.ZONE),
      RenderCommand::run);

  enum Format { html, markdown }

  private RenderCommand() {}

  static int run(Args args, PrintWriter out, PrintWriter err) throws IOException, UsageException {
    long start = System.nanoTime();
    Format to = args.value("--to", Format::valueOf, "html or markdown");
    Path outDir = args.value("--out", Path::of, "a folder");
    Site site = Inputs.site(args);
    List<Path> files = Inputs.expand(args, site);
    try {
      Files.createDirectories(outDir);
    } catch (IOException e) {
      throw new LinkPostException("cannot make the output folder: " + e).at(outDir, 0);
    }
    JekyllPostReader reader = JekyllPostReader.builder().style(site.style()).build();
    URI feed = args.value("--feed-url", FeedCommand::webUrl, "an absolute http(s) URL");
    Function<LinkPost, String> renderer = renderer(to, site, Inputs.siteDir(args),
        args.flag("--page"), args.flag("--allow-html"), feed);
    String extension = to == Format.html ? ".html" : ".md";
    List<String> errors;
    try (Progress progress = new Progress("rendered", files.size(), err, false)) {
      errors = Workers.map(files, file -> {
        try {
          String stem = Inputs.stem(file);
          String text = renderer.apply(reader.read(file));
          Files.write(outDir.resolve(stem + extension), text.getBytes(StandardCharsets.UTF_8));
          return null;
        } catch (LinkPostException e) {
          return e.getMessage();
        } catch (IOException e) {
          return file + ": cannot write: " + e.getMessage();
        } finally {
          progress.step();
        }
      }).stream().filter(Objects::nonNull).toList();
    }
    errors.forEach(err::println);
    double seconds = (System.nanoTime() - start) / 1e9;
    out.println(String.format(Locale.ROOT,
        "rendered %d posts in %.2f s, %d errors", files.size() - errors.size(), seconds, errors.size()));
    return errors.isEmpty() ? 0 : 1;
  }

  private static Function<LinkPost, String> renderer(Format to, Site site, Path siteDir,
      boolean page, boolean allowHtml, URI feed) {
    if (to == Format.markdown) {
      return JekyllMarkdownRenderer.builder().style(site.style()).build()::render;
    }
    HtmlRenderer.Builder builder = HtmlRenderer.builder().style(site.style()).allowHtml(allowHtml)
        .allowRelativeUrls(allowHtml);
    if (feed != null) {
      FeedFormat format = feed.getPath().endsWith(".json") ? FeedFormat.JSON_FEED : FeedFormat.ATOM;
      builder.feed(feed, format.mediaType());
    }
    try {
      // The site's kramdown: options, as Jekyll's Markdown engine takes them.
      builder.kramdown(site.kramdown());
    } catch (LinkPostException e) {
      throw e.at(JekyllSite.config(siteDir).orElse(siteDir.resolve(JekyllSite.CONFIG)), 0);
    }
    HtmlRenderer html = builder.build();
    return page ? html::renderPage : html::render;
  }
}
