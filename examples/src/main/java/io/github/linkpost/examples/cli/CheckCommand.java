package io.github.linkpost.examples.cli;

import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import io.github.linkpost.markdown.JekyllPostReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import io.github.linkpost.commonmark.HtmlBlocks;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code linkpost check}: reads posts and writes them back, reporting what does not survive. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Reads every post, writes it back in memory and compares. Prints one line per post that",
        "is not clean (FILE:LINE: message), then one summary line:",
        "  checked N posts: L link posts, B byte-identical, S same-content, E errors",
        "Exit status 1 when a post could not be read."})
final class CheckCommand implements Callable<Integer> {
  private static final Parser COMMONMARK = HtmlBlocks.use(Parser.builder()).build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Post files, or folders searched for *.md.")
  List<Path> paths;

  @CommandLine.Option(names = "--quiet", description = "Print the summary line alone.")
  boolean quiet;

  @CommandLine.Option(names = "--zone", paramLabel = "ZONE", defaultValue = "America/Vancouver",
      description = "The zone of discovery times without a zone label (default: ${DEFAULT-VALUE}).")
  java.time.ZoneId zone;

  enum Kind { BYTE_IDENTICAL, SAME_CONTENT, DIFFERENT, ERROR }

  record Result(Kind kind, boolean linkPost, String line) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> files = Inputs.expand(paths);
    JekyllPostReader reader = JekyllPostReader.builder().zone(zone).build();
    List<Result> results;
    try (Progress progress = new Progress("checked", files.size(), spec.commandLine().getErr(), quiet)) {
      results = Workers.map(files, file -> {
        Result result = check(reader, file);
        progress.step();
        return result;
      });
    }
    int links = 0;
    int same = 0;
    int content = 0;
    int errors = 0;
    for (Result result : results) {
      links += result.linkPost() ? 1 : 0;
      switch (result.kind()) {
        case BYTE_IDENTICAL -> same++;
        case SAME_CONTENT -> content++;
        case ERROR -> errors++;
        default -> { }
      }
      if (!quiet && result.line() != null) {
        out.println(result.line());
      }
    }
    out.println("checked " + files.size() + " posts: " + links + " link posts, " + same
        + " byte-identical, " + content + " same-content, " + errors + " errors");
    return errors > 0 ? 1 : 0;
  }

  static Result check(JekyllPostReader reader, Path file) {
    String text;
    LinkPost post;
    try {
      text = Files.readString(file);
      post = reader.read(file);
    } catch (LinkPostException e) {
      return new Result(Kind.ERROR, false, e.getMessage());
    } catch (IOException e) {
      return new Result(Kind.ERROR, false, file + ": " + e.getMessage());
    }
    String back = JekyllMarkdownRenderer.jekyll().render(post);
    if (back.equals(text)) {
      return new Result(Kind.BYTE_IDENTICAL, post.isLinkPost(), null);
    }
    int line = firstDifferentLine(text, back);
    if (html(text).equals(html(back))) {
      return new Result(Kind.SAME_CONTENT, post.isLinkPost(),
          file + ":" + line + ": same content, not byte-identical from this line");
    }
    return new Result(Kind.DIFFERENT, post.isLinkPost(),
        file + ":" + line + ": content differs after a round trip from this line");
  }

  private static String html(String post) {
    int end = post.indexOf("\n---", 4);
    String body = end < 0 ? post : post.substring(post.indexOf('\n', end + 1) + 1);
    return HTML.render(COMMONMARK.parse(body));
  }

  static int firstDifferentLine(String a, String b) {
    int line = 1;
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        return line;
      }
      if (a.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
