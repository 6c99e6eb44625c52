package dev.notedeck.render.deck;

import java.util.List;

/**
 * A planned deck: every slide decided and measured, ready for the writer.
 *
 * @param frames the boxes the planner measured against (from the template's layouts)
 */
public record Deck(Info info, SlideFrames frames, List<SlideSpec> slides) {

  public Deck {
    slides = List.copyOf(slides);
  }

  /** Document properties and the footer text. */
  public record Info(String title, String author, String subject, String language, String footer) {}
}
