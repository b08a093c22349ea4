package io.github.linkpost.bookmarks.internal;

import io.github.linkpost.LinkPostException;
import io.github.linkpost.bookmarks.Bookmark;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

/**
 * The bookmarks of an HTML export, read with jsoup's streaming parser: a Netscape bookmark file
 * ({@code <DT><A HREF ADD_DATE LAST_MODIFIED TAGS PRIVATE TOREAD>}, {@code <DD>} notes, {@code
 * <H3>} folders over nested {@code <DL>}s) or a list of links ({@code <h1>} sections over
 * {@code <ul>}/{@code <ol>} items {@code <li><a href time_added tags>}, as Pocket and Instapaper
 * write them). jsoup reads the HTML as browsers do (any case, unclosed {@code DT}, {@code DL}
 * and {@code p}, character references); each element is dropped from the tree once read, so a
 * file of any size is read in the memory of a few bookmarks.
 *
 * <p>A bookmark is an {@code <a>} standing right in a {@code <dt>} or {@code <li>}; other links
 * (in notes, headings, text) are not bookmarks. Its folder path is the {@code <h3>} before each
 * {@code <dl>} it stands in (or the heading before each list). Its notes are the {@code <dd>}
 * that follows its {@code <dt>}; a {@code <dd>} after a folder's heading describes the folder
 * and is not read.
 */
public final class HtmlBookmarks implements Source {
  private final ExportFile file;
  private final Consumer<? super LinkPostException> refused;
  private final StreamParser parser;
  private final Iterator<Element> elements;
  /** Each open list's folder path, shared by its bookmarks. */
  private final Map<Element, List<String>> paths = new IdentityHashMap<>();
  /** An entry read from its {@code <a>}, waiting for the {@code <dd>} that may hold its notes. */
  private Entry pending;
  /** The last bookmark read, kept back until the next: a cut-short file's last one is refused. */
  private Bookmark held;
  private Bookmark next;
  private boolean done;
  private int entries;

  private static final class Entry {
    final Bookmark.Builder values;
    final Element holder;
    final int line;

    Entry(Bookmark.Builder values, Element holder, int line) {
      this.values = values;
      this.holder = holder;
      this.line = line;
    }
  }

  public HtmlBookmarks(ExportFile file, Consumer<? super LinkPostException> refused) {
    this.file = file;
    this.refused = refused;
    this.parser = new StreamParser(Parser.htmlParser().setTrackPosition(true));
    try {
      parser.parse(file.reader(), "");
    } catch (IOException e) {
      throw LinkPostException.cannot("read", file.path(), e);
    }
    this.elements = parser.iterator();
  }

  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      advance();
    }
    return next != null;
  }

  @Override
  public Bookmark next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Bookmark bookmark = next;
    next = null;
    return bookmark;
  }

  @Override
  public void close() {
    parser.close();
  }

  private void advance() {
    boolean more;
    try {
      more = elements.hasNext();
      if (more) {
        read(elements.next());
      }
    } catch (UncheckedIOException e) {
      done = true;
      refuse(LinkPostException.cannot("read", file.path(), e));
      return;
    }
    if (!more) {
      done = true;
      finish();
    }
  }

  private void read(Element e) {
    switch (e.normalName()) {
      case "a" -> {
        String holder = e.parent() == null ? "" : e.parent().normalName();
        if (holder.equals("dt") || holder.equals("li")) {
          emitPending();
          start(e);
          return;
        }
        other(e);
      }
      case "dd" -> {
        Element before = e.previousElementSibling();
        if (pending != null && before == pending.holder) {
          pending.values.notes(Texts.notes(text(e)));
          emitPending();
        } else if (before != null && isFolderHeading(before)) {
          drop(before); // the folder this describes, whose list it held, is read
        }
        drop(e);
      }
      case "dt", "li" -> {
        // A folder's <dt> closed before its list is kept: the list comes in the <dd> that follows.
        if ((pending == null || pending.holder != e) && !isFolderHeading(e)) {
          drop(e);
        }
      }
      case "dl", "ul", "ol" -> {
        if (pending != null && holds(e, pending.holder)) {
          emitPending(); // its notes would have been inside the list
        }
        paths.remove(e);
        drop(e);
      }
      case "h1", "h2", "h3", "h4", "h5", "h6", "html", "head", "body" -> { }
      default -> other(e);
    }
  }

  /** An element of no meaning here: kept when it is part of what a bookmark, notes or heading show. */
  private static void other(Element e) {
    for (Element up = e.parent(); up != null; up = up.parent()) {
      switch (up.normalName()) {
        case "a", "dd", "h1", "h2", "h3", "h4", "h5", "h6" -> {
          return;
        }
        case "dt", "li", "dl", "ul", "ol", "body" -> {
          drop(e);
          return;
        }
        default -> { }
      }
    }
    drop(e);
  }

  private void start(Element a) {
    int line = a.sourceRange().start().lineNumber();
    entries++;
    try {
      String href = a.attr("href");
      if (href.isBlank()) {
        throw new LinkPostException("a bookmark without a URL (its <a> has no HREF)");
      }
      Bookmark.Builder values = Bookmark.builder()
          .url(href.strip())
          .title(Texts.nonBlank(a.text()))
          .added(Times.parse(a.hasAttr("add_date") ? "ADD_DATE" : "time_added",
              a.hasAttr("add_date") ? a.attr("add_date") : a.attr("time_added")))
          .modified(Times.parse("LAST_MODIFIED", a.attr("last_modified")))
          .addAllTags(Texts.tags(a.attr("tags"), Texts.COMMA))
          .folders(path(a))
          .isPrivate(Texts.yes(a.attr("private")))
          .isToRead(Texts.yes(a.attr("toread")))
          .line(line);
      pending = new Entry(values, a.parent(), line);
    } catch (LinkPostException problem) {
      refuse(problem.at(file.path(), line)); // its <dt> or <li> goes once it is closed
    }
  }

  private void emitPending() {
    if (pending == null) {
      return;
    }
    Entry entry = pending;
    pending = null;
    drop(entry.holder);
    Bookmark bookmark;
    try {
      bookmark = entry.values.build();
    } catch (LinkPostException problem) {
      refuse(problem.at(file.path(), entry.line));
      return;
    }
    if (held != null) {
      next = held;
    }
    held = bookmark;
  }

  private void finish() {
    emitPending();
    if (!file.endsWithTag()) {
      if (held != null) {
        refuse(new LinkPostException("the file is cut short (it does not end with a tag), so "
            + "this last bookmark may be too; not read").at(file.path(), held.line()));
        held = null;
      } else {
        refuse(new LinkPostException("the file is cut short: it does not end with a tag")
            .at(file.path(), file.lines()));
      }
    }
    if (entries == 0 && !file.isNetscape()) {
      refuse(new LinkPostException("holds no bookmark (no <DT><A> nor <li><a>): "
          + "not a bookmark export").at(file.path(), 0));
    }
    next = held;
    held = null;
  }

  private void refuse(LinkPostException problem) {
    refused.accept(problem);
  }

  /** The folder path of a bookmark: the names of the lists it stands in, outermost first. */
  private List<String> path(Element a) {
    Element list = list(a.parent());
    return list == null ? List.of() : pathOf(list);
  }

  private List<String> pathOf(Element list) {
    List<String> known = paths.get(list);
    if (known != null) {
      return known;
    }
    Element outer = list(list.parent());
    List<String> path = outer == null ? List.of() : pathOf(outer);
    String name = name(list);
    if (name != null) {
      List<String> longer = new ArrayList<>(path.size() + 1);
      longer.addAll(path);
      longer.add(name);
      path = Collections.unmodifiableList(longer);
    }
    paths.put(list, path);
    return path;
  }

  /** The nearest list ({@code dl}, {@code ul}, {@code ol}) holding the element, itself included. */
  private static Element list(Element e) {
    for (Element up = e; up != null; up = up.parent()) {
      String name = up.normalName();
      if (name.equals("dl") || name.equals("ul") || name.equals("ol")) {
        return up;
      }
    }
    return null;
  }

  /**
   * A list's folder name: for a {@code <dl>}, the {@code <h3>} before it (in its {@code <dt>},
   * or before the {@code <dd>} describing the folder); for {@code <ul>} and {@code <ol>}, the
   * heading before it. None for a list without one (the file's outermost list).
   */
  private static String name(Element list) {
    boolean dl = list.normalName().equals("dl");
    Element before = list.previousElementSibling();
    if (before == null && dl && list.parent() != null
        && list.parent().normalName().equals("dd")) {
      Element dt = list.parent().previousElementSibling();
      before = dt == null ? null : dt.children().last();
    }
    if (before == null) {
      return null;
    }
    String tag = before.normalName();
    boolean heading = dl ? tag.equals("h3")
        : tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    return heading ? Texts.nonBlank(before.text()).orElse(null) : null;
  }

  /** A {@code <dt>} holding a folder's {@code <h3>} but not the folder's list. */
  private static boolean isFolderHeading(Element dt) {
    return dt.normalName().equals("dt") && dt.selectFirst("> h3") != null
        && dt.selectFirst("> dl") == null;
  }

  private static boolean holds(Element list, Element e) {
    for (Element up = e; up != null; up = up.parent()) {
      if (up == list) {
        return true;
      }
    }
    return false;
  }

  /** The text of a {@code <dd>} as its lines: line breaks and {@code <br>} kept. */
  private static String text(Element dd) {
    StringBuilder out = new StringBuilder();
    for (Node child : dd.childNodes()) {
      if (child instanceof TextNode text) {
        out.append(text.getWholeText());
      } else if (child instanceof Element e) {
        switch (e.normalName()) {
          case "br" -> out.append('\n');
          case "dl", "ul", "ol", "hr" -> { }
          default -> out.append(e.wholeText());
        }
      }
    }
    return out.toString();
  }

  /** Removes a read element, and the text before it, from the tree: memory stays flat. */
  private static void drop(Element e) {
    if (e == null || e.parent() == null) {
      return;
    }
    for (Node before = e.previousSibling(); before instanceof TextNode; before = e.previousSibling()) {
      before.remove();
    }
    e.remove();
  }
}
