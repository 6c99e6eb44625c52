package dev.notedeck.render.deck;

import java.util.List;

/**
 * A planned deck: every slide decided and measured, ready for the writer.
 *
 * @param frames the boxes the planner measured against (from the template's layouts)
 */
public record Deck(Info info, SlideFrames frames, List<SlideSpec> slides,
    java.util.Map<Integer, LayoutRequest> layouts) {

  public Deck {
    slides = List.copyOf(slides);
    layouts = java.util.Map.copyOf(layouts);
  }

  public Deck(Info info, SlideFrames frames, List<SlideSpec> slides) {
    this(info, frames, slides, java.util.Map.of());
  }

  /**
   * A layout the notes ask for by name ({@code ### x {layout="Two Content"}}, or a class such as
   * {@code .cards}), for the slides of one section; {@code file} and {@code line} for a warning.
   */
  public record LayoutRequest(String name, java.nio.file.Path file, int line) {}

  /** Document properties and the footer text. */
  public record Info(String title, String author, String subject, String language, String footer) {}
}
