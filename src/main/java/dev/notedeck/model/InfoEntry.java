package dev.notedeck.model;

/** One row of the event's info table ({@code 일시 | 2019.04.27.}). */
public record InfoEntry(String key, RichText value) {}
