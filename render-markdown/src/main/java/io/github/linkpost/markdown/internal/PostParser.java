package io.github.linkpost.markdown.internal;

import io.github.linkpost.BodyPart;
import io.github.linkpost.Discovery;
import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.PostStyle;
import io.github.linkpost.Spelling;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
   * @param words the style's words, formats and zone
   * @param fileName the post file's name, when known: its date is the post's when the front
   *     matter has none
   * @param warnings told of what Jekyll takes but is likely a mistake, or null
   * @return the post, every part spelled as it is in the text
   * @throws LinkPostException with the line, when the text is not a post
   */
  public static LinkPost parse(String text, Words words, Optional<String> fileName,
      Consumer<LinkPostException> warnings) {
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
    PostStyle style = words.style();
    LinkPost.Builder post = LinkPost.builder();
    FrontMatterReader.read(text.substring(start, close), 2, style.zone(), post, warnings);
    LinkPost front = post.build();
    String body = text.substring(bodyStart);
    Optional<FrontMatterLink.Found> link = FrontMatterLink.find(front.extraFrontMatter(), style);
    Optional<Discovery> implied = link.flatMap(l -> FrontMatterLink.implied(front.title(),
        front.date(), fileName.flatMap(PostParser::fileDate), l.url(), style));
    List<BodyPart> parts = BodyReader.read(body, front.title().orElse(""), words, implied);
    LinkPost built = front.withBody(parts);
    if (link.isPresent() && built.discovery().flatMap(Discovery::page)
        .filter(p -> p.url().equals(link.get().url())).isPresent()) {
      // The key's link is the discovery's: it lives there, not among the further keys.
      Map<String, Object> rest = new LinkedHashMap<>(front.extraFrontMatter());
      rest.remove(link.get().key());
      built = built.toBuilder().extraFrontMatter(rest).build();
    }
    String spelled = body.isBlank() ? text : text.substring(0, bodyStart);
    return built.withSpelling(Spelling.of(JekyllMarkdownRenderer.FORMAT, spelled,
        FrontMatter.values(built, style)));
  }

  /** The date of a post file's name, {@code YYYY-MM-DD-slug.ext}, as Jekyll reads it. */
  static Optional<LocalDate> fileDate(String fileName) {
    Matcher m = FILE_NAME.matcher(fileName);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3))));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static final Pattern FILE_NAME =
      Pattern.compile("(\\d{2,4})-(\\d{1,2})-(\\d{1,2})-(.*)(\\.[^.]+)");

  /** The start of the line after the line break at {@code end}. */
  private static int next(String text, int end) {
    if (end >= text.length()) {
      return text.length();
    }
    return text.startsWith("\r\n", end) ? end + 2 : end + 1;
  }
}
