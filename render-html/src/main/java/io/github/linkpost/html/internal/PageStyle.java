package io.github.linkpost.html.internal;

/**
 * The built-in stylesheet of a rendered page: one column of readable width and type, the
 * quotes set off as quotes, long words and code kept inside the column, and colours for a dark
 * system too. It styles the elements and microformats classes the renderer writes, nothing else.
 */
public final class PageStyle {
  /** The stylesheet, inlined in a page's {@code <style>}. */
  public static final String CSS = """
      :root {
        color-scheme: light dark;
        --text: #1d1f21; --muted: #5b6168; --page: #fdfcf9; --rule: #d5d0c4;
        --link: #1a56b8; --visited: #6a3fa0; --quote: #f3efe6; --code: #f0ede6;
      }
      @media (prefers-color-scheme: dark) {
        :root {
          --text: #e3e1dc; --muted: #a3a8ae; --page: #16181b; --rule: #3f4349;
          --link: #8cb4ff; --visited: #c5a3ff; --quote: #202328; --code: #24282e;
        }
      }
      html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
      body {
        margin: 0; background: var(--page); color: var(--text);
        font-family: Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif;
        font-size: 1.125rem; line-height: 1.6;
      }
      article {
        box-sizing: border-box; max-width: 40rem; margin: 0 auto; padding: 2.5rem 1.25rem 4rem;
        overflow-wrap: break-word;
      }
      h1, h2, h3, h4, h5, h6 {
        font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif;
        line-height: 1.25; margin: 2rem 0 .75rem;
      }
      h1 { font-size: 1.9rem; margin-top: 0; overflow-wrap: anywhere; }
      h2 { font-size: 1.45rem; }
      h3 { font-size: 1.15rem; }
      h1 + p { color: var(--muted); font-size: .95rem; margin-top: 0; }
      p, ul, ol, dl, table, pre { margin: 0 0 1rem; }
      a { color: var(--link); text-decoration-thickness: .06em; text-underline-offset: .15em; }
      a:visited { color: var(--visited); }
      a { overflow-wrap: anywhere; }
      blockquote {
        margin: 0 0 1rem; padding: .8rem 1.2rem; background: var(--quote);
        border-left: .25rem solid var(--rule); border-radius: 0 .3rem .3rem 0;
      }
      blockquote > :last-child { margin-bottom: 0; }
      blockquote blockquote { background: transparent; padding: 0 0 0 1rem; }
      .h-cite > ul { padding-left: 1.25rem; color: var(--muted); font-size: .95rem; }
      .h-cite > ul a { font-size: 1.125rem; }
      code, kbd, samp, pre {
        font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
        font-size: .88em;
      }
      code { background: var(--code); padding: .1em .3em; border-radius: .2em; overflow-wrap: anywhere; }
      pre { background: var(--code); padding: .8rem 1rem; overflow-x: auto; border-radius: .3rem; }
      pre code { background: none; padding: 0; overflow-wrap: normal; }
      img, video, svg { max-width: 100%; height: auto; }
      table { border-collapse: collapse; display: block; max-width: 100%; overflow-x: auto; }
      th, td { border: 1px solid var(--rule); padding: .3rem .6rem; text-align: left; }
      hr { border: 0; border-top: 1px solid var(--rule); margin: 2rem 0; }
      """;

  private PageStyle() {}
}
