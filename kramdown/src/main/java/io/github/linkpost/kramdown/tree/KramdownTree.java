package io.github.linkpost.kramdown.tree;

import io.github.linkpost.kramdown.KramdownOptions;
import io.github.linkpost.kramdown.internal.Document;
import io.github.linkpost.kramdown.internal.Settings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A document parsed as kramdown parses it, whose elements may be given attributes or wrapped
 * before the HTML is written. The HTML of an unchanged tree is {@code Kramdown.toHtml}'s.
 *
 * <pre>{@code
 * KramdownTree tree = KramdownTree.parse(markdown, KramdownOptions.jekyll());
 * for (Node block : tree.root().children()) {
 *   if (block.type().equals("blockquote")) {
 *     block.attributes().put("class", "e-content");
 *   }
 * }
 * List<String> parts = tree.toHtmlByBlock(); // one per top-level block, then the footnotes
 * }</pre>
 *
 * <p>One tree belongs to one thread; parse a new one for each use.
 */
public final class KramdownTree {
  private final Document document;
  private final List<String> warnings;

  private KramdownTree(Document document, List<String> warnings) {
    this.document = document;
    this.warnings = warnings;
  }

  /**
   * Parses a document.
   *
   * @param markdown the Markdown
   * @param options the options
   * @return the tree
   */
  public static KramdownTree parse(String markdown, KramdownOptions options) {
    Objects.requireNonNull(markdown, "markdown");
    Objects.requireNonNull(options, "options");
    List<String> warnings = new ArrayList<>();
    return new KramdownTree(Document.parse(markdown, Settings.of(options), warnings), warnings);
  }

  /**
   * The root; its children are the document's top-level blocks.
   *
   * @return the root
   */
  public Node root() {
    return new Node(document.root());
  }

  /**
   * kramdown's warnings about the document (constructs read as text).
   *
   * @return the warnings
   */
  public List<String> warnings() {
    return Collections.unmodifiableList(warnings);
  }

  /**
   * The HTML of the document as it is now.
   *
   * @return the HTML
   */
  public String toHtml() {
    return document.toHtml();
  }

  /**
   * The HTML of each top-level block, in the order of {@code root().children()}, and last
   * that of the footnotes (empty when there are none). Joined, they are {@link #toHtml()}.
   *
   * @return one string per block, and one for the footnotes
   */
  public List<String> toHtmlByBlock() {
    return document.toHtmlByBlock();
  }
}
