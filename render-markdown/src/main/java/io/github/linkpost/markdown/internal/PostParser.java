package io.github.linkpost.markdown.internal;

import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.Spelling;
import io.github.linkpost.Verbatim;
import io.github.linkpost.markdown.JekyllMarkdownRenderer;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Splits a post into front matter and body. The body is kept whole, as one verbatim part.
 */
public final class PostParser {
  private PostParser() {}

  public static LinkPost parse(String text, ZoneId zone) {
    String rest = text.startsWith("\uFEFF") ? text.substring(1) : text;
    int bom = text.length() - rest.length();
    if (!rest.startsWith("---")) {
      throw new LinkPostException("has no front matter: the first line must be ---").at(null, 1);
    }
    int firstEnd = rest.indexOf('\n');
    if (firstEnd < 0 || !rest.substring(0, firstEnd).strip().equals("---")) {
      throw new LinkPostException("has no front matter: the first line must be ---").at(null, 1);
    }
    int start = firstEnd + 1;
    int close = -1;
    int closeEnd = -1;
    for (int i = start; i < rest.length(); ) {
      int end = rest.indexOf('\n', i);
      int lineEnd = end < 0 ? rest.length() : end;
      String line = rest.substring(i, lineEnd);
      if (line.strip().equals("---")) {
        close = i;
        closeEnd = end < 0 ? rest.length() : end + 1;
        break;
      }
      if (end < 0) {
        break;
      }
      i = end + 1;
    }
    if (close < 0) {
      throw new LinkPostException("has no closing --- after the front matter").at(null, 1);
    }
    String yamlText = rest.substring(start, close);
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(20);
    options.setNestingDepthLimit(20);
    options.setCodePointLimit(1_000_000);
    Object loaded = new Yaml(new SafeConstructor(options)).load(yamlText);
    Map<?, ?> map = loaded instanceof Map<?, ?> m ? m : Map.of();
    LinkPost.Builder post = LinkPost.builder();
    Object title = map.get("title");
    post.title(title instanceof String s && !s.isBlank() ? s : "untitled");
    if (map.get("layout") instanceof String layout) {
      post.layout(layout);
    }
    String body = rest.substring(closeEnd);
    if (!body.isBlank()) {
      Verbatim verbatim = Verbatim.of(body);
      post.addBody(verbatim.withSpelling(
          Spelling.of(JekyllMarkdownRenderer.FORMAT, body, verbatim)));
    }
    LinkPost built = post.build();
    String front = text.substring(0, bom + closeEnd);
    if (!body.isEmpty() && body.isBlank()) {
      front = text;
    }
    return built.withSpelling(Spelling.of(JekyllMarkdownRenderer.FORMAT, front,
        List.copyOf(FrontMatter.values(built))));
  }
}
