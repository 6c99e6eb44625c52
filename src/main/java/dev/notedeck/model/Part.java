package dev.notedeck.model;

/** A top-level ({@code ##}) part of an event: a talk, or a section that is not a talk. */
public sealed interface Part permits Talk, Section {
  String title();

  /** 1-based line of the heading in the source file, 0 when unknown. */
  int line();
}
