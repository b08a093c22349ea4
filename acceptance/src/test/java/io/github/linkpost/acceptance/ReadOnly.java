package io.github.linkpost.acceptance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.linkpost.acceptance.Launcher.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

/**
 * Runs the launcher where it cannot write beside its jar, as a user runs a tool that root
 * installed. A folder without write permission is not that for root, who may write anywhere:
 * run as root, the launcher runs as the user nobody instead, which owns nothing here.
 */
final class ReadOnly {
  private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

  private ReadOnly() {}

  /**
   * Runs a copy of the launcher (under {@code dir}, which every user may read) with the
   * install folder read-only to it; {@code dir} itself and what is in it stay writable, for
   * the tool's output.
   */
  static Run run(Path install, Path dir, Map<String, String> environment, String... args)
      throws Exception {
    Path script = Files.copy(Launcher.SCRIPT,
        Files.createDirectories(dir.resolve("bin")).resolve("linkpost"));
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("r-xr-xr-x"));
    boolean root = ((Integer) Files.getAttribute(dir, "unix:uid")) == 0;
    if (!root) {
      Files.setPosixFilePermissions(install, PosixFilePermissions.fromString("r-xr-xr-x"));
      try {
        return Launcher.run(script, environment, args);
      } finally {
        Files.setPosixFilePermissions(install, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
    assumeTrue(Files.isExecutable(SETPRIV), "run as root without setpriv to run as another "
        + "user; skipped");
    // Open to nobody everywhere under dir (posts, output, the JDK links) but the install
    // folder, which it may only read.
    try (var files = Files.walk(dir)) {
      for (Path p : files.toList()) {
        if (Files.isDirectory(p)) {
          Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
              p.equals(install) ? "rwxr-xr-x" : "rwxrwxrwx"));
        }
      }
    }
    List<String> asNobody = List.of(SETPRIV.toString(), "--reuid=65534", "--regid=65534",
        "--clear-groups", "--");
    return Launcher.run(asNobody, script, environment, args);
  }
}
