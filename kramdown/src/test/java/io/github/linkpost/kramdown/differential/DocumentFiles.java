package io.github.linkpost.kramdown.differential;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Markdown files compared in batches: read as UTF-8 (a file that is not is noted and left
 * out, as Jekyll would stop on it), the front matter removed as Jekyll removes it when asked,
 * each batch sent to the oracle in one round trip.
 */
final class DocumentFiles {
  private static final int BATCH = 200;

  private DocumentFiles() {}

  static void compare(Differential differential, Path root, List<Path> files,
      boolean stripFrontMatter, Report report, Consumer<Comparison> each) throws IOException {
    List<String> names = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    for (Path file : files) {
      String text;
      try {
        text = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
      } catch (CharacterCodingException e) {
        report.note("not UTF-8, left out: " + root.relativize(file));
        continue;
      }
      names.add(root.relativize(file).toString());
      bodies.add(stripFrontMatter ? JekyllFrontMatter.body(text) : text);
      if (names.size() == BATCH) {
        flush(differential, names, bodies, report, each);
      }
    }
    flush(differential, names, bodies, report, each);
  }

  private static void flush(Differential differential, List<String> names, List<String> bodies,
      Report report, Consumer<Comparison> each) {
    if (names.isEmpty()) {
      return;
    }
    for (Comparison c : differential.compare(names, bodies)) {
      report.add(c);
      each.accept(c);
    }
    names.clear();
    bodies.clear();
  }
}
