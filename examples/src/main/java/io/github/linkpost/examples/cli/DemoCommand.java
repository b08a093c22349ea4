package io.github.linkpost.examples.cli;

import io.github.linkpost.LinkPost;
import io.github.linkpost.PostRenderer;
import io.github.linkpost.PostRenderers;
import io.github.linkpost.examples.BuildALinkPost;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import io.github.linkpost.markdown.JekyllPostReader;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code linkpost demo}: a sample link post through every renderer found, and read back. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Builds a sample link post, prints it through every renderer found, and reads",
        "its Jekyll Markdown back."})
final class DemoCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(
      names = "--format",
      paramLabel = "NAME",
      description = "Only this format (default: every format found).")
  String format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
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
      PostRenderers.find(format); // an unknown name fails with the formats found
      return 0;
    }
    boolean same = JekyllPostReader.jekyll().read(JekyllMarkdownRenderer.jekyll().render(post))
        .equals(post);
    out.println("==> read back from the Markdown: " + (same ? "the same post" : "a different post"));
    return same ? 0 : 1;
  }
}
