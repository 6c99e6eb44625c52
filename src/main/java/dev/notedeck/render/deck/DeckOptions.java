package dev.notedeck.render.deck;

import dev.notedeck.model.Event;
import java.util.Locale;
import java.util.Optional;

/**
 * What the deck holds: a condensed recap (default) or one slide run per section, and whether the
 * agenda, takeaways and closing slides are made. The front matter ({@code deck: full},
 * {@code deck-agenda: off}, …) states them per file; a command line choice wins.
 */
public record DeckOptions(Mode mode, boolean agenda, boolean takeaways, boolean closing) {

  public enum Mode {
    /** Short sections share slides as titled cards; long ones keep their own slides. */
    RECAP,
    /** One slide run per section, as the notes are laid out. */
    FULL
  }

  public static final DeckOptions DEFAULT = new DeckOptions(Mode.RECAP, true, true, true);

  /** These options with what the notes' front matter says in place of unset {@code override} parts. */
  public static DeckOptions of(Event event, Override override) {
    Mode mode = override.mode() != null ? override.mode()
        : event.meta().get("deck").map(DeckOptions::mode).orElse(Mode.RECAP);
    return new DeckOptions(mode,
        choose(override.agenda(), event, "deck-agenda"),
        choose(override.takeaways(), event, "deck-takeaways"),
        choose(override.closing(), event, "deck-closing"));
  }

  /** What a command line chose; null parts defer to the front matter. */
  public record Override(Mode mode, Boolean agenda, Boolean takeaways, Boolean closing) {
    public static final Override NONE = new Override(null, null, null, null);
  }

  public static Mode mode(String text) {
    return "full".equals(text.strip().toLowerCase(Locale.ROOT)) ? Mode.FULL : Mode.RECAP;
  }

  private static boolean choose(Boolean chosen, Event event, String key) {
    if (chosen != null) {
      return chosen;
    }
    Optional<String> v = event.meta().get(key).map(s -> s.strip().toLowerCase(Locale.ROOT));
    return v.map(s -> !(s.equals("off") || s.equals("false") || s.equals("no"))).orElse(true);
  }
}
