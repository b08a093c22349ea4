/**
 * Jekyll Markdown for link posts: {@link io.github.linkpost.markdown.JekyllMarkdownRenderer}
 * writes post files in the reference format, {@link io.github.linkpost.markdown.PostFiles}
 * names and writes them safely.
 */
// The HTML renderer's module is built after this one, which is not to be warned about.
@SuppressWarnings("module")
module io.github.linkpost.markdown {
  requires transitive io.github.linkpost.core;
  requires org.yaml.snakeyaml;
  requires org.commonmark;
  requires io.github.linkpost.commonmark;

  exports io.github.linkpost.markdown;
  // The body as written (PostBody) and the escapes, for the HTML shown of what is written.
  exports io.github.linkpost.markdown.internal to io.github.linkpost.html;

  provides io.github.linkpost.PostRenderer with
      io.github.linkpost.markdown.internal.MarkdownRendererService;
}
