package dev.notedeck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes one roff man page per command ({@code notedeck.1}, {@code notedeck-build.1}, ...) from
 * the same picocli model that prints --help, so the two never disagree. Maven runs it in the
 * {@code package} phase into {@code target/man}; {@code man target/man/notedeck.1} reads them.
 * (picocli-codegen's generator writes AsciiDoc, which needs Asciidoctor on JRuby to become
 * roff: over 30 s per build here.)
 */
public final class ManPages {

  private ManPages() {}

  public static void main(String[] args) throws IOException {
    writeAll(Path.of(args.length > 0 ? args[0] : "target/man"));
    // Silent on success: it runs inside `mvn -q package`, which the launcher calls on first use.
  }

  /** Writes every page into {@code dir}; returns the files written. */
  static List<Path> writeAll(Path dir) throws IOException {
    Files.createDirectories(dir);
    CommandLine root = NotedeckCli.commandLine(new NotedeckCli(), null);
    List<Path> written = new ArrayList<>();
    write(root, dir, written);
    return written;
  }

  private static void write(CommandLine cli, Path dir, List<Path> written) throws IOException {
    CommandSpec spec = cli.getCommandSpec();
    if (spec.usageMessage().hidden() || spec.userObject() instanceof CommandLine.HelpCommand) {
      return;
    }
    Path file = dir.resolve(pageName(spec) + ".1");
    Files.writeString(file, page(cli), StandardCharsets.UTF_8);
    written.add(file);
    for (CommandLine sub : cli.getSubcommands().values()) {
      if (sub.getCommandSpec().parent() == spec && sub.getCommandName().equals(sub.getCommandSpec().name())) {
        write(sub, dir, written);
      }
    }
  }

  static String pageName(CommandSpec spec) {
    return spec.qualifiedName("-");
  }

  static String page(CommandLine cli) {
    CommandSpec spec = cli.getCommandSpec();
    StringBuilder roff = new StringBuilder();
    roff.append(".TH ").append(pageName(spec).toUpperCase(Locale.ROOT)).append(" 1 \"\" \"notedeck ")
        .append(VersionProvider.version()).append("\" \"notedeck manual\"\n");
    roff.append(".SH NAME\n").append(escape(pageName(spec))).append(" \\- ")
        .append(escape(firstLine(spec))).append('\n');

    roff.append(".SH SYNOPSIS\n.nf\n");
    String synopsis = cli.getHelp().synopsis(0).strip().replaceFirst("^Usage: ", "");
    roff.append(lines(synopsis)).append(".fi\n");

    roff.append(".SH DESCRIPTION\n");
    for (String line : spec.usageMessage().description()) {
      roff.append(escape(expand(line, cli))).append("\n.PP\n");
    }

    if (!spec.positionalParameters().isEmpty()) {
      roff.append(".SH ARGUMENTS\n");
      for (PositionalParamSpec p : spec.positionalParameters()) {
        roff.append(".TP\n\\fI").append(escape(p.paramLabel())).append("\\fR\n")
            .append(escape(String.join(" ", p.description()))).append('\n');
      }
    }

    if (!spec.options().isEmpty()) {
      roff.append(".SH OPTIONS\n");
      for (OptionSpec o : spec.options()) {
        if (o.hidden()) {
          continue;
        }
        List<String> names = new ArrayList<>();
        for (String name : o.names()) {
          String shown = o.negatable() && name.startsWith("--") ? "--[no-]" + name.substring(2) : name;
          names.add("\\fB" + escape(shown) + "\\fR");
        }
        roff.append(".TP\n").append(String.join(", ", names));
        if (o.arity().max() > 0 && !o.typeInfo().isBoolean()) {
          roff.append("=\\fI").append(escape(o.paramLabel())).append("\\fR");
        }
        roff.append('\n').append(escape(expand(String.join(" ", o.description()), cli))).append('\n');
      }
    }

    List<CommandLine> subs = cli.getSubcommands().values().stream()
        .filter(s -> !s.getCommandSpec().usageMessage().hidden()).distinct().toList();
    if (!subs.isEmpty()) {
      roff.append(".SH COMMANDS\n");
      for (CommandLine sub : subs) {
        roff.append(".TP\n\\fB").append(escape(sub.getCommandName())).append("\\fR\n")
            .append(escape(firstLine(sub.getCommandSpec()))).append('\n');
      }
    }

    String[] footer = spec.usageMessage().footer();
    int examples = List.of(footer).indexOf("Examples:");
    if (examples >= 0) {
      roff.append(".SH EXAMPLES\n.nf\n");
      for (int i = examples + 1; i < footer.length; i++) {
        roff.append(lines(footer[i]));
      }
      roff.append(".fi\n");
    }

    roff.append(".SH SEE ALSO\n");
    List<String> related = new ArrayList<>();
    CommandSpec top = spec.root();
    related.add("\\fB" + escape(pageName(top)) + "\\fR(1)");
    for (CommandLine sub : top.subcommands().values().stream().distinct().toList()) {
      CommandSpec s = sub.getCommandSpec();
      if (s != spec && !(s.userObject() instanceof CommandLine.HelpCommand) && !s.usageMessage().hidden()) {
        related.add("\\fB" + escape(pageName(s)) + "\\fR(1)");
      }
    }
    related.remove("\\fB" + escape(pageName(spec)) + "\\fR(1)");
    roff.append(String.join(", ", related)).append('\n');
    return roff.toString();
  }

  private static String firstLine(CommandSpec spec) {
    String[] d = spec.usageMessage().description();
    // picocli's own texts (the help command's) break lines with %n, as in a format string
    return d.length == 0 ? "" : d[0].split("%n", 2)[0];
  }

  /** ${COMPLETION-CANDIDATES} and friends, as --help shows them. */
  private static String expand(String text, CommandLine cli) {
    if (!text.contains("${")) {
      return text;
    }
    for (OptionSpec o : cli.getCommandSpec().options()) {
      if (o.completionCandidates() != null && text.equals(String.join(" ", o.description()))) {
        List<String> candidates = new ArrayList<>();
        o.completionCandidates().forEach(candidates::add);
        return text.replace("${COMPLETION-CANDIDATES}", String.join(", ", candidates));
      }
    }
    return text.replace("${DEFAULT-VALUE}", "").replace("${COMPLETION-CANDIDATES}", "");
  }

  /** Verbatim lines inside .nf/.fi. */
  private static String lines(String text) {
    StringBuilder sb = new StringBuilder();
    for (String line : text.split("\n")) {
      sb.append(escape(line)).append('\n');
    }
    return sb.toString();
  }

  /** Backslashes and dashes escaped; a line never starts with a control character. */
  static String escape(String text) {
    String s = text.replace("%n", " ").replace("\\", "\\e").replace("-", "\\-");
    if (s.startsWith(".") || s.startsWith("'")) {
      s = "\\&" + s;
    }
    return s;
  }
}
