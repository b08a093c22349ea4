package io.github.linkpost.markdown.internal;

import java.util.ArrayList;
import java.util.List;
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
   * @param resolver the resolver the composer uses, for plain values' tags
   */
  static MappingNode compose(String yaml, Resolver resolver) {
    int length = yaml.length();
    if (length == 0 || length > MAX_CHARS) {
      return null;
    }
    List<NodeTuple> tuples = new ArrayList<>(4);
    int line = 0;
    int i = 0;
    while (i < length) {
      int end = yaml.indexOf('\n', i);
      int next = end < 0 ? length : end + 1;
      if (end < 0) {
        end = length;
      }
      if (end > i && yaml.charAt(end - 1) == '\r') {
        end--;
      }
      NodeTuple tuple = line(yaml, i, end, line, resolver);
      if (tuple == null) {
        return null;
      }
      tuples.add(tuple);
      i = next;
      line++;
    }
    Mark start = mark(0, 0);
    return new MappingNode(Tag.MAP, true, tuples, start, mark(line, 0),
        DumperOptions.FlowStyle.BLOCK);
  }

  /** The key and value of one line, or null when it is not of the simple kind. */
  private static NodeTuple line(String yaml, int from, int end, int line, Resolver resolver) {
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
    ScalarNode keyNode = new ScalarNode(resolver.resolve(NodeId.scalar, key, true), key,
        mark(line, 0), mark(line, colon - from), DumperOptions.ScalarStyle.PLAIN);
    ScalarNode valueNode;
    if (yaml.charAt(value) == '"') {
      int close = end - 1;
      if (close == value || yaml.charAt(close) != '"') {
        return null;
      }
      for (int c = value + 1; c < close; c++) {
        char ch = yaml.charAt(c);
        if (ch == '"' || ch == '\\' || !printable(yaml, c)) {
          return null;
        }
        if (Character.isHighSurrogate(ch)) {
          c++;
        }
      }
      valueNode = new ScalarNode(Tag.STR, yaml.substring(value + 1, close),
          mark(line, value - from), mark(line, end - from), DumperOptions.ScalarStyle.DOUBLE_QUOTED);
    } else {
      if (!isAlphanumeric(yaml.charAt(value)) || yaml.charAt(end - 1) == ' ') {
        return null;
      }
      for (int c = value; c < end; c++) {
        char ch = yaml.charAt(c);
        if (ch == ':' ? c + 1 == end || yaml.charAt(c + 1) == ' ' : !isPlainChar(ch)) {
          return null;
        }
      }
      String text = yaml.substring(value, end);
      valueNode = new ScalarNode(resolver.resolve(NodeId.scalar, text, true), text,
          mark(line, value - from), mark(line, end - from), DumperOptions.ScalarStyle.PLAIN);
    }
    return new NodeTuple(keyNode, valueNode);
  }

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
        || c == '/';
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
