package io.github.linkpost.markdown.internal;

import io.github.linkpost.Discovery;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.PostStyle;
import java.net.URI;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes a post's front matter with SnakeYAML: {@code layout} and {@code title} (double-quoted,
 * as the reference post has it), the link's key in the front-matter style, then {@code date},
 * {@code tags}, {@code categories}, {@code permalink} and the further keys. The text between the
 * {@code ---} lines is YAML that SnakeYAML and Ruby's Psych both load back to the same values.
 *
 * <p>SnakeYAML's {@link Representer} keeps the object it is representing in fields of its own,
 * so one is made for each call: shared by threads, it gave one post's values to another.
 */
public final class FrontMatter {
  /** Jekyll's own date format. */
  public static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx", Locale.ROOT);

  private static final DumperOptions OPTIONS = options();
  /** Serializing keeps no state between calls: it makes its serializer and emitter each time. */
  private static final Yaml YAML = new Yaml(new PsychRepresenter(), OPTIONS);

  private FrontMatter() {}

  private static DumperOptions options() {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setAllowUnicode(true);
    options.setSplitLines(false);
    options.setWidth(Integer.MAX_VALUE / 2);
    options.setNonPrintableStyle(DumperOptions.NonPrintableStyle.ESCAPE);
    options.setLineBreak(DumperOptions.LineBreak.UNIX);
    options.setIndent(2);
    return options;
  }

  /**
   * Represents values as SnakeYAML does, but for a plain scalar that starts with a colon
   * ({@code :x}): Ruby's Psych, which Jekyll reads front matter with, loads it as a Ruby symbol,
   * which Jekyll refuses, and the whole front matter is then lost. Quoted, it is the string in
   * both.
   */
  private static final class PsychRepresenter extends Representer {
    PsychRepresenter() {
      super(OPTIONS);
    }

    @Override
    protected Node representScalar(Tag tag, String value, DumperOptions.ScalarStyle style) {
      boolean symbol = Tag.STR.equals(tag) && style == DumperOptions.ScalarStyle.PLAIN
          && value.length() > 1 && value.charAt(0) == ':';
      return super.representScalar(tag, value,
          symbol ? DumperOptions.ScalarStyle.SINGLE_QUOTED : style);
    }
  }

  /** The front matter, {@code ---} lines included, the link in its key in the front-matter style. */
  public static String write(LinkPost post, PostStyle style) {
    Representer yaml = new PsychRepresenter(); // per call: it keeps state while representing
    List<NodeTuple> tuples = new ArrayList<>();
    tuples.add(tuple(yaml, "layout", yaml.represent(post.layout())));
    post.title().ifPresent(title -> tuples.add(tuple(yaml, "title",
        new ScalarNode(Tag.STR, title, null, null, DumperOptions.ScalarStyle.DOUBLE_QUOTED))));
    link(post, style).filter(url -> !post.extraFrontMatter().containsKey(style.linkKey()))
        .ifPresent(url -> tuples.add(tuple(yaml, style.linkKey(), yaml.represent(url.toString()))));
    post.date().ifPresent(d -> tuples.add(tuple(yaml, "date", date(d))));
    if (!post.tags().isEmpty()) {
      tuples.add(tuple(yaml, "tags", yaml.represent(post.tags())));
    }
    if (!post.categories().isEmpty()) {
      tuples.add(tuple(yaml, "categories", yaml.represent(post.categories())));
    }
    post.permalink().ifPresent(p -> tuples.add(tuple(yaml, "permalink", yaml.represent(p))));
    for (Map.Entry<String, Object> e : post.extraFrontMatter().entrySet()) {
      tuples.add(tuple(yaml, e.getKey(), yaml.represent(e.getValue())));
    }
    MappingNode root = new MappingNode(Tag.MAP, tuples, DumperOptions.FlowStyle.BLOCK);
    StringWriter out = new StringWriter(256);
    out.write("---\n");
    YAML.serialize(root, out);
    out.write("---\n");
    return out.toString();
  }

  /**
   * What a front-matter spelling stands for: the values the front matter was read as. A
   * spelling is written back only while the post still has these values.
   */
  public static List<Object> values(LinkPost post, PostStyle style) {
    return Arrays.asList(
        post.layout(), post.title(), post.date(), post.tags(), post.categories(),
        post.permalink(), post.extraFrontMatter(), link(post, style));
  }

  /** The link the front matter holds: the discovered page's, in the front-matter style. */
  static Optional<URI> link(LinkPost post, PostStyle style) {
    if (style.linkPlace() != PostStyle.LinkPlace.FRONT_MATTER) {
      return Optional.empty();
    }
    return post.discovery().flatMap(Discovery::page).map(Link::url);
  }

  private static Node date(OffsetDateTime date) {
    // Plain, as Jekyll writes it; it resolves as a string in SnakeYAML and as a time in Psych.
    return new ScalarNode(Tag.STR, DATE.format(date), null, null, DumperOptions.ScalarStyle.PLAIN);
  }

  private static NodeTuple tuple(Representer yaml, String key, Node value) {
    return new NodeTuple(yaml.represent(key), value);
  }
}
