/**
 * Jekyll Markdown for link posts: {@link io.github.linkpost.markdown.JekyllMarkdownRenderer}
 * writes post files in the reference format, {@link io.github.linkpost.markdown.PostFiles}
 * names and writes them safely.
 */
module io.github.linkpost.markdown {
  requires transitive io.github.linkpost.core;
  requires org.yaml.snakeyaml;
  requires org.commonmark;
  requires io.github.linkpost.commonmark;

  exports io.github.linkpost.markdown;

  provides io.github.linkpost.PostRenderer with
      io.github.linkpost.markdown.internal.MarkdownRendererService;
}
