package io.github.linkpost.examples.cli;

import io.github.linkpost.LinkPostException;
import io.github.linkpost.Site;
import io.github.linkpost.markdown.JekyllSite;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

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
   */
  static Site site(Args args) throws UsageException {
    Path dir = args.value("--site", Path::of, "a folder");
    Site site;
    if (dir != null) {
      if (!Files.isDirectory(dir)) {
        throw new LinkPostException("is not a folder (--site)").at(dir, 0);
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

  /** A post file's name without its extension. */
  static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /**
   * The files the operands name: a file as given; for a folder, every file in it and its
   * subfolders with one of the site's Markdown extensions (links to files included, linked
   * folders not entered), in the order of their paths.
   */
  static List<Path> expand(Args args, Site site) throws UsageException {
    List<Path> files = new ArrayList<>();
    for (String operand : args.operands()) {
      Path path;
      try {
        path = Path.of(operand);
      } catch (InvalidPathException e) {
        throw new UsageException("not a path: '" + operand + "'");
      }
      if (Files.isDirectory(path)) {
        List<Path> found = new ArrayList<>();
        search(path, site, found);
        found.sort(null);
        files.addAll(found);
      } else {
        files.add(path);
      }
    }
    return files;
  }

  /**
   * Adds a folder's posts, reading each entry's attributes once. (A stream of
   * {@code Files.walk} or {@code Files.find} took twice as long, a good part of a whole-blog
   * run's start.)
   */
  private static void search(Path folder, Site site, List<Path> found) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        BasicFileAttributes attributes =
            Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attributes.isDirectory()) {
          search(entry, site, found);
        } else if (site.isMarkdown(entry.getFileName().toString())
            && (attributes.isRegularFile()
                || attributes.isSymbolicLink() && Files.isRegularFile(entry))) {
          found.add(entry);
        }
      }
    } catch (IOException | java.nio.file.DirectoryIteratorException e) {
      throw new LinkPostException("cannot list the folder: " + e).at(folder, 0);
    }
  }
}
