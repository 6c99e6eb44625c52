package dev.notedeck.theme;

/**
 * What a theme says the deck holds ({@code deck:} keys); a notes file's front matter and the
 * command line win over it.
 *
 * @param mode {@code recap} (short sections share slides) or {@code full} (one slide run per section)
 * @param agenda make the agenda slide
 * @param takeaways make a takeaways slide for each talk that has conclusions
 * @param closing make the closing slide
 */
public record DeckSetup(String mode, boolean agenda, boolean takeaways, boolean closing) {
  public static final java.util.List<String> MODES = java.util.List.of("recap", "full");

  /** The schema's defaults, for themes built in code. */
  public static final DeckSetup DEFAULT = new DeckSetup("recap", true, true, true);
}
