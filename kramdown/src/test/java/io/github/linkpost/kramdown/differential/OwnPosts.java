package io.github.linkpost.kramdown.differential;

import java.util.List;

/**
 * Post files of our own (front matter and body) with the shapes whose HTML is easiest to get
 * wrong between kramdown and a build: highlighted code, raw HTML across blank lines, CRLF
 * lines, a byte order mark, footnotes, a table of contents, maths, attribute lists.
 */
final class OwnPosts {
  private OwnPosts() {}

  static final List<String> ALL = List.of(
      """
      ---
      title: "Quotes: it's 'fine'"
      ---
      It's "quoted" -- and 'single'... <<so>> on.

      * [ ] task
      * [x] done
        1. nested *one*
        2. two
      """,
      """
      ---
      title: code
      ---
      ```ruby
      def hello(name) = "Hi #{name}" if 1 < 2 && true
      ```

      ~~~
      plain <b>text</b> & more
      ~~~

          indented code
      lazy line

      Some `inline` and `x = 1`{: .language-ruby} code.
      """,
      "---\r\ntitle: crlf\r\n---\r\nLine one\r\nline two  \r\nthree\r\n\r\n> quote\r\n",
      "\uFEFF---\ntitle: bom\n---\nA body after a byte order mark.\n",
      """
      ---
      title: html
      ...
      <div class="box">
      Raw *text*

      across a blank line
      </div>

      <div markdown="1">
      *inside* markdown
      </div>

      A paragraph with a footnote[^1] and HTML[^note].

      [^1]: The note.
      [^note]: Another, with **bold**.

      *[HTML]: Hyper Text Markup Language
      """,
      """
      ---
      title: toc
      ---
      * TOC
      {:toc}

      # First
      ## Second *em*
      {: .cls #custom}

      | a | b |
      |:--|--:|
      | 1 | 2 |
      |===|===|
      | f | g |

      term
      : definition

      $$
      x^2 < y
      $$

      \uD83D\uDE00 \u05E9\u05DC\u05D5\u05DD cafe\u0301 -- the end""");
}
