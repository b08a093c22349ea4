package io.github.linkpost.markdown;

import io.github.linkpost.commonmark.HtmlBlocks;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** Finds the {@code |} kramdown could split a table row on in written Markdown. */
public final class Pipes {
  private static final Parser PARSER = HtmlBlocks.use(Parser.builder())
      .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

  private Pipes() {}

  /**
   * The lines holding a {@code |} not after a backslash (more than kramdown's table start
   * needs), but for those of blocks the writer keeps as typed because kramdown reads them as
   * code or HTML too: fenced code blocks in a quote that are closed and hold no {@code |} on
   * their opening line, indented code at a quote's top, and HTML blocks (where a {@code |} stays
   * in comments, scripts and names; the Jekyll acceptance test shows kramdown's reading).
   */
  public static List<String> unescaped(String markdown) {
    String[] lines = markdown.split("\n", -1);
    boolean[] kept = new boolean[lines.length];
    Node doc = PARSER.parse(markdown);
    doc.accept(new AbstractVisitor() {
      @Override
      public void visit(FencedCodeBlock block) {
        if (inQuote(block) && block.getClosingFenceLength() != null
            && lines[block.getSourceSpans().get(0).getLineIndex()].indexOf('|') < 0) {
          mark(block);
        }
      }

      @Override
      public void visit(IndentedCodeBlock block) {
        if (block.getParent().getParent() == doc && inQuote(block)) {
          mark(block);
        }
      }

      @Override
      public void visit(HtmlBlock block) {
        if (inQuote(block)) {
          mark(block);
        }
      }

      private boolean inQuote(Node block) {
        for (Node n = block.getParent(); n != null; n = n.getParent()) {
          if (n instanceof org.commonmark.node.BlockQuote) {
            return true;
          }
        }
        return false;
      }

      private void mark(Node block) {
        for (SourceSpan span : block.getSourceSpans()) {
          kept[span.getLineIndex()] = true;
        }
      }
    });
    List<String> found = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (!kept[i] && lines[i].matches("(?:|.*[^\\\\])\\|.*")) {
        found.add(lines[i]);
      }
    }
    return found;
  }
}
