package io.github.linkpost.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs {@code bin/linkpost} as a user would, in an environment a test sets up: which JDK
 * {@code JAVA_HOME} names (or none), which one is {@code java} on the PATH, and which JDKs are
 * installed where the launcher looks for them ({@code LINKPOST_JDK_DIRS}).
 */
final class Launcher {
  static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
  static final Path SCRIPT = ROOT.resolve("bin/linkpost");
  static final Path JAR = ROOT.resolve("examples/target/linkpost.jar");
  /** Where a system keeps its JDKs, for finding the ones the tests run the launcher with. */
  private static final Path SYSTEM_JDKS = Path.of("/usr/lib/jvm");

  private Launcher() {}

  record Run(int status, String out, String err) {}

  /** An installed JDK: its folder and its feature version, from its release file. */
  record Jdk(Path home, int feature) {
    boolean makesAotCache() {
      return feature >= 25;
    }

    /** What a file the launcher keeps for this JDK ends with. */
    String suffix() {
      return makesAotCache() ? ".aot" : ".jsa";
    }

    @Override
    public String toString() {
      return "jdk-" + feature; // a name without a space: LINKPOST_JAVA_OPTS is split at spaces
    }
  }

  /** The JDK running the tests, if it is older than 25, else one installed beside it. */
  static Optional<Jdk> before25() {
    return find(false);
  }

  /** A JDK 25 or newer: the one running the tests, or one installed beside it. */
  static Optional<Jdk> from25() {
    return find(true);
  }

  private static Optional<Jdk> find(boolean from25) {
    List<Path> homes = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"))));
    if (Files.isDirectory(SYSTEM_JDKS)) {
      try (Stream<Path> folders = Files.list(SYSTEM_JDKS)) {
        folders.sorted().forEach(homes::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (Path home : homes) {
      int feature = feature(home);
      if (feature >= 17 && (feature >= 25) == from25
          && Files.isExecutable(home.resolve("bin/java"))) {
        return Optional.of(new Jdk(home.toAbsolutePath(), feature));
      }
    }
    return Optional.empty();
  }

  private static int feature(Path home) {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release)) {
      return 0;
    }
    try {
      for (String line : Files.readAllLines(release)) {
        if (line.startsWith("JAVA_VERSION=\"")) {
          String version = line.substring(14).replaceFirst("^1\\.", "");
          return Integer.parseInt(version.replaceFirst("[^0-9].*", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }

  /**
   * An environment for the launcher: the jar it runs, {@code JAVA_HOME} (null: unset), the
   * JDK whose {@code java} is first on the PATH, and the JDKs installed in the folder the
   * launcher searches (one of its own, in {@code dir}).
   */
  static Map<String, String> environment(Path dir, Path jar, Jdk javaHome, Jdk onPath,
      Jdk... installed) throws IOException {
    Map<String, String> environment = new HashMap<>();
    environment.put("LINKPOST_JAR", jar.toString());
    if (javaHome != null) {
      environment.put("JAVA_HOME", javaHome.home().toString());
    }
    Path bin = Files.createDirectories(dir.resolve("path-" + onPath.feature()));
    if (!Files.exists(bin.resolve("java"))) {
      Files.createSymbolicLink(bin.resolve("java"), onPath.home().resolve("bin/java"));
    }
    environment.put("PATH", bin + ":/usr/local/bin:/usr/bin:/bin");
    Path jdks = Files.createDirectories(dir.resolve("jdks-" + System.nanoTime()));
    for (Jdk jdk : installed) {
      Files.createSymbolicLink(jdks.resolve("jdk-" + jdk.feature()), jdk.home());
    }
    environment.put("LINKPOST_JDK_DIRS", jdks.toString());
    return environment;
  }

  /** Starts the launcher; {@code JAVA_HOME} and {@code LINKPOST_JAVA_OPTS} only as given. */
  static Started start(Path script, Map<String, String> environment, String... args)
      throws IOException {
    return start(List.of(), script, environment, args);
  }

  /** Starts the launcher with a command before it (one that runs it as another user). */
  static Started start(List<String> prefix, Path script, Map<String, String> environment,
      String... args) throws IOException {
    List<String> command = new ArrayList<>(prefix);
    command.add(script.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("JAVA_HOME");
    builder.environment().remove("LINKPOST_JAVA_OPTS");
    builder.environment().remove("LINKPOST_JAR");
    builder.environment().remove("LINKPOST_JDK_DIRS");
    builder.environment().putAll(environment);
    Path out = Files.createTempFile("launcher", ".out");
    Path err = Files.createTempFile("launcher", ".err");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    return new Started(process, out, err);
  }

  static Run run(Path script, Map<String, String> environment, String... args) throws Exception {
    return start(script, environment, args).waitFor();
  }

  static Run run(List<String> prefix, Path script, Map<String, String> environment,
      String... args) throws Exception {
    return start(prefix, script, environment, args).waitFor();
  }

  static Run run(Map<String, String> environment, String... args) throws Exception {
    return run(SCRIPT, environment, args);
  }

  /** A launcher running, its output going to files until it ends. */
  record Started(Process process, Path out, Path err) {
    Run waitFor() throws Exception {
      assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the launcher ends").isTrue();
      // A slow run says how far it got, once a second; that is the tool's, not the JVM's.
      String said = Files.readString(err)
          .replaceAll("(?m)^(rendered|checked) \\d+ of \\d+ posts\\.\\.\\.\n", "");
      Run run = new Run(process.exitValue(), Files.readString(out), said);
      Files.delete(out);
      Files.delete(err);
      return run;
    }
  }

  /** The names in a folder, sorted. */
  static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** The files the launcher keeps beside the jar that end with the suffix. */
  static List<Path> saved(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  /** Each file of a folder, its name and its text, in the order of the names. */
  static List<String> tree(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().map(p -> {
        try {
          return p.getFileName() + "\n" + Files.readString(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    List<Path> paths;
    try (Stream<Path> files = Files.walk(dir)) {
      paths = files.sorted(Comparator.reverseOrder()).toList();
    }
    paths.forEach(p -> p.toFile().setWritable(true, true)); // a folder a test made read-only
    for (Path p : paths) {
      Files.deleteIfExists(p);
    }
  }
}
