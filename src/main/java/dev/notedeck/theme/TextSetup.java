package dev.notedeck.theme;

import java.util.Map;

/**
 * What a theme says about the words of the outputs.
 *
 * @param notesInHandout show {@code ::: notes} in the handout as a marked aside ({@code notes.inHandout})
 * @param labels words that replace the built-in ones ({@code labels:}), e.g. for notes in French
 */
public record TextSetup(boolean notesInHandout, Map<String, String> labels) {
  public static final TextSetup DEFAULT = new TextSetup(true, Map.of());

  public TextSetup {
    labels = Map.copyOf(labels);
  }
}
