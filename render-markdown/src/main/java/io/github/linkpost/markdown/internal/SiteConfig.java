package io.github.linkpost.markdown.internal;

import io.github.linkpost.LinkPostException;
import io.github.linkpost.PostStyle;
import io.github.linkpost.Site;
import java.net.URI;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a site's {@code _config.yml} into a {@link Site}, with SnakeYAML composing nodes only
 * (the front matter's limits and tag rules). Keys of Jekyll's that do not matter to link posts
 * are passed over; a value that is wrong is refused with the file, line, key and value, and so
 * is a key of the {@code linkpost:} section that does not exist.
 */
public final class SiteConfig {
  private static final Set<String> LINKPOST_KEYS = Set.of("style", "link_key", "labels");
  /** The labels' keys, and the style's setters they stand for. */
  private static final Map<String, BiConsumer<PostStyle.Builder, String>> LABELS = labels();
  private static final Map<String, String> LABEL_FIELDS = Map.of(
      "discovered", "PostStyle.discovered", "remarks_arrow", "PostStyle.remarksArrow",
      "quote_heading", "PostStyle.quoteHeading", "read_whole_thing", "PostStyle.readWholeThing",
      "by", "PostStyle.by", "published", "PostStyle.published", "elision", "PostStyle.elision");

  private final Path file;

  private SiteConfig(Path file) {
    this.file = file;
  }

  private static Map<String, BiConsumer<PostStyle.Builder, String>> labels() {
    Map<String, BiConsumer<PostStyle.Builder, String>> labels = new LinkedHashMap<>();
    labels.put("discovered", PostStyle.Builder::discovered);
    labels.put("remarks_arrow", PostStyle.Builder::remarksArrow);
    labels.put("quote_heading", PostStyle.Builder::quoteHeading);
    labels.put("read_whole_thing", PostStyle.Builder::readWholeThing);
    labels.put("by", PostStyle.Builder::by);
    labels.put("published", PostStyle.Builder::published);
    labels.put("elision", PostStyle.Builder::elision);
    return labels;
  }

  /**
   * The site a configuration's text says.
   *
   * @param yaml the text of {@code _config.yml}
   * @param file the file, for messages
   */
  public static Site parse(String yaml, Path file) {
    try {
      return new SiteConfig(file).read(yaml);
    } catch (LinkPostException e) {
      throw e.file().isPresent() ? e : e.at(file, e.line().orElse(0));
    }
  }

  private Site read(String yaml) {
    Node root;
    try {
      root = FrontMatterReader.compose(yaml);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      throw new LinkPostException("is not valid YAML: " + firstLine(e.getProblem()))
          .at(file, mark == null ? 0 : mark.getLine() + 1);
    } catch (YAMLException e) {
      throw new LinkPostException("is refused: " + firstLine(e.getMessage())).at(file, 0);
    }
    Site.Builder site = Site.builder();
    if (root == null) {
      return site.build();
    }
    if (!(root instanceof MappingNode map)) {
      throw new LinkPostException("must be a map of keys and values").at(file, line(root));
    }
    Map<String, NodeTuple> keys = keys(map, "");
    ZoneId zone = null;
    NodeTuple timezone = keys.get("timezone");
    if (timezone != null && !isNull(timezone)) {
      String id = text("timezone", timezone);
      try {
        zone = ZoneId.of(id);
      } catch (DateTimeException e) {
        throw refused("timezone", "must be a time zone such as America/Vancouver", id, timezone);
      }
      site.timezone(zone);
    }
    NodeTuple ext = keys.get("markdown_ext");
    if (ext != null && !isNull(ext)) {
      List<String> extensions = new ArrayList<>();
      String list = text("markdown_ext", ext);
      for (String e : list.split(",")) {
        // As Jekyll compares them: lower case, the text between commas as it is.
        if (!e.isEmpty()) {
          extensions.add(e.toLowerCase(Locale.ROOT));
        }
      }
      if (extensions.isEmpty()) {
        throw refused("markdown_ext", "must list extensions such as markdown,md", list, ext);
      }
      site.markdownExtensions(extensions);
    }
    NodeTuple kramdown = keys.get("kramdown");
    if (kramdown != null && !isNull(kramdown)) {
      Object options = FrontMatterReader.plainValue(kramdown.getValueNode(), 1, null);
      if (!(options instanceof Map<?, ?> m)) {
        throw refused("kramdown", "must be a map of options", describe(kramdown), kramdown);
      }
      Map<String, Object> copy = new LinkedHashMap<>();
      m.forEach((k, v) -> copy.put((String) k, v));
      site.kramdown(copy);
    }
    optionalText(keys, "permalink").ifPresent(site::permalink);
    optionalText(keys, "url").filter(u -> !u.isBlank()).ifPresent(u -> {
      try {
        site.url(u);
      } catch (LinkPostException e) {
        throw refused("url", "must be an absolute http or https URL", u, keys.get("url"));
      }
    });
    optionalText(keys, "baseurl").ifPresent(site::baseurl);
    optionalText(keys, "title").ifPresent(site::title);
    NodeTuple author = keys.get("author");
    if (author != null && !isNull(author)) {
      site.author(author(author));
    }
    NodeTuple linkpost = keys.get("linkpost");
    if (linkpost != null && !isNull(linkpost)) {
      site.style(style(linkpost, zone));
    }
    try {
      return site.build();
    } catch (LinkPostException e) {
      throw new LinkPostException(e.reason()).at(file, 1);
    }
  }

  private PostStyle style(NodeTuple section, ZoneId zone) {
    if (!(section.getValueNode() instanceof MappingNode map)) {
      throw refused("linkpost", "must be a map (style, link_key, labels)", describe(section), section);
    }
    Map<String, NodeTuple> keys = keys(map, "linkpost.");
    for (Map.Entry<String, NodeTuple> key : keys.entrySet()) {
      if (!LINKPOST_KEYS.contains(key.getKey())) {
        throw refused("linkpost." + key.getKey(), "is not a key of linkpost (style, link_key, labels)",
            key.getKey(), key.getValue());
      }
    }
    PostStyle preset = PostStyle.reference();
    NodeTuple style = keys.get("style");
    if (style != null) {
      String name = text("linkpost.style", style);
      try {
        preset = PostStyle.preset(name);
      } catch (LinkPostException e) {
        throw refused("linkpost.style", "must be reference or front-matter", name, style);
      }
    }
    PostStyle.Builder builder = preset.toBuilder();
    if (zone != null) {
      builder.zone(zone);
    }
    NodeTuple linkKey = keys.get("link_key");
    if (linkKey != null) {
      String key = text("linkpost.link_key", linkKey);
      List<String> linkKeys = new ArrayList<>(List.of(key));
      preset.linkKeys().stream().filter(k -> !k.equals(key)).forEach(linkKeys::add);
      builder.linkKeys(linkKeys);
      checked(builder, "linkpost.link_key", "PostStyle.linkKeys", key, linkKey);
    }
    NodeTuple labels = keys.get("labels");
    if (labels != null && !isNull(labels)) {
      if (!(labels.getValueNode() instanceof MappingNode labelMap)) {
        throw refused("linkpost.labels", "must be a map of labels", describe(labels), labels);
      }
      for (Map.Entry<String, NodeTuple> label : keys(labelMap, "linkpost.labels.").entrySet()) {
        String key = "linkpost.labels." + label.getKey();
        BiConsumer<PostStyle.Builder, String> setter = LABELS.get(label.getKey());
        if (setter == null) {
          throw refused(key, "is not a label (" + String.join(", ", LABELS.keySet()) + ")",
              label.getKey(), label.getValue());
        }
        String value = text(key, label.getValue());
        setter.accept(builder, value);
        checked(builder, key, LABEL_FIELDS.get(label.getKey()), value, label.getValue());
      }
    }
    return builder.build();
  }

  /** Builds the style so far, to refuse a value at its own line, the message naming its key. */
  private void checked(PostStyle.Builder builder, String key, String field, String value,
      NodeTuple at) {
    try {
      builder.build();
    } catch (LinkPostException e) {
      String reason = e.reason();
      if (reason.startsWith(field + " ")) {
        throw new LinkPostException(key + reason.substring(field.length())).at(file, line(at));
      }
      throw new LinkPostException(key + ": " + reason).at(file, line(at));
    }
  }

  private Site.Author author(NodeTuple author) {
    if (author.getValueNode() instanceof ScalarNode) {
      String name = text("author", author);
      try {
        return Site.Author.of(name);
      } catch (LinkPostException e) {
        throw refused("author", "must be a name on one line", name, author);
      }
    }
    if (!(author.getValueNode() instanceof MappingNode map)) {
      throw refused("author", "must be a name, or a map with name, email and uri", describe(author),
          author);
    }
    Map<String, NodeTuple> keys = keys(map, "author.");
    Optional<String> name = optionalText(keys, "name");
    if (name.isEmpty()) {
      throw refused("author.name", "must be given", "nothing", author);
    }
    Optional<String> email = optionalText(keys, "email");
    Optional<String> uri = optionalText(keys, "uri").or(() -> optionalText(keys, "url"));
    Optional<URI> page = uri.flatMap(Inlines::webUrl);
    if (uri.isPresent() && page.isEmpty()) {
      throw refused("author.uri", "must be an absolute http or https URL", uri.get(),
          keys.getOrDefault("uri", keys.get("url")));
    }
    try {
      return Site.Author.of(name.get(), email, page);
    } catch (LinkPostException e) {
      throw new LinkPostException("author: " + e.reason()).at(file, line(author));
    }
  }

  /** A map's keys (the last of a key given twice, as Jekyll takes it). */
  private Map<String, NodeTuple> keys(MappingNode map, String prefix) {
    Map<String, NodeTuple> keys = new LinkedHashMap<>();
    for (NodeTuple tuple : map.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        throw new LinkPostException(prefix + "keys must be text").at(file, line(tuple.getKeyNode()));
      }
      keys.put(key.getValue(), tuple);
    }
    return keys;
  }

  private Optional<String> optionalText(Map<String, NodeTuple> keys, String key) {
    NodeTuple tuple = keys.get(key);
    return tuple == null || isNull(tuple) ? Optional.empty() : Optional.of(text(key, tuple));
  }

  private String text(String key, NodeTuple tuple) {
    Node value = tuple.getValueNode();
    if (!(value instanceof ScalarNode scalar) || isNull(tuple)) {
      throw refused(key, "must be text", describe(tuple), tuple);
    }
    Object plain = FrontMatterReader.plainValue(scalar, 1, null);
    return plain instanceof String text ? text : scalar.getValue();
  }

  private static boolean isNull(NodeTuple tuple) {
    return tuple.getValueNode() instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
  }

  private static String describe(NodeTuple tuple) {
    Node value = tuple.getValueNode();
    if (value instanceof ScalarNode scalar) {
      return scalar.getTag().equals(Tag.NULL) ? "empty" : scalar.getValue();
    }
    return value instanceof MappingNode ? "a map" : "a list";
  }

  private LinkPostException refused(String key, String rule, String value, NodeTuple at) {
    return LinkPostException.invalid(key, rule, value).at(file, at == null ? 0 : line(at));
  }

  private static int line(NodeTuple tuple) {
    return tuple.getKeyNode().getStartMark().getLine() + 1;
  }

  private static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int end = message.indexOf('\n');
    return (end < 0 ? message : message.substring(0, end)).strip();
  }
}
