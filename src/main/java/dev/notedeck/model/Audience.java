package dev.notedeck.model;

/** Who reads an output: the handout's reader or the deck's audience. */
public enum Audience {
  HANDOUT,
  DECK
}
