package io.github.linkpost.examples.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code linkpost} command-line tool: {@code java -jar examples/target/linkpost.jar --help}.
 *
 * <p>The first word names the command ({@code demo}, {@code new}, {@code check}, {@code render},
 * {@code meta}, {@code import}, {@code feed}, {@code help}); the rest is that command's options
 * and arguments, parsed by Apache Commons CLI. Exit status, for every command: 0 done, 1 failed
 * (a post or a file could not be read or written), 2 a command line the tool cannot take (an
 * unknown option, a missing or wrong value, a path that is not there, options that exclude each
 * other: one line saying why, then the usage, on standard error).
 */
public final class LinkpostCommand {
  /** The options that ask for help, and for the version, anywhere before a {@code --}. */
  static final List<String> HELP = List.of("-h", "--help");
  static final List<String> VERSION = List.of("-V", "--version");

  /** The commands, in the order the tool's help lists them. */
  static final List<Command> COMMANDS = List.of(
      DemoCommand.COMMAND, NewCommand.COMMAND, CheckCommand.COMMAND, RenderCommand.COMMAND,
      FeedCommand.COMMAND, MetaCommand.COMMAND, ImportCommand.COMMAND);

  private LinkpostCommand() {}

  /**
   * Runs the tool.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /**
   * Runs the tool with the given output streams, as {@link #main} does; for tests and embedding.
   *
   * @param out standard output
   * @param err standard error
   * @param args the command line
   * @return the exit status: 0 done, 1 failed, 2 bad usage
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    try {
      return dispatch(out, err, args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static int dispatch(PrintWriter out, PrintWriter err, String[] args) {
    if (args.length == 0 || HELP.contains(args[0])
        || (args[0].equals("help") && (args.length == 1 || HELP.contains(args[1])))) {
      Help.tool(COMMANDS, out);
      return 0;
    }
    if (VERSION.contains(args[0])) {
      out.println(version());
      return 0;
    }
    if (args[0].equals("help")) {
      Command command = find(args[1]);
      if (command == null || args.length > 2) {
        return badUsage(command == null ? "unknown command: " + args[1]
            : "unexpected argument: " + args[2], command, err);
      }
      Help.command(command, out);
      return 0;
    }
    Command command = find(args[0]);
    if (command == null) {
      return badUsage((args[0].startsWith("-") ? "unknown option: " : "unknown command: ")
          + args[0], null, err);
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    if (Args.asks(rest, HELP)) {
      Help.command(command, out);
      return 0;
    }
    if (Args.asks(rest, VERSION)) {
      out.println(version());
      return 0;
    }
    try {
      return command.action().run(Args.parse(command, rest), out, err);
    } catch (UsageException e) {
      return badUsage(e.getMessage(), command, err);
    } catch (Exception e) {
      err.println("linkpost: " + describe(e));
      return 1;
    }
  }

  /** What went wrong, in the words of the failure: never a class name. */
  private static String describe(Exception e) {
    Throwable failure = e instanceof java.io.UncheckedIOException && e.getCause() != null
        ? e.getCause() : e;
    String message = failure.getMessage();
    return message == null || message.isBlank() ? "failed unexpectedly" : message;
  }

  private static Command find(String name) {
    for (Command command : COMMANDS) {
      if (command.name().equals(name)) {
        return command;
      }
    }
    return null;
  }

  /** One line saying what is wrong, then the usage (the command's, or the tool's); status 2. */
  private static int badUsage(String message, Command command, PrintWriter err) {
    err.println("linkpost: " + message);
    if (command != null) {
      Help.command(command, err);
    } else {
      Help.tool(COMMANDS, err);
    }
    return 2;
  }

  /** "linkpost" and the version in the jar's manifest ("development" when run from classes). */
  static String version() {
    String version = LinkpostCommand.class.getPackage().getImplementationVersion();
    return "linkpost " + (version != null ? version : "development");
  }
}
