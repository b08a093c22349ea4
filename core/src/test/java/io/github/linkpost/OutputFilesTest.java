package io.github.linkpost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputFilesTest {
  @Test
  void writesAnyRenderedFileAndNeverOverwritesUnlessAsked(@TempDir Path dir) throws Exception {
    Path site = dir.resolve("site/2025");
    Path page = OutputFiles.write(site, "tides.html", "<p>one</p>", OutputFiles.IfExists.FAIL);
    assertThat(page).isEqualTo(site.resolve("tides.html"));
    assertThatThrownBy(() -> OutputFiles.write(site, "tides.html", "two", OutputFiles.IfExists.FAIL))
        .isInstanceOf(LinkPostException.class)
        .hasMessage("cannot write " + page
            + ": a file of that name is already there (not overwritten)")
        .hasCauseInstanceOf(FileAlreadyExistsException.class)
        .satisfies(e -> assertThat(((LinkPostException) e).file()).contains(page));
    assertThat(OutputFiles.write(site, "tides.html", "two", OutputFiles.IfExists.NEXT_FREE_NAME))
        .isEqualTo(site.resolve("tides-2.html"));
    assertThat(OutputFiles.write(site, "feed", "x", OutputFiles.IfExists.NEXT_FREE_NAME))
        .isEqualTo(site.resolve("feed"));
    assertThat(OutputFiles.write(site, "feed", "y", OutputFiles.IfExists.NEXT_FREE_NAME))
        .isEqualTo(site.resolve("feed-2"));
    OutputFiles.write(site, "tides.html", "three", OutputFiles.IfExists.OVERWRITE);
    assertThat(Files.readString(page)).isEqualTo("three");
    assertThat(names(site)).containsExactly("feed", "feed-2", "tides-2.html", "tides.html");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".hidden", "a/b.html", "a\\b.html", "nul\0.html"})
  void refusesANameThatIsNotAPlainFileName(String name, @TempDir Path dir) {
    assertThatThrownBy(() -> OutputFiles.write(dir, name, "x", OutputFiles.IfExists.FAIL))
        .isInstanceOf(LinkPostException.class).hasMessageStartingWith("fileName must be a plain");
  }

  @Test
  void aFolderThatIsAFileIsSaidSo(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("out"), "x");
    assertThatThrownBy(() -> OutputFiles.write(file, "a.html", "x", OutputFiles.IfExists.FAIL))
        .isInstanceOf(LinkPostException.class)
        .hasMessage("cannot write " + file.resolve("a.html") + ": not a folder");
    assertThatThrownBy(() -> OutputFiles.write(file.resolve("deeper"), "a.html", "x",
        OutputFiles.IfExists.FAIL))
        .isInstanceOf(LinkPostException.class)
        .hasMessage("cannot write " + file.resolve("deeper/a.html") + ": not a folder");
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  @Test
  void fileSystemFailuresAreSaidInWordsNamingTheFileAskedFor() {
    Path file = Path.of("_posts", "x.md");
    Path tmp = Path.of("_posts", ".linkpost-123.tmp");
    List<Object[]> cases = List.of(
        new Object[] {new NoSuchFileException("nope.txt"), "no such file"},
        new Object[] {new AccessDeniedException(tmp.toString()), "permission denied"},
        new Object[] {new FileSystemException(tmp.toString(), null, "Read-only file system"),
            "read-only file system"},
        new Object[] {new FileSystemException(tmp.toString(), null, "No space left on device"),
            "no space left on device"},
        new Object[] {new FileSystemException(tmp.toString(), null, "Not a directory"),
            "not a folder"},
        new Object[] {new NotDirectoryException(tmp.toString()), "not a folder"},
        new Object[] {new FileSystemException(tmp.toString(), null, "Is a directory"),
            "is a folder"},
        new Object[] {new FileSystemException(tmp.toString()), "file-system error"},
        new Object[] {new ReadOnlyFileSystemException(), "read-only file system"},
        new Object[] {new UncheckedIOException(new AccessDeniedException("a")), "permission denied"},
        new Object[] {new MalformedInputException(1), "not UTF-8 text"},
        new Object[] {new IOException("Input/output error"), "input/output error"},
        new Object[] {new IOException(), "input/output error"});
    for (Object[] c : cases) {
      LinkPostException e = LinkPostException.cannot("write", file, (Throwable) c[0]);
      assertThat(e.getMessage()).as(c[0].toString()).isEqualTo("cannot write " + file + ": " + c[1]);
      assertThat(e.reason()).isEqualTo(e.getMessage());
      assertThat(e.file()).contains(file);
    }
    assertThat(LinkPostException.cannot("read --quote-file", Path.of("nope.txt"),
        new NoSuchFileException("nope.txt")).getMessage())
        .isEqualTo("cannot read --quote-file nope.txt: no such file");
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
