package io.github.linkpost.examples.cli;

import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import io.github.linkpost.markdown.JekyllPostReader;
import io.github.linkpost.Site;
import io.github.linkpost.commonmark.HtmlBlocks;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** {@code linkpost check}: reads posts and writes them back, reporting what does not survive. */
final class CheckCommand {
  static final Command COMMAND = new Command("check",
      "Reads posts, writes them back in memory and reports what does not survive.",
      """
      Reads every post, writes it back in memory and compares. Prints one line per
      post that is not clean (FILE:LINE: message), then one summary line:
        checked N posts: L link posts, B byte-identical, S same-content, E errors
      Exit status 0 when every post was read, 1 when one could not be, 2 when the
      command line cannot be taken (a path that is not there, say).""",
      "PATH...", Inputs.HELP,
      List.of(CommandOption.flag("--quiet", "Print the summary line alone."), Inputs.SITE,
          Inputs.ZONE),
      CheckCommand::run);

  private CheckCommand() {}

  /** commonmark-java, made when a post needs it, not whenever the tool starts. */
  private static final class CommonMark {
    static final Parser PARSER = HtmlBlocks.use(Parser.builder()).build();
    static final HtmlRenderer HTML = HtmlRenderer.builder().build();
  }

  enum Kind { BYTE_IDENTICAL, SAME_CONTENT, DIFFERENT, ERROR }

  record Result(Kind kind, boolean linkPost, String line, List<String> warnings) {
    Result(Kind kind, boolean linkPost, String line) {
      this(kind, linkPost, line, List.of());
    }
  }

  static int run(Args args, PrintWriter out, PrintWriter err) throws UsageException {
    boolean quiet = args.flag("--quiet");
    Site site = Inputs.site(args);
    JekyllPostReader reader = JekyllPostReader.builder().site(site).build();
    List<Inputs.Post> posts = Inputs.expand(args, reader);
    JekyllMarkdownRenderer writer = JekyllMarkdownRenderer.builder().style(site.style()).build();
    List<Result> results;
    try (Progress progress = new Progress("checked", posts.size(), err, quiet)) {
      results = Workers.map(posts, post -> {
        Result result = check(reader.tryRead(post.file()), writer);
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
      if (!quiet) {
        result.warnings().forEach(out::println);
        if (result.line() != null) {
          out.println(result.line());
        }
      }
    }
    out.println("checked " + Counts.of(posts.size(), "post") + ": " + Counts.of(links, "link post")
        + ", " + same + " byte-identical, " + content + " same-content, "
        + Counts.of(errors, "error"));
    return errors > 0 ? 1 : 0;
  }

  /** What a post read (or not) comes to when written back. */
  static Result check(JekyllPostReader.Result read, JekyllMarkdownRenderer writer) {
    List<String> warnings = read.warnings().stream().map(LinkPostException::getMessage).toList();
    if (read.post().isEmpty()) {
      return new Result(Kind.ERROR, false, read.error().orElseThrow().getMessage(), warnings);
    }
    LinkPost post = read.post().get();
    String text = read.text().orElseThrow();
    Path file = read.file();
    String back = writer.render(post);
    if (back.equals(text)) {
      return new Result(Kind.BYTE_IDENTICAL, post.isLinkPost(), null, warnings);
    }
    int line = firstDifferentLine(text, back);
    if (html(text).equals(html(back))) {
      return new Result(Kind.SAME_CONTENT, post.isLinkPost(),
          file + ":" + line + ": same content, not byte-identical from this line", warnings);
    }
    return new Result(Kind.DIFFERENT, post.isLinkPost(),
        file + ":" + line + ": content differs after a round trip from this line", warnings);
  }

  private static String html(String post) {
    int end = post.indexOf("\n---", 4);
    String body = end < 0 ? post : post.substring(post.indexOf('\n', end + 1) + 1);
    return CommonMark.HTML.render(CommonMark.PARSER.parse(body));
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
