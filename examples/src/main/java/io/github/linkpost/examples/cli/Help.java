package io.github.linkpost.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The tool's help texts, for the tool and for each command, 80 columns wide. */
final class Help {
  private static final int WIDTH = 80;
  /** Every command's last two rows, and the tool's options. */
  private static final List<String[]> STANDARD_OPTIONS = List.of(
      new String[] {String.join(", ", LinkpostCommand.HELP), "Show this help and exit."},
      new String[] {String.join(", ", LinkpostCommand.VERSION), "Print the version and exit."});

  private Help() {}

  /** The tool's help: its usage line, what it does, its commands and options. */
  static void tool(List<Command> commands, PrintWriter to) {
    to.println("Usage: linkpost COMMAND [OPTIONS]");
    to.println("Writes, reads and renders link posts for Jekyll blogs.");
    to.println();
    to.println("Commands:");
    List<String[]> rows = new ArrayList<>();
    for (Command command : commands) {
      rows.add(new String[] {command.name(), command.summary()});
    }
    rows.add(new String[] {"help", "Shows a command's options: linkpost help COMMAND."});
    table(rows, to);
    to.println();
    to.println("Options:");
    table(STANDARD_OPTIONS, to);
    to.println();
    to.println("Exit status: 0 done, 1 failed (a post or file could not be read or written),");
    to.println("2 the command line cannot be taken (one line says why, then the usage).");
  }

  /** A command's help: its usage line, what it does, its operands and options. */
  static void command(Command command, PrintWriter to) {
    StringBuilder usage = new StringBuilder("Usage: linkpost ").append(command.name());
    boolean optional = false;
    for (CommandOption option : command.options()) {
      if (option.required()) {
        usage.append(' ').append(option.spelled());
      } else {
        optional = true;
      }
    }
    if (optional) {
      usage.append(" [OPTIONS]");
    }
    if (command.operands() != null) {
      usage.append(' ').append(command.operands());
    }
    to.println(usage);
    to.println(command.description());
    to.println();
    List<String[]> rows = new ArrayList<>();
    if (command.operands() != null) {
      to.println("Arguments:");
      table(List.<String[]>of(new String[] {command.operands(), command.operandsHelp()}), to);
      to.println();
    }
    for (CommandOption option : command.options()) {
      rows.add(new String[] {option.spelled(), help(option)});
    }
    rows.addAll(STANDARD_OPTIONS);
    to.println("Options:");
    table(rows, to);
  }

  /** An option's help, with "(required)" or "(default: X)" before its last full stop. */
  private static String help(CommandOption option) {
    String note = option.required() ? "required"
        : option.defaultValue() != null ? "default: " + option.defaultValue() : null;
    if (note == null) {
      return option.help();
    }
    String help = option.help();
    String text = help.endsWith(".") ? help.substring(0, help.length() - 1) : help;
    return text + " (" + note + ").";
  }

  /** Two columns: names indented by two, texts aligned after the longest name and wrapped. */
  private static void table(List<String[]> rows, PrintWriter to) {
    int nameWidth = 0;
    for (String[] row : rows) {
      nameWidth = Math.max(nameWidth, row[0].length());
    }
    String indent = " ".repeat(2 + nameWidth + 2);
    for (String[] row : rows) {
      List<String> lines = wrap(row[1], WIDTH - indent.length());
      to.println("  " + row[0] + " ".repeat(nameWidth - row[0].length() + 2) + lines.get(0));
      for (int i = 1; i < lines.size(); i++) {
        to.println(indent + lines.get(i));
      }
    }
  }

  /** The words of a text in lines of at most {@code width} characters (a longer word alone). */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
