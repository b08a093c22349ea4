package io.github.linkpost.examples.cli;

import io.github.linkpost.Site;
import io.github.linkpost.markdown.JekyllPostReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The post files a command line names, each with its path in the site as Jekyll sees it (what a
 * post's URL is made from): a folder's files by their path in it, {@code /} between folders; a
 * file given alone by its name. In a folder that holds {@code _posts} folders (a site's folder),
 * only the files in them are posts.
 */
final class SitePaths {
  private SitePaths() {}

  static Map<Path, String> of(Args args, Site site) throws UsageException {
    List<Path> files = Inputs.expand(args, JekyllPostReader.builder().site(site).build())
        .stream().map(Inputs.Post::file).toList();
    List<Path> folders = new ArrayList<>();
    for (String operand : args.operands()) {
      Path path = Path.of(operand);
      if (Files.isDirectory(path)) {
        folders.add(path);
      }
    }
    Map<Path, String> paths = new LinkedHashMap<>();
    Map<Path, Boolean> hasPosts = new LinkedHashMap<>();
    for (Path file : files) {
      Path folder = folders.stream().filter(file::startsWith).findFirst().orElse(null);
      String path = folder == null ? file.getFileName().toString() : slashed(folder.relativize(file));
      paths.put(file, path);
      if (folder != null && inPosts(path)) {
        hasPosts.put(folder, true);
      }
    }
    paths.keySet().removeIf(file -> {
      Path folder = folders.stream().filter(file::startsWith).findFirst().orElse(null);
      return folder != null && hasPosts.containsKey(folder) && !inPosts(paths.get(file));
    });
    return paths;
  }

  private static boolean inPosts(String path) {
    return path.startsWith("_posts/") || path.contains("/_posts/");
  }

  private static String slashed(Path relative) {
    StringBuilder out = new StringBuilder();
    for (Path part : relative) {
      if (out.length() > 0) {
        out.append('/');
      }
      out.append(part);
    }
    return out.toString();
  }
}
