package io.github.linkpost.examples.cli;

import io.github.linkpost.LinkPost;
import io.github.linkpost.PostRenderer;
import io.github.linkpost.PostRenderers;
import io.github.linkpost.examples.BuildALinkPost;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import io.github.linkpost.markdown.JekyllPostReader;
import java.io.PrintWriter;
import java.util.List;

/** {@code linkpost demo}: a sample link post through every renderer found, and read back. */
final class DemoCommand {
  static final Command COMMAND = new Command("demo",
      "Prints a sample link post through every renderer found and reads it back.",
      """
      Builds a sample link post, prints it through every renderer found, and reads
      its Jekyll Markdown back.""",
      null, null,
      List.of(CommandOption.value("--format", "NAME",
          "Only this format (default: every format found).")),
      DemoCommand::run);

  private DemoCommand() {}

  static int run(Args args, PrintWriter out, PrintWriter err) throws UsageException {
    String format = args.text("--format");
    if (format != null && !PostRenderers.formats().contains(format)) {
      throw new UsageException("invalid value for --format: '" + format + "' (expected one of "
          + String.join(", ", PostRenderers.formats()) + ")");
    }
    LinkPost post = BuildALinkPost.sample();
    for (PostRenderer renderer : PostRenderers.all()) {
      if (format != null && !format.equals(renderer.format())) {
        continue;
      }
      out.println("==> " + renderer.format());
      out.print(renderer.render(post));
      out.println();
    }
    if (format != null) {
      return 0;
    }
    boolean same = JekyllPostReader.jekyll().parse(JekyllMarkdownRenderer.jekyll().render(post))
        .equals(post);
    out.println("==> read back from the Markdown: " + (same ? "the same post" : "a different post"));
    return same ? 0 : 1;
  }
}
