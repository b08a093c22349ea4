/**
 * What the linkpost renderers add to commonmark-java; for their use only.
 */
@SuppressWarnings("module") // the renderer modules are compiled after this one
module io.github.linkpost.commonmark {
  requires transitive org.commonmark;
  requires transitive io.github.linkpost.core;

  exports io.github.linkpost.commonmark to io.github.linkpost.markdown, io.github.linkpost.html;
}
