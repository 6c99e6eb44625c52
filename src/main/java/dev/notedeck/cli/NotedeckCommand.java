package dev.notedeck.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * What every notedeck command shares, as jbang's BaseCommand does: {@code --help} and
 * {@code --version} (picocli inherits these {@code @Command} attributes), and the streams the
 * command line was run with ({@link NotedeckCli#run}).
 */
@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
abstract class NotedeckCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Where lines for people go (control characters filtered). */
  final PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Where warnings and errors go (coloured on a terminal). */
  final PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** The running command line: raw standard input and output for {@code -} and {@code -o -}. */
  final NotedeckCli root() {
    return NotedeckCli.of(spec);
  }
}
