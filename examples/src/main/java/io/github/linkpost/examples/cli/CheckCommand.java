package io.github.linkpost.examples.cli;

import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import io.github.linkpost.markdown.JekyllPostReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.linkpost.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import io.github.linkpost.commonmark.HtmlBlocks;
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
      Exit status 1 when a post could not be read.""",
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
    List<Path> files = Inputs.expand(args, site);
    JekyllMarkdownRenderer writer = JekyllMarkdownRenderer.builder().style(site.style()).build();
    // One reader for every thread; its warnings name their file, which sorts them out.
    Map<Path, List<String>> warnings = new ConcurrentHashMap<>();
    JekyllPostReader reader = JekyllPostReader.builder().style(site.style())
        .warnings(w -> warnings.computeIfAbsent(w.file().orElseThrow(), f -> new CopyOnWriteArrayList<>())
            .add(w.getMessage()))
        .build();
    List<Result> results;
    try (Progress progress = new Progress("checked", files.size(), err, quiet)) {
      results = Workers.map(files, file -> {
        Result result = check(reader, writer, file, warnings);
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
    out.println("checked " + files.size() + " posts: " + links + " link posts, " + same
        + " byte-identical, " + content + " same-content, " + errors + " errors");
    return errors > 0 ? 1 : 0;
  }

  static Result check(JekyllPostReader reader, JekyllMarkdownRenderer writer, Path file,
      Map<Path, List<String>> heard) {
    String text;
    LinkPost post;
    try {
      text = Files.readString(file); // read once: the reader takes the text, not the file again
      post = reader.read(text, file);
    } catch (LinkPostException e) {
      return new Result(Kind.ERROR, false, e.at(file, e.line().orElse(0)).getMessage());
    } catch (CharacterCodingException e) {
      return new Result(Kind.ERROR, false, file + ": is not UTF-8 text");
    } catch (IOException e) {
      return new Result(Kind.ERROR, false, file + ": cannot read: " + e);
    }
    List<String> warnings = heard.getOrDefault(file, List.of());
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
