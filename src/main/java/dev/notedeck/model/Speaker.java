package dev.notedeck.model;

/** A speaker and their affiliation (company), which may be null. */
public record Speaker(String name, String affiliation) {
  public String display() {
    return affiliation == null || affiliation.isBlank() ? name : name + " (" + affiliation + ")";
  }
}
