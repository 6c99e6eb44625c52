package dev.notedeck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.cli.NotedeckCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** One in-process run of the CLI and what it printed. */
record Run(int exit, String out, String err) {

  static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = NotedeckCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  List<String> warnings() {
    return err.lines().filter(l -> l.startsWith("notedeck: warning: ")).toList();
  }

  /** Succeeded; never a stack trace. */
  Run ok() {
    assertThat(exit).as(err).isZero();
    assertNoTrace();
    return this;
  }

  /** Failed with exactly one clear "notedeck: ..." error line mentioning {@code mentions}. */
  Run failsClearly(String... mentions) {
    assertThat(exit).as(out + err).isNotZero();
    assertNoTrace();
    List<String> errors = err.lines().filter(l -> !l.startsWith("notedeck: warning: ")).toList();
    assertThat(errors).as(err).hasSize(1);
    assertThat(errors.get(0)).startsWith("notedeck: ").contains(mentions);
    return this;
  }

  Run warns(String... mentions) {
    assertThat(warnings()).as(err).anySatisfy(w -> assertThat(w).contains(mentions));
    return this;
  }

  private void assertNoTrace() {
    assertThat(err).doesNotContain("\tat ").doesNotContain("Exception:").doesNotContain("internal error");
    assertThat(out).doesNotContain("\tat ");
  }
}
