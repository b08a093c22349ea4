package io.github.linkpost.markdown.internal;

import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.Spelling;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import java.time.ZoneId;

/**
 * Reads a post's text: the front matter between {@code ---} lines (a UTF-8 byte order mark
 * before it is kept), then the body. The front matter's exact text, from the start of the file
 * to the end of the closing {@code ---} line, is its spelling.
 */
public final class PostParser {
  private PostParser() {}

  /**
   * The post a text spells.
   *
   * @param text the whole file
   * @param zone the zone of times without a zone label
   * @return the post, every part spelled as it is in the text
   * @throws LinkPostException with the line, when the text is not a post
   */
  public static LinkPost parse(String text, ZoneId zone) {
    int bom = text.startsWith("\uFEFF") ? 1 : 0;
    if (text.length() == bom) {
      throw new LinkPostException("is empty: a post starts with a --- line").at(null, 1);
    }
    int firstEnd = MarkdownText.lineEnd(text, bom);
    if (!text.substring(bom, firstEnd).strip().equals("---")) {
      throw new LinkPostException("has no front matter: the first line must be ---").at(null, 1);
    }
    int start = next(text, firstEnd);
    int line = 2;
    int close = -1;
    for (int i = start; i < text.length(); line++) {
      int end = MarkdownText.lineEnd(text, i);
      String candidate = text.substring(i, end);
      if (candidate.equals("---") || candidate.stripTrailing().equals("---")) {
        close = i;
        break;
      }
      if (end >= text.length()) {
        break;
      }
      i = next(text, end);
    }
    if (close < 0) {
      throw new LinkPostException("has no closing --- line after its front matter").at(null, 1);
    }
    int bodyStart = next(text, MarkdownText.lineEnd(text, close));
    LinkPost.Builder post = LinkPost.builder();
    FrontMatterReader.read(text.substring(start, close), 2, zone, post);
    LinkPost front = post.build();
    String body = text.substring(bodyStart);
    LinkPost built = front.withBody(BodyReader.read(body, front.title(), zone));
    String spelled = body.isBlank() ? text : text.substring(0, bodyStart);
    return built.withSpelling(Spelling.of(JekyllMarkdownRenderer.FORMAT, spelled,
        FrontMatter.values(built)));
  }

  /** The start of the line after the line break at {@code end}. */
  private static int next(String text, int end) {
    if (end >= text.length()) {
      return text.length();
    }
    return text.startsWith("\r\n", end) ? end + 2 : end + 1;
  }
}
