package io.github.linkpost.examples.cli;

import io.github.linkpost.LinkPostException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The post files named on a command line: files as given, folders searched for {@code *.md}. */
final class Inputs {
  private Inputs() {}

  static List<Path> expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> found = Files.walk(path)) {
          found.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
              .sorted().forEach(files::add);
        } catch (IOException e) {
          throw new LinkPostException("cannot list the folder: " + e).at(path, 0);
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }
}
