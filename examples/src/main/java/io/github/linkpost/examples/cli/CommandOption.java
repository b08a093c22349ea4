package io.github.linkpost.examples.cli;

/**
 * A long option: a flag ({@code --page}) when it has no label, else an option with a value
 * ({@code --to FORMAT} or {@code --to=FORMAT}).
 *
 * @param name the option with its dashes, {@code --to}
 * @param label what its value is, as the help names it ({@code FORMAT}), or null for a flag
 * @param help what it does
 * @param required whether the command needs it
 * @param repeatable whether it may be given more than once, each time with another value
 * @param defaultValue the value when it is not given, shown in the help; null for none
 */
record CommandOption(String name, String label, String help, boolean required,
    boolean repeatable, String defaultValue) {

  static CommandOption flag(String name, String help) {
    return new CommandOption(name, null, help, false, false, null);
  }

  static CommandOption value(String name, String label, String help) {
    return new CommandOption(name, label, help, false, false, null);
  }

  CommandOption andRequired() {
    return new CommandOption(name, label, help, true, repeatable, defaultValue);
  }

  CommandOption andRepeatable() {
    return new CommandOption(name, label, help, required, true, defaultValue);
  }

  CommandOption withDefault(String value) {
    return new CommandOption(name, label, help, required, repeatable, value);
  }

  boolean isFlag() {
    return label == null;
  }

  /** How the help and the usage line spell it: {@code --to=FORMAT}, or {@code --page}. */
  String spelled() {
    return isFlag() ? name : name + "=" + label;
  }
}
