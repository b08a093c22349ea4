package io.github.linkpost.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The nodes of the front matter most posts have, made without SnakeYAML's scanner and parser:
 * lines of {@code key: value} alone, each key a word and each value a one-line plain scalar
 * of letters, digits and a few signs, or a double-quoted one without escapes or line breaks.
 * Those read the same in every YAML reader: the key and the value are the text as it stands,
 * and a plain value's tag is the resolver's, as the composer would give it. Anything else
 * (comments, lists, other quotes, escapes, continued lines, blank lines, characters YAML
 * refuses or reads as line breaks) is not read here, and SnakeYAML reads it.
 *
 * <p>Composing three lines with SnakeYAML costs more than the rest of reading a small post.
 */
final class SimpleFrontMatter {
  /** Longer front matter is rare, and left to SnakeYAML, which also applies the limits. */
  private static final int MAX_CHARS = 4096;

  private SimpleFrontMatter() {}

  /**
   * The map the YAML text is, when it is of the simple kind; null otherwise (also when empty).
   *
   * @param yaml the text between the {@code ---} lines
   */
  static MappingNode compose(String yaml) {
    int length = yaml.length();
    if (length == 0 || length > MAX_CHARS) {
      return null;
    }
    Lines lines = new Lines(yaml);
    List<NodeTuple> tuples = new ArrayList<>(4);
    while (lines.next()) {
      if (lines.isBlank()) {
        continue;
      }
      NodeTuple tuple = entry(lines);
      if (tuple == null) {
        return null;
      }
      tuples.add(tuple);
    }
    if (tuples.isEmpty()) {
      return null;
    }
    return new MappingNode(Tag.MAP, true, tuples, mark(0, 0), mark(lines.line, 0),
        DumperOptions.FlowStyle.BLOCK);
  }

  /** The lines of the text, one at a time: where the current one starts and ends, its number. */
  private static final class Lines {
    final String text;
    int from;
    int end;
    int next;
    int line = -1;

    Lines(String text) {
      this.text = text;
    }

    boolean next() {
      if (next >= text.length()) {
        return false;
      }
      from = next;
      int lf = text.indexOf('\n', from);
      next = lf < 0 ? text.length() : lf + 1;
      end = lf < 0 ? text.length() : lf;
      if (end > from && text.charAt(end - 1) == '\r') {
        end--;
      }
      line++;
      return true;
    }

    boolean isBlank() {
      for (int i = from; i < end; i++) {
        if (text.charAt(i) != ' ') {
          return false;
        }
      }
      return true;
    }
  }

  /** The key and value starting on the current line, or null when not of the simple kind. */
  private static NodeTuple entry(Lines lines) {
    String yaml = lines.text;
    int from = lines.from;
    int end = lines.end;
    int line = lines.line;
    int colon = from;
    while (colon < end && isKeyChar(yaml.charAt(colon), colon == from)) {
      colon++;
    }
    if (colon == from || colon + 1 >= end || yaml.charAt(colon) != ':'
        || yaml.charAt(colon + 1) != ' ') {
      return null;
    }
    int value = colon + 2;
    while (value < end && yaml.charAt(value) == ' ') {
      value++;
    }
    if (value == end) {
      return null;
    }
    String key = yaml.substring(from, colon);
    ScalarNode keyNode = new ScalarNode(tag(key), key, mark(line, 0),
        mark(line, colon - from), DumperOptions.ScalarStyle.PLAIN);
    ScalarNode valueNode;
    if (yaml.charAt(value) == '"') {
      String text = doubleQuoted(lines, value + 1);
      if (text == null) {
        return null;
      }
      valueNode = new ScalarNode(Tag.STR, text, mark(line, value - from),
          mark(lines.line, lines.end - lines.from), DumperOptions.ScalarStyle.DOUBLE_QUOTED);
    } else {
      int last = end;
      while (yaml.charAt(last - 1) == ' ') {
        last--; // a plain scalar ends at its last character that is not white space
      }
      if (!isAlphanumeric(yaml.charAt(value))) {
        return null;
      }
      for (int c = value; c < last; c++) {
        char ch = yaml.charAt(c);
        if (ch == ':' ? c + 1 == last || yaml.charAt(c + 1) == ' '
            : !isPlainChar(ch) && (ch < 0x80 || !printable(yaml, c))) {
          return null;
        }
        if (Character.isHighSurrogate(ch)) {
          c++;
        }
      }
      String text = yaml.substring(value, last);
      valueNode = new ScalarNode(tag(text), text, mark(line, value - from),
          mark(line, last - from), DumperOptions.ScalarStyle.PLAIN);
    }
    return new NodeTuple(keyNode, valueNode);
  }

  /**
   * The text of a double-quoted scalar without escapes that opens before {@code at} on the
   * current line, closing at the end of that line or of a further line indented by spaces
   * (the lines left as the last one); null when it is not so. Lines are folded as YAML folds
   * them: white space around each line break dropped and the break read as one space (an
   * empty line between, which YAML reads as a line feed, is left to SnakeYAML).
   */
  private static String doubleQuoted(Lines lines, int at) {
    String yaml = lines.text;
    StringBuilder text = null;
    int from = at;
    while (true) {
      int end = lines.end;
      int c = from;
      for (; c < end; c++) {
        char ch = yaml.charAt(c);
        if (ch == '"' || ch == '\\' || !printable(yaml, c)) {
          break;
        }
        if (Character.isHighSurrogate(ch)) {
          c++;
        }
      }
      if (c < end) {
        if (yaml.charAt(c) != '"' || c + 1 != end) {
          return null; // an escape, a quote before the end, or a character left to SnakeYAML
        }
        return text == null ? yaml.substring(from, c) : text.append(yaml, from, c).toString();
      }
      int last = end;
      while (last > from && yaml.charAt(last - 1) == ' ') {
        last--;
      }
      if (text == null) {
        text = new StringBuilder(yaml.length());
      }
      text.append(yaml, from, last).append(' ');
      if (!lines.next() || lines.from == lines.end || yaml.charAt(lines.from) != ' '
          || lines.isBlank()) {
        return null;
      }
      from = lines.from;
      while (yaml.charAt(from) == ' ') {
        from++;
      }
    }
  }

  /**
   * The resolver's tag of a plain scalar; those of short ones (keys, and values such as
   * {@code post}) are kept, since a blog's front matter repeats them in every post.
   */
  private static Tag tag(String plain) {
    if (plain.length() > 24) {
      return RESOLVER.resolve(NodeId.scalar, plain, true);
    }
    Tag tag = TAGS.get(plain);
    if (tag == null) {
      tag = RESOLVER.resolve(NodeId.scalar, plain, true);
      if (TAGS.size() < 1024) {
        TAGS.put(plain, tag);
      }
    }
    return tag;
  }

  /** The composer's resolver is SnakeYAML's default one too. */
  private static final Resolver RESOLVER = new Resolver();
  private static final Map<String, Tag> TAGS = new ConcurrentHashMap<>();

  private static boolean isKeyChar(char c, boolean first) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
        || !first && (c >= '0' && c <= '9' || c == '-');
  }

  private static boolean isAlphanumeric(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /** Characters that mean nothing inside a one-line plain scalar (a colon is checked apart). */
  private static boolean isPlainChar(char c) {
    return isAlphanumeric(c) || c == ' ' || c == '.' || c == '-' || c == '+' || c == '_'
        || c == '/' || c == ',' || c == '\'' || c == '(' || c == ')' || c == '?' || c == '='
        || c == ';' || c == '%' || c == '$';
  }

  /**
   * A character YAML takes as it is inside a double-quoted scalar on one line: printable (a tab
   * is left to SnakeYAML too), not one that YAML 1.1 reads as a line break (NEL, the line and
   * paragraph separators) nor a byte order mark; a surrogate only as half of a pair.
   */
  private static boolean printable(String text, int at) {
    char c = text.charAt(at);
    if (c >= 0x20 && c <= 0x7E) {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return at + 1 < text.length() && Character.isLowSurrogate(text.charAt(at + 1));
    }
    return c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029
        || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF;
  }

  private static Mark mark(int line, int column) {
    return new Mark("front matter", 0, line, column, new int[0], 0);
  }
}
