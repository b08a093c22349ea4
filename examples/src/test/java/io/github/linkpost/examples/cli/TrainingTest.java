package io.github.linkpost.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingTest {
  @Test
  void everyStepEndsAsExpectedAndTheFolderIsRemoved(@TempDir Path parent) throws IOException {
    assertThat(Training.run(Training.STEPS, parent)).isEmpty();
    try (Stream<Path> left = Files.list(parent)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void everyCommandIsTrained() {
    List<String> trained = Training.STEPS.stream().map(s -> s.args().get(0)).toList();
    for (Command command : LinkpostCommand.COMMANDS) {
      assertThat(trained).as("a training step for " + command.name()).contains(command.name());
    }
    assertThat(trained).contains("help", "--help", "--version");
  }

  @Test
  void aStepThatEndsOtherwiseIsSaid() throws IOException {
    // The broken posts cannot all be read: check ends with 1.
    assertThat(Training.run(List.of(Training.Step.of(0, "check", "{broken}"))))
        .containsExactly("step [check, {broken}] ended with 1, not 0");
  }

  @Test
  void placeholdersNameTheRunsFolders() {
    assertThat(Training.Step.of(0, "render", "{posts}", "--out", "{work}/html", "{broken}")
        .in(Path.of("/w"))).containsExactly("render", "/w/_posts", "--out", "/w/html", "/w/broken");
  }
}
