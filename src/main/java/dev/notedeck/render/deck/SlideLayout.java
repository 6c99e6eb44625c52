package dev.notedeck.render.deck;

/** The standard PowerPoint layouts a planned slide is written on (writers map them to a template's). */
public enum SlideLayout {
  /** {@code Title Slide}: the cover and the closing slide. */
  COVER,
  /** {@code Section Header}: a talk's divider. */
  SECTION_HEADER,
  /** {@code Title and Content}: text in the body placeholder. */
  TITLE_AND_CONTENT,
  /** {@code Title Only}: the planner places code panels, tables and pictures itself. */
  TITLE_ONLY,
  /** {@code Two Content}: two columns side by side, boxes measured by the planner. */
  TWO_CONTENT,
  /** {@code Comparison}: three columns side by side (a template without it: Two Content). */
  COMPARISON
}
