package io.github.linkpost.markdown.internal;

import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads front matter into a post builder. SnakeYAML only composes the YAML into nodes (with
 * limits on size, aliases and depth); the values are taken from the nodes here, so no tag ever
 * makes an object: the standard scalar tags give strings, numbers and booleans, {@code !binary}
 * and {@code !!binary} give UTF-8 text, and any other tag is refused.
 */
final class FrontMatterReader {
  /** The most code points a front matter may hold. */
  static final int MAX_CODE_POINTS = 1_000_000;

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern JEKYLL_TIME = Pattern.compile(
      "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[Tt ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?"
          + "\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{1,2})?)?");

  /** The most values a front matter may hold once its aliases are expanded. */
  static final int MAX_VALUES = 10_000;

  private int values;
  private final Consumer<LinkPostException> warnings;

  private FrontMatterReader(Consumer<LinkPostException> warnings) {
    this.warnings = warnings;
  }

  /**
   * Fills the builder from the YAML text.
   *
   * @param yamlText the text between the {@code ---} lines
   * @param firstLine the file line the YAML starts on (1-based), for messages
   * @param zone the zone of dates without an offset
   * @param warnings told of what Jekyll takes but is likely a mistake (a key given twice)
   */
  static void read(String yamlText, int firstLine, ZoneId zone, LinkPost.Builder post,
      Consumer<LinkPostException> warnings) {
    Node root;
    try {
      root = compose(yamlText);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? firstLine : firstLine + mark.getLine();
      String problem = firstLineOf(e.getProblem() != null ? e.getProblem() : e.getMessage());
      if (problem.startsWith("Global tag is not allowed: ")) {
        throw new LinkPostException("front matter tag "
            + problem.substring("Global tag is not allowed: ".length()) + " is not allowed")
            .at(null, line);
      }
      throw new LinkPostException("front matter is not valid YAML: " + problem).at(null, line);
    } catch (YAMLException e) {
      throw new LinkPostException("front matter is refused: " + firstLineOf(e.getMessage()))
          .at(null, firstLine);
    }
    if (root == null) {
      return; // an empty front matter: a post of defaults, as Jekyll has it
    }
    if (!(root instanceof MappingNode map)) {
      throw new LinkPostException("front matter must be a map of keys and values")
          .at(null, line(root, firstLine));
    }
    new FrontMatterReader(warnings).fill(map, firstLine, zone, post);
  }

  private void fill(MappingNode map, int firstLine, ZoneId zone, LinkPost.Builder post) {
    Set<String> seen = new HashSet<>();
    Map<String, Object> extras = new LinkedHashMap<>();
    for (NodeTuple tuple : map.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode keyScalar)) {
        throw new LinkPostException("front matter keys must be text")
            .at(null, line(keyNode, firstLine));
      }
      String key = keyScalar.getValue();
      if (!seen.add(key)) {
        twice(key, keyNode, firstLine);
      }
      Node value = tuple.getValueNode();
      int line = line(value, firstLine);
      try {
        switch (key) {
          case "title" -> post.title(isNull(value)
              ? Optional.empty() : Optional.of(text("title", value, firstLine)));
          case "layout" -> post.layout(text("layout", value, firstLine));
          case "date" -> post.date(date(text("date", value, firstLine), zone, plain(value), line));
          case "permalink" -> post.permalink(text("permalink", value, firstLine));
          case "tags" -> post.tags(words("tags", value, firstLine));
          case "categories" -> post.categories(words("categories", value, firstLine));
          default -> {
            Object converted = value(value, firstLine);
            if (converted != null) {
              extras.put(key, converted);
            } else {
              extras.remove(key); // an empty value: no value, as a later one replaces an earlier
            }
          }
        }
      } catch (LinkPostException e) {
        throw e.line().isPresent() ? e : e.at(null, line);
      }
    }
    post.extraFrontMatter(extras);
  }

  /** A key given twice: Psych (and so Jekyll) takes the last value; the reader does too, and says so. */
  private void twice(String key, Node keyNode, int firstLine) {
    if (warnings != null) {
      warnings.accept(new LinkPostException("front matter has the key \"" + key
          + "\" twice; the last is taken, as Jekyll does").at(null, line(keyNode, firstLine)));
    }
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
  }

  /** A scalar as text: its characters as written (numbers and booleans included). */
  private String text(String key, Node node, int firstLine) {
    if (!(node instanceof ScalarNode scalar)) {
      throw new LinkPostException(key + " must be text, was a "
          + (node instanceof SequenceNode ? "list" : "map")).at(null, line(node, firstLine));
    }
    if (isBinary(scalar.getTag())) {
      return binary(scalar, firstLine);
    }
    checkTag(scalar, firstLine);
    if (scalar.getTag().equals(Tag.NULL)) {
      throw new LinkPostException(key + " must be text, was empty").at(null, line(node, firstLine));
    }
    return scalar.getValue();
  }

  /** Tags and categories: a list of words, or one string of words separated by spaces. */
  private List<String> words(String key, Node node, int firstLine) {
    List<String> words = new ArrayList<>();
    if (node instanceof SequenceNode list) {
      for (Node item : list.getValue()) {
        words.add(text(key, item, firstLine));
      }
    } else if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
      return words;
    } else {
      for (String word : SPACES.split(text(key, node, firstLine).strip())) {
        if (!word.isEmpty()) {
          words.add(word);
        }
      }
    }
    return words;
  }

  /**
   * A value of a YAML document other than a post's front matter (a site's configuration), with
   * the same rules and limits: strings, numbers, booleans, lists and maps; null when empty.
   */
  static Object plainValue(Node node, int firstLine, Consumer<LinkPostException> warnings) {
    return new FrontMatterReader(warnings).value(node, firstLine);
  }

  /** Any other value: strings, numbers, booleans, lists and maps; null when empty. */
  private Object value(Node node, int firstLine) {
    if (++values > MAX_VALUES) {
      throw new LinkPostException("front matter holds more than " + MAX_VALUES
          + " values once its aliases are expanded").at(null, line(node, firstLine));
    }
    if (node instanceof ScalarNode scalar) {
      if (isBinary(scalar.getTag())) {
        return binary(scalar, firstLine);
      }
      checkTag(scalar, firstLine);
      String text = scalar.getValue();
      Tag tag = scalar.getTag();
      if (tag.equals(Tag.NULL)) {
        return null;
      }
      if (tag.equals(Tag.BOOL)) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.equals("true") || lower.equals("yes") || lower.equals("on") || lower.equals("y");
      }
      if (tag.equals(Tag.INT)) {
        try {
          BigInteger big = new BigInteger(text.replace("_", "").replace("+", ""));
          return big.bitLength() < 64 ? (Object) big.longValue() : big;
        } catch (NumberFormatException e) {
          return text; // octal, hexadecimal, sexagesimal: kept as written
        }
      }
      if (tag.equals(Tag.FLOAT)) {
        // YAML spells infinity and not-a-number .inf and .nan (what SnakeYAML writes for a
        // number too large, like 1e999), which Double.valueOf does not read.
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".inf")) {
          return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (lower.equals(".nan")) {
          return Double.NaN;
        }
        try {
          return Double.valueOf(text.replace("_", ""));
        } catch (NumberFormatException e) {
          return text;
        }
      }
      return text;
    }
    if (node instanceof SequenceNode list) {
      checkCollectionTag(node, Tag.SEQ, firstLine);
      List<Object> values = new ArrayList<>();
      for (Node item : list.getValue()) {
        Object value = value(item, firstLine);
        values.add(value == null ? "" : value);
      }
      return values;
    }
    MappingNode map = (MappingNode) node;
    checkCollectionTag(node, Tag.MAP, firstLine);
    Map<String, Object> values = new LinkedHashMap<>();
    for (NodeTuple tuple : map.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        throw new LinkPostException("front matter keys must be text")
            .at(null, line(tuple.getKeyNode(), firstLine));
      }
      Object value = value(tuple.getValueNode(), firstLine);
      if (values.put(key.getValue(), value == null ? "" : value) != null) {
        twice(key.getValue(), key, firstLine);
      }
    }
    return values;
  }

  private static boolean isBinary(Tag tag) {
    return tag.equals(Tag.BINARY) || tag.getValue().equals("!binary");
  }

  private static String binary(ScalarNode scalar, int firstLine) {
    try {
      byte[] bytes = Base64.getMimeDecoder().decode(scalar.getValue());
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (IllegalArgumentException | CharacterCodingException e) {
      throw new LinkPostException("a !binary value must be base64 of UTF-8 text")
          .at(null, line(scalar, firstLine));
    }
  }

  /** Only the standard scalar tags of YAML are taken; an explicit other tag is refused. */
  private static void checkTag(ScalarNode scalar, int firstLine) {
    Tag tag = scalar.getTag();
    if (tag.equals(Tag.STR) || tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)
        || tag.equals(Tag.BOOL) || tag.equals(Tag.NULL) || tag.equals(Tag.TIMESTAMP)) {
      return;
    }
    throw refusedTag(tag, scalar, firstLine);
  }

  private static void checkCollectionTag(Node node, Tag expected, int firstLine) {
    if (!node.getTag().equals(expected)) {
      throw refusedTag(node.getTag(), node, firstLine);
    }
  }

  private static LinkPostException refusedTag(Tag tag, Node node, int firstLine) {
    return new LinkPostException("front matter tag " + tag.getValue() + " is not allowed")
        .at(null, line(node, firstLine));
  }

  private static boolean plain(Node node) {
    return node instanceof ScalarNode scalar
        && scalar.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN;
  }

  /**
   * Jekyll's date forms: {@code 2025-10-13}, {@code 2025-10-13 11:59:00 -0700}, ISO-8601. A time
   * without an offset is in the zone, but for an unquoted one with seconds: Jekyll's YAML reads
   * that as a timestamp, which YAML puts in UTC.
   */
  static OffsetDateTime date(String text, ZoneId zone, boolean plain, int line) {
    Matcher m = JEKYLL_TIME.matcher(text.strip());
    if (!m.matches()) {
      throw new LinkPostException("date is not a date: \"" + text + "\"").at(null, line);
    }
    try {
      LocalDate day = LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      LocalDateTime time = m.group(4) == null ? day.atStartOfDay() : day.atTime(
          Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
          m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      String offset = m.group(7);
      if (offset == null) {
        return plain && m.group(6) != null
            ? time.atOffset(ZoneOffset.UTC) : time.atZone(zone).toOffsetDateTime();
      }
      if (offset.equalsIgnoreCase("Z")) {
        return time.atOffset(ZoneOffset.UTC);
      }
      String digits = offset.replace(":", "");
      ZoneOffset zoneOffset = digits.length() <= 3
          ? ZoneOffset.ofHours(Integer.parseInt(digits))
          : ZoneOffset.of(digits.substring(0, 3) + ":" + digits.substring(3));
      return time.atOffset(zoneOffset);
    } catch (java.time.DateTimeException | NumberFormatException e) {
      throw new LinkPostException("date is not a date: \"" + text + "\"").at(null, line);
    }
  }


  private static int line(Node node, int firstLine) {
    return firstLine + node.getStartMark().getLine();
  }

  private static String firstLineOf(String message) {
    if (message == null) {
      return "unreadable";
    }
    int end = message.indexOf('\n');
    return (end < 0 ? message : message.substring(0, end)).strip();
  }

  /**
   * Composes the YAML into nodes, never objects. The resolver and the options are built once:
   * neither changes while a document is composed, so threads share them; building them (the
   * resolver's patterns above all) for every post cost more than composing a post's front matter.
   */
  static Node compose(String yamlText) {
    Node simple = SimpleFrontMatter.compose(yamlText);
    if (simple != null) {
      return simple;
    }
    return composeYaml(yamlText);
  }

  /** Composes the YAML with SnakeYAML alone. */
  static Node composeYaml(String yamlText) {
    return new Composer(new ParserImpl(new StreamReader(yamlText), OPTIONS), RESOLVER, OPTIONS)
        .getSingleNode();
  }

  private static final Resolver RESOLVER = new Resolver();
  private static final LoaderOptions OPTIONS = options();

  private static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(50);
    options.setNestingDepthLimit(50);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowDuplicateKeys(true); // the last is taken, as Psych does
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    return options;
  }
}
