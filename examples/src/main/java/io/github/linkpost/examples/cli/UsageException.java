package io.github.linkpost.examples.cli;

/** A command line the tool cannot take: it says why, shows the usage, and exits with status 2. */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
