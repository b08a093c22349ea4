package io.github.linkpost.examples.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = LinkpostCommand.class.getPackage().getImplementationVersion();
    return new String[] {"linkpost " + (version != null ? version : "development")};
  }
}
