package io.github.linkpost.markdown.internal;

import io.github.linkpost.BodyPart;
import io.github.linkpost.Discovery;
import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.PostStyle;
import io.github.linkpost.Quote;
import io.github.linkpost.Spelling;
import io.github.linkpost.Verbatim;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A post's body as the renderer writes it, part by part: what the post file holds after its
 * front matter, and where each part's text stands in it. The one source for the file and for
 * the HTML shown of it, which renders this text as Jekyll would.
 */
public final class PostBody {
  /** The format of the spellings this renderer writes and keeps. */
  public static final String FORMAT = "markdown";

  /** How a front-matter link post's body says its discovery, tried in this order. */
  private enum Form { BARE, IMPLIED, LINE }

  /** A part and where its text starts and ends in the body. */
  public record Placed(BodyPart part, int start, int end) {}

  private final String text;
  private final List<Placed> parts;

  private PostBody(String text, List<Placed> parts) {
    this.text = text;
    this.parts = List.copyOf(parts);
  }

  /** The body's text. */
  public String text() {
    return text;
  }

  /** The parts that have text, in order. */
  public List<Placed> parts() {
    return parts;
  }

  /** The front matter the renderer writes: the post's own when it still spells the post. */
  public static String frontMatter(LinkPost post, Words words) {
    Optional<Spelling> spelling = post.spelling();
    if (spelling.isPresent() && isOurs(spelling.get(), FrontMatter.values(post, words.style()))) {
      return spelling.get().text();
    }
    return FrontMatter.write(post, words.style());
  }

  /**
   * The body of a post in a style's words. In the front-matter style, what the front matter
   * says of the discovery is left out, in the shortest form that reads back as the post (the
   * front matter is then written to check it).
   */
  public static PostBody of(LinkPost post, Words words) {
    Optional<Discovery> discovery = post.discovery();
    if (words.style().linkPlace() == PostStyle.LinkPlace.FRONT_MATTER && discovery.isPresent()
        && discovery.get().page().isPresent() && spelled(discovery.get(), words) == null) {
      String frontMatter = null;
      for (Form form : List.of(Form.BARE, Form.IMPLIED)) {
        PostBody body = write(post, words, form);
        if (body != null) {
          if (frontMatter == null) {
            frontMatter = frontMatter(post, words);
          }
          if (readsBack(frontMatter + body.text, post, words)) {
            return body;
          }
        }
      }
    }
    return write(post, words, Form.LINE);
  }

  /** The body in one form, or null when the form cannot say it. */
  private static PostBody write(LinkPost post, Words words, Form form) {
    Tail tail = new Tail(new StringBuilder(4096));
    List<Placed> placed = new ArrayList<>(post.body().size());
    for (BodyPart part : post.body()) {
      String spelled = spelled(part, words);
      if (spelled != null) {
        int start = tail.out.length();
        tail.append(spelled);
        placed.add(new Placed(part, start, tail.out.length()));
        continue;
      }
      String text = canonical(part, form, words);
      if (text == null) {
        return null;
      }
      if (!text.isEmpty()) {
        tail.separate();
        int start = tail.out.length();
        tail.append(text);
        placed.add(new Placed(part, start, tail.out.length()));
      }
    }
    return new PostBody(tail.out.toString(), placed);
  }

  private static boolean readsBack(String text, LinkPost post, Words words) {
    try {
      return PostParser.parse(text, words, Optional.empty(), null).equals(post);
    } catch (LinkPostException e) {
      return false;
    }
  }

  private static boolean isOurs(Spelling spelling, Object value) {
    return spelling.format().equals(FORMAT) && spelling.matches(value);
  }

  /**
   * The part's text as read, while it still spells the part and can be written here: a part
   * spelled in the front-matter style's way only by a renderer of that style.
   */
  private static String spelled(BodyPart part, Words words) {
    boolean frontMatter = words.style().linkPlace() == PostStyle.LinkPlace.FRONT_MATTER;
    return part.spelling()
        .filter(s -> isOurs(s, part) || (frontMatter
            && s.format().equals(BodyWriter.FRONT_MATTER_FORMAT) && s.matches(part)))
        .map(Spelling::text).orElse(null);
  }

  private static String canonical(BodyPart part, Form form, Words words) {
    if (part instanceof Discovery d) {
      return switch (form) {
        case LINE -> BodyWriter.discoveryLine(d, words);
        case IMPLIED -> d.remarks().isPresent() ? null : "";
        case BARE -> d.remarks().map(BodyWriter::remarks).orElse("");
      };
    }
    if (part instanceof Quote q) {
      return form == Form.BARE ? BodyWriter.excerpts(q, words) : BodyWriter.quote(q, words);
    }
    return form == Form.BARE ? null : ((Verbatim) part).markdown();
  }

  /** Keeps the last characters written, so parts can be separated by exactly one blank line. */
  private static final class Tail {
    private final StringBuilder out;
    private char last;
    private char beforeLast;
    private boolean empty = true;

    Tail(StringBuilder out) {
      this.out = out;
    }

    void append(String text) {
      if (text.isEmpty()) {
        return;
      }
      out.append(text);
      empty = false;
      last = text.charAt(text.length() - 1);
      beforeLast = text.length() > 1 ? text.charAt(text.length() - 2) : last == '\n' ? 0 : last;
    }

    void separate() {
      if (empty || (last == '\n' && beforeLast == '\n')) {
        return;
      }
      append(last == '\n' ? "\n" : "\n\n");
    }
  }
}
