package io.github.linkpost.kramdown.differential;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Generated kramdown documents: a grammar of every block and span construct of kramdown with its
 * GFM parser ({@link BlockGrammar}, {@link SpanGrammar}), each weighted so that every construct
 * appears in a good share of documents, nested in one another, with hostile text everywhere
 * and, in some documents, CRLF or CR line ends, no final line end, or leading blank lines.
 *
 * <p>The documents do not shrink (a grammar's choices do not shrink into smaller documents of
 * the same grammar); a differing document is made small by {@link Minimiser} instead.
 */
final class KramdownDocuments {
  private KramdownDocuments() {}

  static Arbitrary<GeneratedDocument> documents() {
    return Arbitraries.randomValue(KramdownDocuments::document);
  }

  static GeneratedDocument document(Random random) {
    Draw d = new Draw(random);
    BlockGrammar blocks = new BlockGrammar(d);
    String text = blocks.blocks(d.few(1, 6));
    if (d.chance(0.06)) {
      text = d.pick("\n", "\n\n", "   \n") + text;
    }
    int endings = d.between(0, 99);
    if (endings < 8) {
      d.uses("CRLF");
      text = text.replace("\n", "\r\n");
    } else if (endings < 11) {
      d.uses("CR");
      text = text.replace("\n", "\r");
    } else if (endings < 14) {
      d.uses("mixed line ends");
      StringBuilder mixed = new StringBuilder();
      for (char c : text.toCharArray()) {
        mixed.append(c == '\n' ? d.pick("\n", "\r\n", "\r") : String.valueOf(c));
      }
      text = mixed.toString();
    }
    if (d.chance(0.1)) {
      d.uses("no final line end");
      text = text.replaceFirst("(\r\n|\r|\n)\\z", "");
    }
    return new GeneratedDocument(text, d.constructs());
  }
}
