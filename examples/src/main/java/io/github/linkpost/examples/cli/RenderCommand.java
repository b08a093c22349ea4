package io.github.linkpost.examples.cli;

import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.html.HtmlRenderer;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import io.github.linkpost.markdown.JekyllPostReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code linkpost render}: posts to HTML (or Markdown), one output file per post. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
        "Renders posts (files, or folders searched for *.md) into DIR, one file per post:",
        "DIR/<post file name without .md>.html (or .md). Unreadable posts are reported as",
        "FILE:LINE: message and skipped; the last line is",
        "  rendered N posts in T s, E errors",
        "Exit status 1 when a post could not be rendered."})
final class RenderCommand implements Callable<Integer> {
  enum Format { html, markdown }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Post files, or folders searched for *.md.")
  List<Path> paths;

  @Option(names = "--to", required = true, paramLabel = "FORMAT",
      description = "html or markdown.")
  Format to;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write.")
  Path out;

  @Option(names = "--page", description = "Write complete HTML pages, not fragments.")
  boolean page;

  @Option(names = "--allow-html",
      description = "The posts are your own: keep their raw HTML and relative links, as Jekyll does.")
  boolean allowHtml;

  @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "America/Vancouver",
      description = "The zone of discovery times without a zone label (default: ${DEFAULT-VALUE}).")
  java.time.ZoneId zone;

  @Override
  public Integer call() throws IOException {
    long start = System.nanoTime();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files = Inputs.expand(paths);
    Files.createDirectories(out);
    JekyllPostReader reader = JekyllPostReader.builder().zone(zone).build();
    Function<LinkPost, String> renderer = renderer();
    String extension = to == Format.html ? ".html" : ".md";
    List<String> errors;
    try (Progress progress = new Progress("rendered", files.size(), err, false)) {
      errors = Workers.map(files, file -> {
        try {
          String name = file.getFileName().toString();
          String stem = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
          String text = renderer.apply(reader.read(file));
          Files.write(out.resolve(stem + extension), text.getBytes(StandardCharsets.UTF_8));
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
    spec.commandLine().getOut().println(String.format(Locale.ROOT,
        "rendered %d posts in %.2f s, %d errors", files.size() - errors.size(), seconds, errors.size()));
    return errors.isEmpty() ? 0 : 1;
  }

  private Function<LinkPost, String> renderer() {
    if (to == Format.markdown) {
      return JekyllMarkdownRenderer.jekyll()::render;
    }
    HtmlRenderer html = HtmlRenderer.builder().allowHtml(allowHtml).allowRelativeUrls(allowHtml).build();
    return page ? html::renderPage : html::render;
  }
}
