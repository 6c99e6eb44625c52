package dev.notedeck.cli;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.diagnostics.Finding;
import dev.notedeck.RenderContext;
import dev.notedeck.model.Event;
import dev.notedeck.model.Part;
import dev.notedeck.model.Section;
import dev.notedeck.model.Talk;
import dev.notedeck.pipeline.Builder;
import dev.notedeck.render.deck.Deck;
import dev.notedeck.render.deck.SlideSpec;
import dev.notedeck.render.pptx.DeckRenderer;
import dev.notedeck.theme.Theme;
import dev.notedeck.theme.ThemeRef;
import dev.notedeck.theme.ThemeService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans the deck (measuring text with the theme's fonts, writing nothing) and reports sections
 * that need more than {@link #MAX_CONTINUATIONS} continuation slides: a wall of slides titled
 * "... (5/6)" reads badly and usually means the section wants its own sub-headings.
 */
final class SlidePlanLint {

  static final int MAX_CONTINUATIONS = 3;

  private final String themeOverride;
  private final ThemeService themes = new ThemeService();
  private final DeckRenderer deck = new DeckRenderer();

  SlidePlanLint(String themeOverride) {
    this.themeOverride = themeOverride;
  }

  List<Finding> check(Path file, Event event) throws IOException {
    // The theme build would use: --theme from the working directory, front matter beside the notes.
    Theme theme = themes.resolve(ThemeRef.forNotes(themeOverride, event.meta().get("theme"), file));
    Deck plan = deck.plan(event, new RenderContext(theme, file.toAbsolutePath().getParent(),
        Diagnostics.silent()));
    Map<String, Integer> slidesPerTitle = new LinkedHashMap<>();
    for (SlideSpec slide : plan.slides()) {
      SlideSpec.Page page = slide.page();
      if (page.continued()) {
        slidesPerTitle.merge(page.heading().strip(), page.of(), Math::max);
      }
    }
    List<Finding> findings = new ArrayList<>();
    slidesPerTitle.forEach((title, slides) -> {
      if (slides - 1 > MAX_CONTINUATIONS) {
        findings.add(Finding.warning(file, lineOf(event, title), "deck.continuations", "'" + title + "' fills "
            + slides + " slides (" + (slides - 1) + " continuations); split it with ### or #### "
            + "headings, or shorten it"));
      }
    });
    return findings;
  }

  /** The line of the first part or section titled {@code title}; 0 when none is. */
  private static int lineOf(Event event, String title) {
    for (Part part : event.parts()) {
      if (part.title().strip().equals(title)) {
        return part.line();
      }
      List<Section> sections = part instanceof Talk talk ? talk.sections()
          : part instanceof Section s ? s.subsections() : List.of();
      int line = lineIn(sections, title);
      if (line > 0) {
        return line;
      }
    }
    return 0;
  }

  private static int lineIn(List<Section> sections, String title) {
    for (Section s : sections) {
      if (s.title().strip().equals(title)) {
        return s.line();
      }
      int line = lineIn(s.subsections(), title);
      if (line > 0) {
        return line;
      }
    }
    return 0;
  }
}
