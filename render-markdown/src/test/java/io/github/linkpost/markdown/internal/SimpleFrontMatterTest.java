package io.github.linkpost.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The front matter read without SnakeYAML's parser gives the nodes SnakeYAML composes (tags,
 * values, styles, lines), and anything it does not read is left to SnakeYAML.
 */
class SimpleFrontMatterTest {
  @Provide
  Arbitrary<String> frontMatters() {
    Arbitrary<String> key = Arbitraries.of("layout", "title", "date", "created", "tags", "a-b",
        "x1", "_k", "null", "true", "1", "-k", "k k", "k#", "on");
    Arbitrary<String> value = Arbitraries.of("post", "\"a title\"", "\"\"", "\"a \\\" b\"",
        "\"it's: #1 [x] {y} *z* | &a !b %c @d `e`\"", "1079596009", "2025-04-18 16:42:00 -0700",
        "2004-03-18", "12:30", "1.5", "1e3", "0x1F", "0o17", "yes", "No", "~", "null", "true",
        "a b  c", "http://example.org/a", "a: b", "a #b", "a ", " a", "-a", "'single'",
        "\"tab\there\"", "\"nel\u0085x\"", "\"ls\u2028x\"", "\"bom\uFEFFx\"", "\"emoji \uD83D\uDE00\"",
        "\"lone \uD83D\"", "\"ctl\u0001\"", "\"rtl \u05E9\u05DC\u05D5\u05DD\"", "\"nbsp\u00A0\"",
        "[a, b]", "{a: b}", "|", ">", "\"open", "&anchor x", "*alias", "!!str x", "post # note",
        "a:b", "a/b+c_d.e", "post  ", "a, b (c)? d=e; 50% $1 'q'", "caf\u00E9 \u00FC", "a\u2028b",
        "\"a\n  b\"", "\"a  \n   b  \n c\"", "\"\n  b\"", "\"a\nb\"", "\"a\n\n  b\"", "\"a\n  b\n\"",
        "\"a\r\n  b\"", "\"a\n \t b\"", "\"a\n  ---\"", "\"a\n  b\" c", "\"a\n  b \\\"\"");
    Arbitrary<String> sep = Arbitraries.of(": ", ":  ", ":", ": \t");
    Arbitrary<String> eol = Arbitraries.of("\n", "\r\n", "\r", "\n\n", "\n  continued\n", "\n# c\n", "\n  \n",
        "\n\t\n");
    return Arbitraries.strings().ofLength(0).flatMap(none -> key.list().ofMinSize(1).ofMaxSize(4)
        .flatMap(keys -> value.list().ofSize(keys.size()).flatMap(values -> sep.list()
            .ofSize(keys.size()).flatMap(seps -> eol.list().ofSize(keys.size()).map(eols -> {
              StringBuilder text = new StringBuilder();
              for (int i = 0; i < keys.size(); i++) {
                text.append(keys.get(i)).append(seps.get(i)).append(values.get(i));
                if (i + 1 < keys.size()) {
                  text.append(eols.get(i));
                }
              }
              return text.toString();
            })))));
  }

  @Property(tries = 3000)
  void simpleFrontMatterIsWhatSnakeYamlComposes(@ForAll("frontMatters") String yaml) {
    MappingNode simple = SimpleFrontMatter.compose(yaml);
    if (simple == null) {
      return;
    }
    Node composed;
    try {
      composed = FrontMatterReader.composeYaml(yaml);
    } catch (YAMLException e) {
      throw new AssertionError("read simply, refused by SnakeYAML: " + yaml, e);
    }
    assertThat(describe(simple)).as(yaml).isEqualTo(describe(composed));
  }

  @Example
  void theCommonShapesAreReadSimply() {
    assertThat(SimpleFrontMatter.compose("layout: post\ntitle: \"A: b # c\"\ncreated: 1079596009")).isNotNull();
    assertThat(SimpleFrontMatter.compose("layout: post\r\ntitle: \"T\"\r\ndate: 2025-04-18 16:42:00 -0700")).isNotNull();
    assertThat(((ScalarNode) SimpleFrontMatter.compose("layout: post\n\ntitle: \" A long title,  \n  folded\"")
        .getValue().get(1).getValueNode()).getValue()).isEqualTo(" A long title, folded");
  }

  @Example
  void whatItDoesNotReadIsLeftToSnakeYaml() {
    for (String yaml : List.of("", "title: \"a\\nb\"", "tags:\n- a", "title: x # c",
        "title: 'x'", "title: \"a\n\n  b\"", "title: \"a\u0085b\"",
        "title: \"\uD83D\"")) {
      assertThat(SimpleFrontMatter.compose(yaml)).as(yaml).isNull();
    }
  }

  private static List<String> describe(Node node) {
    List<String> out = new ArrayList<>();
    MappingNode map = (MappingNode) node;
    out.add(map.getTag().getValue());
    for (NodeTuple tuple : map.getValue()) {
      for (Node n : List.of(tuple.getKeyNode(), tuple.getValueNode())) {
        ScalarNode s = (ScalarNode) n;
        out.add(s.getTag().getValue() + " " + s.getScalarStyle() + " line "
            + s.getStartMark().getLine() + " [" + s.getValue() + "]");
      }
    }
    return out;
  }
}
