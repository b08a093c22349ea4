package io.github.linkpost.kramdown.differential;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real thing: Jekyll's own Markdown converter (kramdown 2.4.0 with kramdown-parser-gfm
 * 1.1.0 and rouge, Jekyll 4.3's default settings, no Liquid) in one Ruby process that converts
 * batches of documents sent over its standard input ({@code oracle/jekyll-markdown.rb} says
 * how). One process serves a whole test class: start it in {@code @BeforeAll} (or jqwik's
 * {@code @BeforeContainer}) and close it after.
 *
 * <p>{@link #start()} skips the calling test, with a message saying what is missing, when
 * {@code ruby} or the Jekyll gems are not installed or are other versions than the ones the
 * engine follows.
 */
final class Oracle implements AutoCloseable {
  /** The versions the engine follows; another kramdown would make other HTML. */
  static final String KRAMDOWN = "kramdown 2.4.0";
  static final String GFM_PARSER = "kramdown-parser-gfm 1.1.0";
  static final String JEKYLL = "jekyll 4.3.";

  private static final String SCRIPT = "/oracle/jekyll-markdown.rb";
  /** A batch that takes longer than this is taken for a hang; the process is stopped. */
  private static final long BATCH_SECONDS = 600;

  private final Process process;
  private final DataOutputStream requests;
  private final DataInputStream replies;
  private final Path errors;
  private final String versions;

  private Oracle(Process process, Path errors) throws IOException {
    this.process = process;
    this.errors = errors;
    this.requests =
        new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
    this.replies = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
    Frame hello = readFrame();
    if (hello.status() == 2) {
      close();
      assumeTrue(false, "the Jekyll gems cannot be loaded (" + hello.text()
          + "); .ci/run installs Debian's jekyll; skipped");
    }
    this.versions = hello.text();
  }

  /**
   * Starts the converter process.
   *
   * @return the running oracle
   */
  static Oracle start() {
    assumeTrue(onPath("ruby"), "ruby is not on the PATH (.ci/run installs Debian's jekyll, "
        + "which brings it); skipped");
    try {
      Path errors = Files.createTempFile("kramdown-oracle-", ".log");
      errors.toFile().deleteOnExit();
      Process process = new ProcessBuilder("ruby", script().toString())
          .redirectError(errors.toFile())
          .start();
      Oracle oracle = new Oracle(process, errors);
      String found = oracle.versions();
      boolean expected = found.contains(KRAMDOWN) && found.contains(GFM_PARSER)
          && found.contains(JEKYLL);
      if (!expected) {
        oracle.close();
      }
      assumeTrue(expected, "the oracle is " + JEKYLL + "x with " + KRAMDOWN + " and "
          + GFM_PARSER + "; this machine has " + found + "; skipped");
      return oracle;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start ruby", e);
    }
  }

  /** What the process reported on start: Jekyll's, kramdown's, the GFM parser's, rouge's. */
  String versions() {
    return versions;
  }

  /**
   * Converts documents in one round trip.
   *
   * @param markdown the documents
   * @return each one's outcome, in the same order
   */
  List<Outcome> toHtml(List<String> markdown) {
    return exchange('M', markdown);
  }

  /** Converts one document (a batch of one). */
  Outcome toHtml(String markdown) {
    return toHtml(List.of(markdown)).get(0);
  }

  /**
   * Post files' bodies as Jekyll reads them (the front matter removed by Jekyll's own
   * pattern), for checking {@link JekyllFrontMatter}.
   */
  List<Outcome> bodies(List<String> files) {
    return exchange('F', files);
  }

  private synchronized List<Outcome> exchange(char operation, List<String> texts) {
    return send(operation, texts).replies();
  }

  /**
   * Sends documents to convert and returns at once, so that the caller can work while Ruby
   * does (the engine converts the same batch meanwhile); {@link Pending#replies()} waits for
   * the HTML. One batch at a time: no other request until the replies are read.
   */
  Pending send(List<String> markdown) {
    return send('M', markdown);
  }

  private Pending send(char operation, List<String> texts) {
    if (!process.isAlive()) {
      throw new IllegalStateException("the oracle process has ended" + errorLog());
    }
    Thread watchdog = watchdog();
    try {
      requests.writeInt(texts.size());
      for (String text : texts) {
        byte[] bytes = utf8(text);
        requests.writeByte(operation);
        requests.writeInt(bytes.length);
        requests.write(bytes);
      }
      requests.flush();
    } catch (IOException e) {
      watchdog.interrupt();
      throw new IllegalStateException("the oracle failed: " + e.getMessage() + errorLog(), e);
    }
    return new Pending(texts.size(), watchdog);
  }

  /** A batch sent, its replies not read yet. */
  final class Pending {
    private final int count;
    private final Thread watchdog;

    private Pending(int count, Thread watchdog) {
      this.count = count;
      this.watchdog = watchdog;
    }

    /** Waits for the batch's outcomes, in the order the documents were sent. */
    List<Outcome> replies() {
      try {
        List<Outcome> outcomes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
          Frame frame = readFrame();
          outcomes.add(frame.status() == 0 ? Outcome.html(frame.text())
              : Outcome.error(frame.text()));
        }
        return outcomes;
      } catch (IOException e) {
        throw new IllegalStateException("the oracle failed: " + e.getMessage() + errorLog(), e);
      } finally {
        watchdog.interrupt();
      }
    }
  }

  /** A document that is not valid UTF-16 (an unpaired surrogate) cannot be sent as it is. */
  private static byte[] utf8(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException("a document holds an unpaired surrogate at " + i
            + ": " + Visible.of(text));
      }
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private Thread watchdog() {
    Thread watchdog = new Thread(() -> {
      try {
        Thread.sleep(TimeUnit.SECONDS.toMillis(BATCH_SECONDS));
        process.destroyForcibly();
      } catch (InterruptedException done) {
        // the batch came back in time
      }
    }, "kramdown-oracle-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    return watchdog;
  }

  private Frame readFrame() throws IOException {
    try {
      int status = replies.readUnsignedByte();
      byte[] bytes = new byte[replies.readInt()];
      replies.readFully(bytes);
      return new Frame(status, new String(bytes, StandardCharsets.UTF_8));
    } catch (EOFException e) {
      throw new EOFException("the oracle process ended (exit "
          + (process.isAlive() ? "none yet" : process.exitValue()) + ")" + errorLog());
    }
  }

  private String errorLog() {
    try {
      String log = Files.readString(errors);
      return log.isBlank() ? "" : "; it said: " + log.substring(Math.max(0, log.length() - 2000));
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public void close() {
    try {
      requests.close();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    } finally {
      try {
        Files.deleteIfExists(errors);
      } catch (IOException ignored) {
        // a temporary file; deleteOnExit has it too
      }
    }
  }

  /** The script as a file: copied out when the test resources are not a plain folder. */
  private static Path script() throws IOException {
    var url = Oracle.class.getResource(SCRIPT);
    if (url == null) {
      throw new IllegalStateException(SCRIPT + " is not among the test resources");
    }
    if (url.getProtocol().equals("file")) {
      return Path.of(java.net.URI.create(url.toString()));
    }
    Path copy = Files.createTempFile("jekyll-markdown-", ".rb");
    copy.toFile().deleteOnExit();
    try (InputStream in = url.openStream()) {
      Files.write(copy, in.readAllBytes());
    }
    return copy;
  }

  static boolean onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }

  private record Frame(int status, String text) {}
}
