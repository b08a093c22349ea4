package io.github.linkpost.examples.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;

/**
 * A command's command line, parsed by Apache Commons CLI and checked against the command: every
 * option known, each value option given at most once unless repeatable, the required options
 * and the operands there. Values come as the user typed them (quotes, dashes and all); typed
 * values go through {@link #value}, which names the option when a value does not convert.
 */
final class Args {
  /** Turns an option's text into a value; any exception it throws means "not a valid value". */
  @FunctionalInterface
  interface Converter<T> {
    T convert(String text) throws Exception;
  }

  private final Command command;
  private final CommandLine line;

  private Args(Command command, CommandLine line) {
    this.command = command;
    this.line = line;
  }

  /** Whether the words after the command hold one of the names, before any {@code --}. */
  static boolean asks(String[] args, List<String> names) {
    for (String arg : args) {
      if (arg.equals("--")) {
        return false;
      }
      if (names.contains(arg)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Parses the words after the command's name.
   *
   * @throws UsageException naming what is wrong: an unknown option, a missing value, an option
   *     given twice, a missing required option or operand, or operands the command does not take
   */
  static Args parse(Command command, String... args) throws UsageException {
    Options options = new Options();
    for (CommandOption option : command.options()) {
      Option.Builder builder = Option.builder().longOpt(option.name().substring(2));
      if (!option.isFlag()) {
        builder.hasArg().argName(option.label());
      }
      options.addOption(builder.get());
    }
    CommandLine line;
    try {
      line = DefaultParser.builder()
          .setAllowPartialMatching(false) // --al is not --allow-html
          .setStripLeadingAndTrailingQuotes(false) // a title may start and end with a quote
          .get()
          .parse(options, args);
    } catch (UnrecognizedOptionException e) {
      throw new UsageException(unrecognized(command, e.getOption()));
    } catch (MissingArgumentException e) {
      Option option = e.getOption();
      throw new UsageException(
          "--" + option.getLongOpt() + " needs a value (" + option.getArgName() + ")");
    } catch (ParseException e) {
      throw new UsageException(e.getMessage());
    }
    List<String> missing = new ArrayList<>();
    for (CommandOption option : command.options()) {
      String key = option.name().substring(2);
      if (!option.isFlag() && !option.repeatable() && line.getOptionCount(key) > 1) {
        throw new UsageException(option.name() + " is given more than once");
      }
      if (option.required() && !line.hasOption(key)) {
        missing.add(option.spelled());
      }
    }
    if (!missing.isEmpty()) {
      throw new UsageException("missing " + String.join(" and ", missing));
    }
    if (command.operands() == null && !line.getArgList().isEmpty()) {
      throw new UsageException("unexpected argument: " + line.getArgList().get(0));
    }
    if (command.operands() != null && line.getArgList().isEmpty()) {
      throw new UsageException("missing " + command.operands());
    }
    return new Args(command, line);
  }

  private static String unrecognized(Command command, String token) {
    int equals = token.indexOf('=');
    if (equals > 0) {
      String name = token.substring(0, equals);
      for (CommandOption option : command.options()) {
        if (option.name().equals(name) && option.isFlag()) {
          return name + " takes no value, was given " + token;
        }
      }
    }
    return "unknown option: " + token;
  }

  /** The command parsed for. */
  Command command() {
    return command;
  }

  /** Whether the flag is given. */
  boolean flag(String name) {
    return line.hasOption(key(name, true));
  }

  /** The option's text, or its default, or null when it has neither. */
  String text(String name) {
    String key = key(name, false);
    return line.hasOption(key) ? line.getOptionValue(key) : command.option(name).defaultValue();
  }

  /** Every text a repeatable option is given, in order. */
  List<String> texts(String name) {
    String[] values = line.getOptionValues(key(name, false));
    return values == null ? List.of() : List.copyOf(Arrays.asList(values));
  }

  /**
   * The option's value (or its default's), converted; null when it has neither.
   *
   * @param expected what a valid value is, for the message when this one is not
   * @throws UsageException naming the option and the value when the value does not convert
   */
  <T> T value(String name, Converter<T> converter, String expected) throws UsageException {
    String text = text(name);
    if (text == null) {
      return null;
    }
    try {
      return converter.convert(text);
    } catch (Exception e) {
      throw new UsageException(
          "invalid value for " + name + ": '" + text + "' (expected " + expected + ")");
    }
  }

  /** The words that are not options, in order. */
  List<String> operands() {
    return line.getArgList();
  }

  private String key(String name, boolean flag) {
    CommandOption option = command.option(name);
    if (option.isFlag() != flag) {
      throw new IllegalArgumentException(name + (flag ? " takes a value" : " is a flag"));
    }
    return name.substring(2);
  }
}
