package dev.notedeck.render.deck;

import dev.notedeck.model.Event;
import dev.notedeck.theme.DeckSetup;
import java.util.Locale;
import java.util.Optional;

/**
 * What the deck holds: a condensed recap (default) or one slide run per section, and whether the
 * agenda, takeaways and closing slides are made. A theme's {@code deck:} keys give the defaults,
 * the front matter ({@code deck: full}, {@code deck-agenda: off}, …) states them per file, and a
 * command line choice wins.
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
    return of(event, override, DEFAULT);
  }

  /**
   * The command line's choices ({@code override}), else the front matter's, else the theme's
   * ({@code theme}: its {@code deck:} keys).
   */
  public static DeckOptions of(Event event, Override override, DeckOptions theme) {
    Mode mode = override.mode() != null ? override.mode()
        : event.meta().get("deck").map(DeckOptions::mode).orElse(theme.mode());
    return new DeckOptions(mode,
        choose(override.agenda(), event, "deck-agenda", theme.agenda()),
        choose(override.takeaways(), event, "deck-takeaways", theme.takeaways()),
        choose(override.closing(), event, "deck-closing", theme.closing()));
  }

  /** What a theme's {@code deck:} keys say. */
  public static DeckOptions of(DeckSetup theme) {
    return new DeckOptions(mode(theme.mode()), theme.agenda(), theme.takeaways(), theme.closing());
  }

  /** What a command line chose; null parts defer to the front matter. */
  public record Override(Mode mode, Boolean agenda, Boolean takeaways, Boolean closing) {
    public static final Override NONE = new Override(null, null, null, null);
  }

  public static Mode mode(String text) {
    return "full".equals(text.strip().toLowerCase(Locale.ROOT)) ? Mode.FULL : Mode.RECAP;
  }

  private static boolean choose(Boolean chosen, Event event, String key, boolean fallback) {
    if (chosen != null) {
      return chosen;
    }
    Optional<String> v = event.meta().get(key).map(s -> s.strip().toLowerCase(Locale.ROOT));
    return v.map(s -> !(s.equals("off") || s.equals("false") || s.equals("no"))).orElse(fallback);
  }
}
