package io.github.linkpost.markdown.internal;

import io.github.linkpost.LinkPost;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * as the reference post has it), then {@code date}, {@code tags}, {@code categories},
 * {@code permalink} and the further keys. The text between the {@code ---} lines is YAML that
 * SnakeYAML and Ruby's Psych both load back to the same values.
 */
public final class FrontMatter {
  /** Jekyll's own date format. */
  public static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx", Locale.ROOT);

  private final Yaml yaml;

  public FrontMatter() {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setAllowUnicode(true);
    options.setSplitLines(false);
    options.setWidth(Integer.MAX_VALUE / 2);
    options.setNonPrintableStyle(DumperOptions.NonPrintableStyle.ESCAPE);
    options.setLineBreak(DumperOptions.LineBreak.UNIX);
    options.setIndent(2);
    this.yaml = new Yaml(new Representer(options) {
      @Override
      protected Node representScalar(Tag tag, String value, DumperOptions.ScalarStyle style) {
        // Ruby's Psych, which Jekyll reads front matter with, loads a plain scalar that starts
        // with a colon (":x") as a Ruby symbol, which Jekyll refuses: the whole front matter is
        // then lost. Quoted, it is the string in both.
        boolean symbol = Tag.STR.equals(tag) && style == DumperOptions.ScalarStyle.PLAIN
            && value.length() > 1 && value.charAt(0) == ':';
        return super.representScalar(tag, value,
            symbol ? DumperOptions.ScalarStyle.SINGLE_QUOTED : style);
      }
    }, options);
  }

  /** The front matter, {@code ---} lines included. */
  public String write(LinkPost post) {
    List<NodeTuple> tuples = new ArrayList<>();
    tuples.add(tuple("layout", yaml.represent(post.layout())));
    tuples.add(tuple("title",
        new ScalarNode(Tag.STR, post.title(), null, null, DumperOptions.ScalarStyle.DOUBLE_QUOTED)));
    post.date().ifPresent(d -> tuples.add(tuple("date", date(d))));
    if (!post.tags().isEmpty()) {
      tuples.add(tuple("tags", yaml.represent(post.tags())));
    }
    if (!post.categories().isEmpty()) {
      tuples.add(tuple("categories", yaml.represent(post.categories())));
    }
    post.permalink().ifPresent(p -> tuples.add(tuple("permalink", yaml.represent(p))));
    for (Map.Entry<String, Object> e : post.extraFrontMatter().entrySet()) {
      tuples.add(tuple(e.getKey(), yaml.represent(e.getValue())));
    }
    MappingNode root = new MappingNode(Tag.MAP, tuples, DumperOptions.FlowStyle.BLOCK);
    StringWriter out = new StringWriter(256);
    out.write("---\n");
    yaml.serialize(root, out);
    out.write("---\n");
    return out.toString();
  }

  /**
   * What a front-matter spelling stands for: the values the front matter was read as. A
   * spelling is written back only while the post still has these values.
   */
  public static List<Object> values(LinkPost post) {
    return Arrays.asList(
        post.layout(), post.title(), post.date(), post.tags(), post.categories(),
        post.permalink(), post.extraFrontMatter());
  }

  private static Node date(OffsetDateTime date) {
    // Plain, as Jekyll writes it; it resolves as a string in SnakeYAML and as a time in Psych.
    return new ScalarNode(Tag.STR, DATE.format(date), null, null, DumperOptions.ScalarStyle.PLAIN);
  }

  private NodeTuple tuple(String key, Node value) {
    return new NodeTuple(yaml.represent(key), value);
  }
}
