package io.github.linkpost.examples.cli;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code linkpost} command-line tool: {@code java -jar examples/target/linkpost.jar --help}.
 */
@Command(
    name = "linkpost",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Writes, reads and renders link posts for Jekyll blogs.")
public final class LinkpostCommand implements Runnable {
  /**
   * The subcommands, in the order the usage lists them. Picocli reads a command's annotations
   * when the command is added, which is a good part of the tool's start; a command line that
   * names one of them gets that one alone.
   */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("demo", DemoCommand::new);
    commands.put("new", NewCommand::new);
    commands.put("check", CheckCommand::new);
    commands.put("render", RenderCommand::new);
    commands.put("help", CommandLine.HelpCommand::new);
    return Collections.unmodifiableMap(commands);
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

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
    CommandLine cli = new CommandLine(new LinkpostCommand());
    Supplier<Object> named = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
    if (named != null && !args[0].equals("help")) {
      cli.addSubcommand(args[0], named.get());
    } else {
      SUBCOMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(LinkpostCommand::badUsage);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("linkpost: " + e.getMessage());
      return 1;
    });
    int status = cli.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  /** A wrong option or argument: one line saying what is wrong, then the usage; status 2. */
  private static int badUsage(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("linkpost: " + e.getMessage());
    cmd.usage(err);
    return 2;
  }
}
