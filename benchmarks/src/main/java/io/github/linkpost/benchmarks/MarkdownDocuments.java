package io.github.linkpost.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Markdown documents for the engine benchmarks: corpus posts (their bodies, front matter
 * removed with Jekyll's pattern) and construct-heavy documents of our own.
 */
public final class MarkdownDocuments {
  /** Where corpus posts are read from: {@code -Dlinkpost.corpus=DIR}. */
  static final String CORPUS = System.getProperty("linkpost.corpus", "../shared/corpus/posts");
  private static final Pattern FRONT_MATTER =
      Pattern.compile("(?sdm)\\A(---\\s*\\n.*?\\n?)^((---|\\.\\.\\.)\\s*$\\n?)");

  private static final String[] WORDS = ("harbour crane tide chart sailor engine ledger brass "
      + "cargo port freight rope knot deck log wind north it's they're isn't \"quoted\" 'single' "
      + "2–3 ... -- HTML W3C snake_case a_b").split(" ");

  private MarkdownDocuments() {}

  /**
   * The documents of one kind.
   *
   * @param kind {@code corpus} (every 68th post of the corpus, about fifty), {@code prose},
   *     {@code lists}, {@code tables}, {@code code}, {@code quotes} (blockquotes and raw HTML)
   *     or {@code mixed} (every construct of kramdown)
   * @return the documents
   */
  public static List<String> of(String kind) {
    if (kind.equals("corpus")) {
      return corpus();
    }
    Random random = new Random(kind.hashCode());
    List<String> documents = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      documents.add(switch (kind) {
        case "prose" -> prose(random, 8);
        case "lists" -> lists(random);
        case "tables" -> tables(random);
        case "code" -> code(random);
        case "quotes" -> quotes(random);
        case "mixed" -> mixed(random);
        default -> throw new IllegalArgumentException("kind must be corpus, prose, lists, "
            + "tables, code, quotes or mixed: " + kind);
      });
    }
    return documents;
  }

  private static List<String> corpus() {
    Path dir = Path.of(CORPUS);
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("no corpus posts at " + dir.toAbsolutePath()
          + "; give -Dlinkpost.corpus=DIR or leave out -p document=corpus");
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> posts = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
      List<String> bodies = new ArrayList<>();
      for (int i = 0; i < posts.size(); i += 68) {
        String text = Files.readString(posts.get(i));
        var m = FRONT_MATTER.matcher(text);
        bodies.add(m.find() ? text.substring(m.end()) : text);
      }
      return bodies;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String words(Random random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        text.append(' ');
      }
      String word = WORDS[random.nextInt(WORDS.length)];
      switch (random.nextInt(30)) {
        case 0 -> text.append("**").append(word).append("**");
        case 1 -> text.append('*').append(word).append('*');
        case 2 -> text.append('[').append(word).append("](https://example.org/").append(word)
            .append(')');
        case 3 -> text.append('`').append(word).append('`');
        case 4 -> text.append("~~").append(word).append("~~");
        case 5 -> text.append("<em>").append(word).append("</em>");
        default -> text.append(word);
      }
    }
    return text.toString();
  }

  private static String prose(Random random, int paragraphs) {
    StringBuilder text = new StringBuilder("# A heading\n\n");
    for (int p = 0; p < paragraphs; p++) {
      text.append(words(random, 40)).append(".\n").append(words(random, 30)).append(".\n\n");
    }
    return text.toString();
  }

  private static String lists(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      text.append("* ").append(words(random, 8)).append('\n')
          .append("  1. ").append(words(random, 6)).append('\n')
          .append("  2. ").append(words(random, 6)).append("\n\n")
          .append("     continued ").append(words(random, 5)).append('\n')
          .append("* [ ] ").append(words(random, 4)).append('\n');
    }
    return text.append("\nterm\n: ").append(words(random, 10)).append('\n').toString();
  }

  private static String tables(Random random) {
    StringBuilder text = new StringBuilder("| a | b | c |\n|:--|:-:|--:|\n");
    for (int i = 0; i < 20; i++) {
      text.append("| ").append(words(random, 3)).append(" | ").append(words(random, 2))
          .append(" | ").append(i).append(" |\n");
    }
    return text.append("|===\n| f | g | h |\n\nx | y\n--- | ---\n1 | 2\n").toString();
  }

  private static String code(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      text.append(words(random, 12)).append("\n\n```ruby\ndef x(a) = a < 1 && \"b\"\n")
          .append("puts x(").append(i).append(")\n```\n\n    indented <code>\n    more\n\n");
    }
    return text.toString();
  }

  private static String quotes(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      text.append("> ").append(words(random, 20)).append("\n>\n> > ").append(words(random, 10))
          .append("\n\n<div class=\"box\">\n").append(words(random, 8)).append("\n\n</div>\n\n")
          .append("<div markdown=\"1\">\n*").append(words(random, 6)).append("*\n</div>\n\n");
    }
    return text.toString();
  }

  private static String mixed(Random random) {
    return "* TOC\n{:toc}\n\n" + prose(random, 2) + "Setext\n------\n\n" + lists(random)
        + "\n" + tables(random) + "\n" + code(random) + quotes(random)
        + "A footnote[^1] and HTML and $$x^2$$.\n\n[^1]: The note.\n\n*[HTML]: Hyper Text\n\n"
        + "{: .cls #id}\nA paragraph with an attribute list.\n\n***\n\n$$\na < b\n$$\n";
  }
}
