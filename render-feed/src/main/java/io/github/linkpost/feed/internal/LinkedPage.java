package io.github.linkpost.feed.internal;

import io.github.linkpost.Discovery;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPostException;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The page a link post links to: the discovery's page; when the post names none there (a
 * discovery line whose link has other words around it, which a reader keeps as the remarks),
 * the first http(s) link of the remarks, which is where the line names its page.
 */
public final class LinkedPage {
  private static final Parser PARSER = Parser.builder().build();

  private LinkedPage() {}

  public static Optional<Link> of(Discovery discovery) {
    if (discovery.page().isPresent()) {
      return discovery.page();
    }
    return discovery.remarks().flatMap(LinkedPage::firstLink);
  }

  private static Optional<Link> firstLink(String markdown) {
    Link[] found = new Link[1];
    PARSER.parse(markdown).accept(new AbstractVisitor() {
      @Override
      public void visit(org.commonmark.node.Link link) {
        if (found[0] == null) {
          found[0] = link(link);
        }
      }
    });
    return Optional.ofNullable(found[0]);
  }

  private static Link link(org.commonmark.node.Link link) {
    String url = link.getDestination();
    String scheme = url.indexOf(':') > 0 ? url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT) : "";
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    link.accept(new AbstractVisitor() {
      @Override
      public void visit(Text t) {
        text.append(t.getLiteral());
      }

      @Override
      public void visit(Code code) {
        text.append(code.getLiteral());
      }
    });
    String shown = text.toString().replaceAll("\\s+", " ").strip();
    try {
      return Link.of(shown.isEmpty() ? url : shown, url);
    } catch (LinkPostException e) {
      return null; // not a URL the model takes: no linked page rather than a wrong one
    }
  }
}
