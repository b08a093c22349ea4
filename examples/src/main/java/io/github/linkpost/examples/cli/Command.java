package io.github.linkpost.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * One of the tool's commands: what its help says, the options it takes, and what it does. A
 * command is plain data, so that starting the tool costs no more than reading the command line.
 *
 * @param name the word that names it on the command line
 * @param summary one line for the list of commands
 * @param description the lines its help shows under the usage line
 * @param operands what follows the options, as the usage line names it ({@code PATH...}), or
 *     null when it takes none
 * @param operandsHelp what the operands are, for the help
 * @param options its options, in the order its help lists them
 * @param action what it does with a parsed command line
 */
record Command(String name, String summary, String description, String operands,
    String operandsHelp, List<CommandOption> options, Action action) {

  /** What a command does: prints to {@code out} and {@code err}, returns the exit status. */
  @FunctionalInterface
  interface Action {
    int run(Args args, PrintWriter out, PrintWriter err) throws IOException, UsageException;
  }

  Command {
    options = List.copyOf(options);
  }

  /** The option named {@code --name}, which the command must declare. */
  CommandOption option(String name) {
    for (CommandOption option : options) {
      if (option.name().equals(name)) {
        return option;
      }
    }
    throw new IllegalArgumentException(this.name + " has no option " + name);
  }
}
