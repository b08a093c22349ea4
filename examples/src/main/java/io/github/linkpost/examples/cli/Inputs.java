package io.github.linkpost.examples.cli;

import io.github.linkpost.LinkPostException;
import io.github.linkpost.Site;
import io.github.linkpost.markdown.JekyllSite;
import io.github.linkpost.markdown.JekyllPostReader;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The site and the post files named on a command line: files as given, folders searched for
 * the site's Markdown extensions.
 */
final class Inputs {
  /** What the operands of {@code check} and {@code render} are. */
  static final String HELP = "Post files, or folders searched (with their subfolders) for the"
      + " site's Markdown files (markdown_ext: *.markdown, *.mkdown, *.mkdn, *.mkd, *.md).";
  /** {@code --zone}, as {@code check} and {@code render} take it. */
  static final CommandOption ZONE = CommandOption.value("--zone", "ZONE",
      "The zone of discovery times without a zone label (default: the site's timezone, else"
          + " the system zone).");
  /** {@code --site}, as every command that reads or writes posts takes it. */
  static final CommandOption SITE = CommandOption.value("--site", "DIR",
      "The Jekyll site whose _config.yml gives the timezone, Markdown extensions and link-post"
          + " style (default: the current folder, when it holds _config.yml).");
  static final String ZONE_EXPECTED = "a zone id such as UTC or America/Vancouver";

  private Inputs() {}

  /**
   * The site: {@code --site DIR}'s configuration, else the current folder's when it has one,
   * else Jekyll's defaults; {@code --zone} replaces its timezone.
   *
   * @throws UsageException when {@code --site} names no folder
   */
  static Site site(Args args) throws UsageException {
    Path dir = args.value("--site", Path::of, "a folder");
    Site site;
    if (dir != null) {
      if (!Files.exists(dir)) {
        throw new UsageException("cannot read --site " + dir + ": no such folder");
      }
      if (!Files.isDirectory(dir)) {
        throw new UsageException("--site " + dir + " is not a folder");
      }
      site = JekyllSite.read(dir);
    } else {
      site = JekyllSite.config(Path.of("")).isPresent() ? JekyllSite.read(Path.of("")) : Site.defaults();
    }
    if (args.command().options().contains(ZONE)) {
      ZoneId zone = args.value("--zone", ZoneId::of, ZONE_EXPECTED);
      if (zone != null) {
        site = site.toBuilder().timezone(zone).build();
      }
    }
    return site;
  }

  /** The site's folder: {@code --site}, else the current folder. */
  static Path siteDir(Args args) throws UsageException {
    Path dir = args.value("--site", Path::of, "a folder");
    return dir != null ? dir : Path.of("");
  }

  /** A file named on the command line that must be there, for the option that names it. */
  static Path existingFile(Args args, String option) throws UsageException {
    Path file = args.value(option, Path::of, "a file");
    if (file != null && !Files.exists(file)) {
      throw new UsageException("cannot read " + option + " " + file + ": no such file");
    }
    return file;
  }

  /**
   * A post file to read, and where its output goes: the path below the folder named on the
   * command line (its subfolders mirrored), or the file's own name for a file named.
   */
  record Post(Path file, Path below) {
    /** The output's path below the output folder: the post's, with another extension. */
    Path output(String extension) {
      Path name = below.getFileName();
      String stem = stem(name);
      Path parent = below.getParent();
      return parent == null ? Path.of(stem + extension) : parent.resolve(stem + extension);
    }
  }

  /** A post file's name without its extension. */
  static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /**
   * The post files the operands name, as the reader lists them (a file as given; a folder's
   * Markdown files, with its subfolders), each once, in the order given.
   *
   * @throws UsageException when an operand is not a path or names nothing
   */
  static List<Post> expand(Args args, JekyllPostReader reader) throws UsageException {
    List<Post> posts = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (String operand : args.operands()) {
      Path path;
      try {
        path = Path.of(operand);
      } catch (InvalidPathException e) {
        throw new UsageException("not a path: '" + operand + "'");
      }
      if (!Files.exists(path)) {
        throw new UsageException("cannot read " + operand + ": no such file or folder");
      }
      boolean folder = Files.isDirectory(path);
      for (Path file : reader.list(path)) {
        if (seen.add(file.toAbsolutePath().normalize())) {
          posts.add(new Post(file, folder ? path.relativize(file) : file.getFileName()));
        }
      }
    }
    return posts;
  }
}
